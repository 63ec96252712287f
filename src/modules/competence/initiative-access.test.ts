import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg } from '../../../test/factories.js';
import { competenceApi } from './testing.js';

describeEachEngine('competence initiatives: who sees what', (env) => {
  const { req, initiativeWithParticipant } = competenceApi(env);

  it('owners see every level; the participant their own; their nearest leader theirs; everyone else 404', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const init = await initiativeWithParticipant(o);
    // Erik (Solsikken) takes part too; Dorthe's nearest leader is Bo (Rød stue has no leader).
    await req(o.leaderA, 'POST', `/initiatives/${init.id}/participants`, {
      personId: o.colleagueA.id,
      currentLevel: 'very_experienced',
      targetLevel: 'resource_person',
    });
    const path = `/initiatives/${init.id}`;
    const seen = async (who: typeof o.leaderA) => {
      const r = await req(who, 'GET', path);
      return r.status === 200
        ? r.json.initiative.participants.map((p: { person: { name: string } }) => p.person.name)
        : r.status;
    };
    // The area leader is an owner too: the initiative is for a unit below the area.
    expect(await seen(o.leaderA)).toEqual(['Dorthe Pædagog', 'Erik Pædagog']);
    expect(await seen(o.areaLeader)).toEqual(['Dorthe Pædagog', 'Erik Pædagog']);
    expect(await seen(o.employeeA)).toEqual(['Dorthe Pædagog']);
    expect(await seen(o.colleagueA)).toEqual(['Erik Pædagog']);
    const orgAdmin = await buildPerson(db, o.org, { roles: [{ unit: o.units.admin, role: 'org_admin' }] });
    const other = await buildTwoLayerOrg(db);
    for (const outsider of [o.hr, orgAdmin, o.leaderB, o.employeeB, other.leaderA, other.hr]) {
      expect(await seen(outsider), outsider.name).toBe(404);
      expect((await req(outsider, 'GET', `${path}/history`)).status, outsider.name).toBe(404);
      expect(
        (await req(outsider, 'PATCH', path, { baseVersion: 1, changes: [] })).status,
        outsider.name,
      ).toBe(404);
      expect((await req(outsider, 'GET', '/initiatives')).json.initiatives, outsider.name).toEqual([]);
    }
    const mine = await req(o.employeeA, 'GET', '/initiatives/mine');
    expect(mine.json.initiatives).toEqual([
      expect.objectContaining({
        id: init.id,
        relation: 'participant',
        mine: { currentLevel: 'beginner', targetLevel: 'independently', proposalStatus: 'proposed' },
      }),
    ]);
    // A participant reads the plan but does not change it.
    const r = await req(o.employeeA, 'PATCH', path, {
      baseVersion: 1,
      changes: [{ phase: 'task', field: 'situation', from: '', to: 'Nej' }],
    });
    expect(r.status).toBe(403);
    expect((await req(o.employeeA, 'POST', `${path}/status`, { to: 'running' })).status).toBe(403);
  });

  it('a leader of a participant (not an owner) sees the plan and only the levels of those they lead', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    // An area-wide initiative by the area leader, with a participant from each institution.
    const created = await req(o.areaLeader, 'POST', '/initiatives', {
      unitId: o.units.area.id,
      title: 'Måltidet',
    });
    const id = created.json.initiative.id;
    for (const p of [o.employeeA, o.employeeB])
      expect(
        (
          await req(o.areaLeader, 'POST', `/initiatives/${id}/participants`, {
            personId: p.id,
            currentLevel: 'some_experience',
            targetLevel: 'with_support',
          })
        ).status,
      ).toBe(201);
    const b = await req(o.leaderB, 'GET', `/initiatives/${id}`);
    expect(b.status).toBe(200);
    expect(b.json.initiative.relation).toBe('leader');
    expect(b.json.initiative.can.edit).toBe(false);
    expect(b.json.initiative.participants.map((p: { person: { name: string } }) => p.person.name)).toEqual([
      'Frida Medhjælper',
    ]);
    expect(b.json.initiative.participantCount).toBe(2);
    // Reading Frida's levels reaches her access log, once a day.
    await req(o.leaderB, 'GET', `/initiatives/${id}`);
    const log = await req(o.employeeB, 'GET', '/me/access-log');
    expect(log.json.events).toEqual([
      expect.objectContaining({
        action: 'initiative_levels.read',
        actor: { id: o.leaderB.id, name: o.leaderB.name },
        count: 1,
      }),
    ]);
    await req(o.areaLeader, 'GET', `/initiatives/${id}`);
    expect((await req(o.employeeA, 'GET', '/me/access-log')).json.events).toEqual([
      expect.objectContaining({
        action: 'initiative_levels.read',
        actor: { id: o.areaLeader.id, name: o.areaLeader.name },
      }),
    ]);
    const list = await req(o.leaderB, 'GET', '/initiatives');
    expect(list.json.initiatives.map((i: { relation: string }) => i.relation)).toEqual(['leader']);
  });
});
