import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';

/*
 * Team goals and team circles (issue 4): the team's members and the nearest leader(s) of its unit
 * read and write them; the area leader above, HR, leaders of other units, other employees and
 * other organisations get 404. A peer group (no unit) is for its members only.
 */
describeEachEngine('team goals and team learning circles', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  const setup = async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      kind: 'unit_staff',
      members: [o.employeeA, o.colleagueA],
    });
    const elsewhere = await buildOrg(db);
    const stranger = await buildPerson(db, elsewhere, { name: 'Ukendt Person' });
    return { ...o, team, stranger };
  };

  it('members and the unit’s leaders write team goals, at most two in focus; everyone else gets 404', async () => {
    const o = await setup();
    const created = await req(o.leaderA, 'POST', '/goals', {
      teamId: o.team.id,
      title: 'Vi giver hinanden sparring på samlinger',
      why: 'Flere øjne',
      source: 'practice',
    });
    expect(created.status).toBe(201);
    expect(created.json.goal).toMatchObject({
      title: 'Vi giver hinanden sparring på samlinger',
      source: 'team_goal',
      status: 'in_focus',
    });
    const g1 = created.json.goal;
    const g2 = (await req(o.employeeA, 'POST', '/goals', { teamId: o.team.id, title: 'Fælles sprog om leg' }))
      .json.goal;
    const third = await req(o.colleagueA, 'POST', '/goals', { teamId: o.team.id, title: 'Et tredje mål' });
    expect(third.status).toBe(409);
    expect(third.json.error.reason).toBe('too_many_in_focus');
    expect(third.json.error.inFocus.map((g: { id: string }) => g.id).sort()).toEqual([g1.id, g2.id].sort());
    const swapped = await req(o.colleagueA, 'POST', '/goals', {
      teamId: o.team.id,
      title: 'Et tredje mål',
      putAsideGoalId: g2.id,
      putAsideReason: 'Vi venter til foråret',
    });
    expect(swapped.status).toBe(201);
    // The history of a team goal is kept like a person's.
    const g2Detail = await req(o.employeeA, 'GET', `/goals/${g2.id}`);
    expect(g2Detail.json.goal.status).toBe('put_aside');
    expect(g2Detail.json.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'in_focus',
      'put_aside',
    ]);

    const asMember = await req(o.employeeA, 'GET', `/goals/${g1.id}`);
    expect(asMember.json).toMatchObject({
      relation: 'owner',
      team: { id: o.team.id, isPeerGroup: false },
      owner: null,
      can: { edit: true, changeStatus: true, share: false },
    });
    const asLeader = await req(o.leaderA, 'GET', `/goals/${g1.id}`);
    expect(asLeader.json).toMatchObject({ relation: 'leader', can: { edit: true } });
    expect(
      (
        await req(o.employeeA, 'PATCH', `/goals/${g1.id}`, {
          title: 'Vi giver hinanden sparring',
          version: 1,
        })
      ).status,
    ).toBe(200);
    // The stale version is refused, not overwritten.
    expect(
      (await req(o.leaderA, 'PATCH', `/goals/${g1.id}`, { title: 'Gammel udgave', version: 1 })).status,
    ).toBe(409);

    for (const outsider of [o.areaLeader, o.hr, o.leaderB, o.employeeB, o.stranger]) {
      expect((await req(outsider, 'GET', `/goals/${g1.id}`)).status, outsider.name).toBe(404);
      expect(
        (await req(outsider, 'POST', '/goals', { teamId: o.team.id, title: 'Udefra' })).status,
        outsider.name,
      ).toBe(404);
      expect(
        (await req(outsider, 'PATCH', `/goals/${g1.id}`, { title: 'Udefra', version: 2 })).status,
        outsider.name,
      ).toBe(404);
      expect((await req(outsider, 'GET', `/agreements?teamId=${o.team.id}`)).status, outsider.name).toBe(404);
    }
  });

  it('refuses bad input with a clear 4xx', async () => {
    const o = await setup();
    expect((await req(o.leaderA, 'POST', '/goals', { teamId: o.team.id, title: '' })).status).toBe(400);
    expect((await req(o.leaderA, 'POST', '/goals', { teamId: 'ikke-et-id', title: 'Mål' })).status).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/goals', { teamId: o.team.id, title: 'x'.repeat(5000) })).status,
    ).toBe(400);
    expect(
      (
        await req(o.leaderA, 'POST', '/goals', {
          teamId: o.team.id,
          title: 'Mål',
          frameItemId: crypto.randomUUID(),
        })
      ).status,
    ).toBe(400);
    expect(
      (await req(o.leaderA, 'POST', '/goals', { teamId: crypto.randomUUID(), title: 'Mål' })).status,
    ).toBe(404);
  });

  it('two members saving the team circle at once keep each other’s work; the same field collides', async () => {
    const o = await setup();
    const goal = (await req(o.leaderA, 'POST', '/goals', { teamId: o.team.id, title: 'Bedre overgange' }))
      .json.goal;
    // The unit's leader may start the team's circle as a member may (the goal page offers it to both).
    expect((await req(o.leaderA, 'GET', `/circles?goalId=${goal.id}`)).json.can).toEqual({ start: true });
    const started = await req(o.employeeA, 'POST', '/circles', { goalId: goal.id });
    expect(started.status).toBe(201);
    expect(started.json.circle).toMatchObject({ person: null, team: { id: o.team.id, name: o.team.name } });
    expect((await req(o.leaderA, 'GET', `/circles?goalId=${goal.id}`)).json.can).toEqual({ start: false });
    const circleId = started.json.circle.id;
    const [a, b] = await Promise.all([
      req(o.employeeA, 'PATCH', `/circles/${circleId}`, {
        baseVersion: 1,
        changes: [{ phase: 'plan', field: 'theme', from: '', to: 'Overgange fra leg til frokost' }],
      }),
      req(o.colleagueA, 'PATCH', `/circles/${circleId}`, {
        baseVersion: 1,
        changes: [{ phase: 'plan', field: 'focus', from: '', to: 'Børnenes ventetid' }],
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const now = await req(o.leaderA, 'GET', `/circles/${circleId}`);
    const plan = now.json.circle.phases.find((p: { key: string }) => p.key === 'plan');
    expect(plan.fields).toMatchObject({ theme: 'Overgange fra leg til frokost', focus: 'Børnenes ventetid' });
    const clash = await req(o.leaderA, 'PATCH', `/circles/${circleId}`, {
      baseVersion: 1,
      changes: [{ phase: 'plan', field: 'theme', from: '', to: 'Noget andet' }],
    });
    expect(clash.status).toBe(200);
    expect(clash.json.saved).toEqual([]);
    expect(clash.json.conflicts[0]).toMatchObject({
      field: 'theme',
      theirs: 'Overgange fra leg til frokost',
      mine: 'Noget andet',
    });

    for (const outsider of [o.areaLeader, o.hr, o.leaderB, o.employeeB, o.stranger]) {
      expect((await req(outsider, 'GET', `/circles/${circleId}`)).status, outsider.name).toBe(404);
      expect(
        (await req(outsider, 'PATCH', `/circles/${circleId}`, { baseVersion: 3, changes: [] })).status,
        outsider.name,
      ).toBe(404);
    }
  });

  it('a peer group of leaders is for its members only: not the leaders above, not HR', async () => {
    const o = await setup();
    const group = await buildTeam(env().database.db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const goal = await req(o.leaderA, 'POST', '/goals', {
      teamId: group.id,
      title: 'Vi bliver bedre til svære samtaler',
    });
    expect(goal.status).toBe(201);
    const read = await req(o.leaderB, 'GET', `/goals/${goal.json.goal.id}`);
    expect(read.json).toMatchObject({ relation: 'owner', team: { id: group.id, isPeerGroup: true } });
    for (const outsider of [o.areaLeader, o.hr, o.employeeA, o.stranger]) {
      expect((await req(outsider, 'GET', `/goals/${goal.json.goal.id}`)).status, outsider.name).toBe(404);
    }
  });
});
