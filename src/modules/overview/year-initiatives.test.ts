import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { competenceApi } from '../competence/testing.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';

describeEachEngine('the year summary: competence initiatives taken part in', (env) => {
  const { req, initiativeWithParticipant } = competenceApi(env);

  it('lists the person’s initiatives with their levels, for them and their nearest leader, in the year they joined', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const initiative = await initiativeWithParticipant(o);
    const year = new Date().getUTCFullYear();
    for (const who of [o.employeeA, o.leaderA]) {
      const summary = await req(who, 'GET', `/development/${o.employeeA.id}/year/${year}`);
      expect(summary.status, who.name).toBe(200);
      expect(summary.json.initiatives).toEqual([
        {
          id: initiative.id,
          title: 'Konflikter, hvor barnets følelser bliver set',
          status: 'draft',
          unit: { id: o.units.instA.id, name: 'Børnehuset Solsikken' },
          currentLevel: 'beginner',
          targetLevel: 'independently',
          proposalStatus: 'proposed',
        },
      ]);
    }
    // Not in a year before they joined; the leader's own year shows none of theirs.
    const before = await req(o.leaderA, 'GET', `/development/${o.employeeA.id}/year/${year - 1}`);
    expect(before.json.initiatives).toEqual([]);
    const other = await req(o.employeeB, 'GET', `/development/${o.employeeB.id}/year/${year}`);
    expect(other.json.initiatives).toEqual([]);
    // The levels travel with the year summary, so only its readers get them.
    for (const outsider of [o.colleagueA, o.hr, o.areaLeader]) {
      const res = await req(outsider, 'GET', `/development/${o.employeeA.id}/year/${year}`);
      expect(res.status, outsider.name).toBe(404);
    }
  });
});
