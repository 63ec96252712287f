import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { qualityApi } from './testing.js';

describeEachEngine('quality teams: roles, rhythm and who sees the work', (env) => {
  const { req, qualityTeam, measure, action } = qualityApi(env);

  it('members in their four roles, the sponsor and the unit’s leader read and write; others get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const teamId = await qualityTeam(o);
    const measureId = await measure(o, teamId);
    const actionId = await action(o, teamId);
    const trial = await req(o.employeeB, 'POST', `/quality/actions/${actionId}/trials`, {
      title: 'Makkerpar i fire uger',
      startedOn: '2026-02-02',
      measureId,
    });
    expect(trial.status, trial.text).toBe(201);
    const trialId = trial.json.trial.id;

    const detail = await req(o.employeeA, 'GET', `/quality/teams/${teamId}`);
    expect(detail.status).toBe(200);
    expect(detail.json).toMatchObject({
      relation: 'member',
      myRole: 'team_leader',
      can: { manageRoles: true },
    });
    expect(detail.json.roles.map((r: { role: string }) => r.role).sort()).toEqual([
      'professional_expert',
      'sponsor',
      'team_leader',
      'team_member',
    ]);
    // The monthly rhythm of meetings is the team conversations' cadence.
    expect(detail.json.cadence).toMatchObject({ intervalWeeks: 4, isDefault: false });
    expect(detail.json.points[0].actions[0].trials[0]).toMatchObject({
      title: 'Makkerpar i fire uger',
      currentPhase: 'plan',
      outcome: null,
      measure: { id: measureId, name: 'Konflikter ved garderoben' },
    });

    const paths = [
      `/quality/teams/${teamId}`,
      `/quality/trials/${trialId}`,
      `/quality/trials/${trialId}/history`,
      `/quality/measures/${measureId}`,
    ];
    for (const reader of [o.employeeA, o.colleagueA, o.employeeB, o.areaLeader, o.leaderA]) {
      for (const path of paths)
        expect((await req(reader, 'GET', path)).status, `${reader.name} ${path}`).toBe(200);
    }
    expect((await req(o.leaderA, 'GET', `/quality/teams/${teamId}`)).json).toMatchObject({
      relation: 'leader',
      myRole: null,
    });
    expect((await req(o.colleagueA, 'GET', `/quality/teams/${teamId}`)).json.can.manageRoles).toBe(false);

    for (const outsider of [o.leaderB, o.hr, other.leaderA, other.employeeA]) {
      for (const path of paths)
        expect((await req(outsider, 'GET', path)).status, `${outsider.name} ${path}`).toBe(404);
      const write = await req(outsider, 'POST', `/quality/measures/${measureId}/points`, {
        on: '2026-02-02',
        value: 3,
        clientKey: 'outsider-key-1',
      });
      expect(write.status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', '/quality/teams')).json.teams, outsider.name).toEqual([]);
    }
    expect((await req(o.areaLeader, 'GET', '/quality/teams')).json.teams).toEqual([
      expect.objectContaining({ id: teamId, myRole: 'sponsor', relation: 'member' }),
    ]);
    // A team member changes no roles; a neighbour leader starts no quality team in a unit he does not lead.
    const set = await req(o.colleagueA, 'PUT', `/quality/teams/${teamId}/roles`, {
      personId: o.colleagueA.id,
      role: 'team_leader',
    });
    expect(set.status).toBe(403);
    const neighbour = await req(o.leaderB, 'POST', '/quality/teams', {
      unitId: o.units.instA.id,
      name: 'Naboens team',
      roles: [{ personId: o.leaderB.id, role: 'team_leader' }],
    });
    expect(neighbour.status).toBe(404);

    // With a second quality team in the organisation, the reads still tell the two apart: the
    // run chart reads the reader's role and leadership in one statement.
    const second = await req(o.leaderB, 'POST', '/quality/teams', {
      unitId: o.units.instB.id,
      name: 'Kvalitetsteam Mælkebøtten',
      roles: [{ personId: o.leaderB.id, role: 'team_leader' }],
    });
    expect(second.status, second.text).toBe(201);
    for (const reader of [o.employeeA, o.areaLeader, o.leaderA])
      expect((await req(reader, 'GET', `/quality/measures/${measureId}`)).status, reader.name).toBe(200);
    expect((await req(o.leaderB, 'GET', `/quality/measures/${measureId}`)).status).toBe(404);
  });
});
