import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg } from '../../../test/factories.js';
import { leverApi, PERIOD } from './testing.js';

describeEachEngine('learning-environment levers: who reads and edits a plan', (env) => {
  const { req, unitPlan } = leverApi(env);

  it('a unit’s plan: its people read, its leaders (and above) edit; HR, other units and other organisations get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const other = await buildTwoLayerOrg(env().database.db);
    const path = `/lever-plans/${plan.id}`;
    for (const reader of [o.employeeA, o.colleagueA]) {
      const r = await req(reader, 'GET', path);
      expect(r.status, reader.name).toBe(200);
      expect(r.json.plan.can.edit).toBe(false);
      expect(r.json.owners).toEqual([]);
      expect((await req(reader, 'PATCH', path, { title: 'Nej', version: 1 })).status).toBe(403);
    }
    expect((await req(o.areaLeader, 'GET', path)).json.plan.can.edit).toBe(true);
    for (const outsider of [o.hr, o.leaderB, o.employeeB, other.leaderA, other.hr]) {
      expect((await req(outsider, 'GET', path)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'PATCH', path, { title: 'Nej', version: 1 })).status, outsider.name).toBe(
        404,
      );
      expect((await req(outsider, 'GET', `${path}/history`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', '/lever-plans')).json.plans, outsider.name).toEqual([]);
    }
    // HR configures the organisation but plans nothing for a unit she does not lead.
    expect(
      (await req(o.hr, 'POST', '/lever-plans', { unitId: o.units.instA.id, title: 'HR', ...PERIOD })).status,
    ).toBe(404);
    expect(
      (await req(o.leaderB, 'POST', '/lever-plans', { unitId: o.units.instA.id, title: 'Nabo', ...PERIOD }))
        .status,
    ).toBe(404);

    const list = await req(o.employeeA, 'GET', '/lever-plans');
    expect(list.json.plans.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect(list.json.scopes).toEqual({ units: [], teams: [] });
    const leaderList = await req(o.leaderA, 'GET', '/lever-plans');
    expect(leaderList.json.plans[0]).toMatchObject({
      id: plan.id,
      can: { edit: true },
      counts: { open: 0, done: 0, overdue: 0 },
    });
    expect(leaderList.json.scopes.units.map((u: { name: string }) => u.name)).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
  });

  it('a team’s plan is team content: members and the unit’s nearest leader read and edit; the area leader and an admin get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const team = await buildTeam(env().database.db, o.org, {
      unit: o.units.instA,
      members: [o.employeeA, o.colleagueA],
    });
    const orgAdmin = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const created = await req(o.employeeA, 'POST', '/lever-plans', {
      teamId: team.id,
      title: 'Vores team',
      ...PERIOD,
      levers: ['peer_coaching'],
    });
    expect(created.status).toBe(201);
    const plan = created.json.plan;
    for (const editor of [o.employeeA, o.colleagueA, o.leaderA]) {
      expect((await req(editor, 'GET', `/lever-plans/${plan.id}`)).json.plan.can.edit, editor.name).toBe(
        true,
      );
    }
    const owners = (await req(o.colleagueA, 'GET', `/lever-plans/${plan.id}`)).json.owners.map(
      (p: { name: string }) => p.name,
    );
    expect(owners).toEqual(['Bo Leder', 'Dorthe Pædagog', 'Erik Pædagog']);
    for (const outsider of [o.areaLeader, o.hr, orgAdmin, o.leaderB, o.employeeB]) {
      expect((await req(outsider, 'GET', `/lever-plans/${plan.id}`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', `/lever-plans?teamId=${team.id}`)).status, outsider.name).toBe(404);
    }
    // A cross-unit team (a peer group of leaders) is its members' only.
    const peers = await buildTeam(env().database.db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const peerPlan = await req(o.leaderB, 'POST', '/lever-plans', {
      teamId: peers.id,
      title: 'Ledersparring',
      ...PERIOD,
    });
    expect(peerPlan.status).toBe(201);
    expect((await req(o.leaderA, 'GET', `/lever-plans/${peerPlan.json.plan.id}`)).status).toBe(200);
    expect((await req(o.areaLeader, 'GET', `/lever-plans/${peerPlan.json.plan.id}`)).status).toBe(404);
  });
});
