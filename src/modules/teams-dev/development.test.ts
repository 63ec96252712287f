import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { memberships } from '../org/schema.js';

describeEachEngine('a team’s development page and the cadence nudge', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  it('nudges the nearest leader about teams past their rhythm: below them, not above, and their own peer group', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    // Team conversations are led by a leader or a resource person: Dorthe is also the room's resource person.
    await db.insert(memberships).values({
      orgId: o.org.id,
      personId: o.employeeA.id,
      unitId: o.units.room.id,
      role: 'resource_person',
    });
    // The room has no leader of its own: its team is the institution leader's to follow.
    const roomTeam = await buildTeam(db, o.org, {
      unit: o.units.room,
      kind: 'unit_staff',
      members: [o.employeeA],
    });
    const peers = await buildTeam(db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const nudged = async (who: Person) =>
      (await req(who, 'GET', '/team-nudges')).json.teams.map((t: { id: string }) => t.id);
    expect(await nudged(o.leaderA)).toEqual(expect.arrayContaining([roomTeam.id, peers.id]));
    expect(await nudged(o.areaLeader)).not.toContain(roomTeam.id);
    expect(await nudged(o.leaderB)).toContain(peers.id);
    expect(await nudged(o.leaderB)).not.toContain(roomTeam.id);
    expect(await nudged(o.employeeA)).toEqual([]);
  });

  it('shows goals in focus with their circle, shared goals, conversations and open agreements to the team and its leaders only', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    // Team conversations are led by a leader or a resource person: Dorthe is also the room's resource person.
    await db.insert(memberships).values({
      orgId: o.org.id,
      personId: o.employeeA.id,
      unitId: o.units.room.id,
      role: 'resource_person',
    });
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      kind: 'unit_staff',
      members: [o.employeeA, o.colleagueA],
    });
    const nudged = async () =>
      (await req(o.leaderA, 'GET', '/team-nudges')).json.teams.map((t: { id: string }) => t.id);
    expect(await nudged()).toContain(team.id);

    const goal = (
      await req(o.leaderA, 'POST', '/goals', { teamId: team.id, title: 'Vi deler det, der virker' })
    ).json.goal;
    await req(o.employeeA, 'POST', '/circles', { goalId: goal.id });
    const own = (await req(o.colleagueA, 'POST', '/goals', { title: 'Mit eget mål' })).json.goal;
    await req(o.colleagueA, 'POST', `/goals/${own.id}/shares`, { teamId: team.id });
    const hidden = (await req(o.employeeA, 'POST', '/goals', { title: 'Ikke delt' })).json.goal;
    const startsAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const conv = (
      await req(o.leaderA, 'POST', '/conversations', {
        kind: 'team',
        teamId: team.id,
        facilitatorId: o.employeeA.id,
        startsAt,
      })
    ).json.conversation;
    await req(o.leaderA, 'POST', '/agreements', {
      conversationId: conv.id,
      text: 'Vi mødes på tværs',
      ownerId: o.employeeA.id,
    });
    expect(await nudged()).not.toContain(team.id);

    const page = await req(o.colleagueA, 'GET', `/teams/${team.id}/development`);
    expect(page.status).toBe(200);
    expect(page.json).toMatchObject({
      relation: 'owner',
      team: { id: team.id, isPeerGroup: false },
      cadence: { intervalWeeks: 26, overdue: false, nextPlanned: { id: conv.id } },
    });
    expect(page.json.goalsInFocus).toEqual([
      expect.objectContaining({ id: goal.id, circle: expect.objectContaining({ phase: 'plan' }) }),
    ]);
    expect(page.json.sharedGoals.map((g: { id: string }) => g.id)).toEqual([own.id]);
    expect(page.text).not.toContain(hidden.title);
    expect(page.json.upcoming.map((c: { id: string }) => c.id)).toEqual([conv.id]);
    expect(page.json.openAgreements.map((a: { text: string }) => a.text)).toEqual(['Vi mødes på tværs']);
    expect((await req(o.leaderA, 'GET', `/teams/${team.id}/development`)).json.relation).toBe('leader');
    for (const outsider of [o.areaLeader, o.hr, o.leaderB, o.employeeB]) {
      expect((await req(outsider, 'GET', `/teams/${team.id}/development`)).status, outsider.name).toBe(404);
    }
    expect((await req(o.leaderA, 'GET', '/teams/nope/development')).status).toBe(400);
  });
});
