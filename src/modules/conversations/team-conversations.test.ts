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
import { onceStarted } from '../../../test/clock.js';
import { memberships } from '../org/schema.js';

const inDays = (n: number) => {
  const d = new Date(Date.now() + n * 24 * 60 * 60 * 1000);
  d.setUTCHours(12, 0, 0, 0);
  return d.toISOString();
};

/*
 * Team conversations (TUS) and peer-group conversations: planned with a facilitator, visible to
 * the team and the nearest leader(s) of its unit only; private notes for their author only.
 */
describeEachEngine('team conversations', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  const setup = async () => {
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
    const stranger = await buildPerson(db, await buildOrg(db), { name: 'Ukendt Person' });
    // A second leader of the institution, who reads the team's conversations without taking part.
    const coLeader = await buildPerson(db, o.org, {
      name: 'Ane Souschef',
      roles: [{ unit: o.units.instA, role: 'leader' }],
    });
    return { ...o, team, stranger, coLeader };
  };
  const plan = (o: Awaited<ReturnType<typeof setup>>, extra: Record<string, unknown> = {}) =>
    req(o.leaderA, 'POST', '/conversations', {
      kind: 'team',
      teamId: o.team.id,
      facilitatorId: o.employeeA.id,
      startsAt: inDays(10),
      location: 'Personalestuen',
      ...extra,
    });

  it('a leader plans a TUS with a facilitator; the team and its unit’s leaders see it, not the area leader', async () => {
    const o = await setup();
    const created = await plan(o);
    expect(created.status).toBe(201);
    const id = created.json.conversation.id;
    expect(created.json.conversation).toMatchObject({ kind: 'team', status: 'planned', durationMinutes: 90 });
    const roles = Object.fromEntries(
      created.json.participants.map((p: { id: string; role: string }) => [p.id, p.role]),
    );
    expect(roles).toEqual({
      [o.leaderA.id]: 'leader',
      [o.employeeA.id]: 'facilitator',
      [o.colleagueA.id]: 'participant',
    });
    expect(created.json.access).toBe('leader');

    expect((await req(o.employeeA, 'GET', `/conversations/${id}`)).json).toMatchObject({
      access: 'facilitator',
      can: { edit: true, facilitate: true },
    });
    expect((await req(o.colleagueA, 'GET', `/conversations/${id}`)).json).toMatchObject({
      access: 'participant',
      can: { edit: true, facilitate: false },
    });
    // Each participant finds it in their own list of conversations, with their part in it.
    const listed = (await req(o.employeeA, 'GET', '/conversations')).json.upcoming;
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        kind: 'team',
        team: { id: o.team.id, name: o.team.name },
        myRole: 'facilitator',
      }),
    ]);
    expect(listed[0]).not.toHaveProperty('sharedNotes');
    expect(
      (await req(o.colleagueA, 'GET', '/conversations')).json.upcoming.map(
        (c: { myRole: string }) => c.myRole,
      ),
    ).toEqual(['participant']);
    expect((await req(o.hr, 'GET', '/conversations')).json.upcoming).toEqual([]);
    const reader = await req(o.coLeader, 'GET', `/conversations/${id}`);
    expect(reader.json).toMatchObject({ access: 'leader', privateNote: null });
    for (const outsider of [o.areaLeader, o.hr, o.leaderB, o.employeeB, o.stranger]) {
      for (const path of [`/conversations/${id}`, `/conversations/${id}/print`]) {
        expect((await req(outsider, 'GET', path)).status, `${outsider.name} ${path}`).toBe(404);
      }
      expect(
        (await req(outsider, 'POST', `/conversations/${id}/agenda`, { section: 'other', text: 'Udefra' }))
          .status,
        outsider.name,
      ).toBe(404);
      expect(
        (await req(outsider, 'PUT', `/conversations/${id}/private-note`, { text: 'Udefra' })).status,
        outsider.name,
      ).toBe(404);
      expect(
        (
          await req(outsider, 'POST', '/conversations', {
            kind: 'team',
            teamId: o.team.id,
            facilitatorId: o.employeeA.id,
            startsAt: inDays(3),
          })
        ).status,
        outsider.name,
      ).toBe(404);
    }
  });

  it('refuses a facilitator or participant from outside the team, a missing facilitator and bad input', async () => {
    const o = await setup();
    expect((await plan(o, { facilitatorId: o.employeeB.id })).status).toBe(400);
    expect((await plan(o, { facilitatorId: null })).status).toBe(400);
    expect((await plan(o, { participantIds: [o.employeeA.id, o.hr.id] })).status).toBe(400);
    expect((await plan(o, { kind: 'peer_group' })).status).toBe(400);
    expect((await plan(o, { startsAt: 'i morgen' })).status).toBe(400);
    expect((await plan(o, { startsAt: inDays(-5) })).status).toBe(400);
    expect((await plan(o, { durationMinutes: 2000 })).status).toBe(400);
    expect((await plan(o, { kind: 'weekly' })).status).toBe(400);
    // A member who is neither a leader nor a resource person does not lead a TUS, by planning or by hand-over.
    const plain = await plan(o, { facilitatorId: o.colleagueA.id });
    expect(plain.status).toBe(400);
    expect(plain.json.error.issues.map((i: { path: string }) => i.path)).toContain('facilitatorId');
    const planned = (await plan(o)).json.conversation.id;
    expect(
      (
        await req(o.leaderA, 'POST', `/conversations/${planned}/participants`, {
          personId: o.colleagueA.id,
          role: 'facilitator',
        })
      ).status,
    ).toBe(400);
    const detail = await req(o.leaderA, 'GET', `/conversations/${planned}`);
    expect(detail.json.people.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: o.employeeA.id, facilitates: true }),
        expect.objectContaining({ id: o.colleagueA.id, facilitates: false }),
      ]),
    );
    // Besides the members, the unit's own leaders may be invited — not the area leader above them.
    expect(detail.json.people.leaders.map((l: { name: string }) => l.name)).toEqual([
      'Ane Souschef',
      'Bo Leder',
    ]);
    // A leader of the unit may lead it too.
    expect((await plan(o, { facilitatorId: o.leaderA.id })).status).toBe(201);
    const id = (await plan(o)).json.conversation.id;
    expect(
      (await req(o.leaderA, 'POST', `/conversations/${id}/agenda`, { section: 'nowhere', text: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await req(o.leaderA, 'POST', '/agreements', {
          conversationId: id,
          text: 'Aftale',
          ownerId: o.employeeB.id,
        })
      ).status,
    ).toBe(400);
    expect((await req(o.leaderA, 'PUT', `/teams/${o.team.id}/cadence`, { intervalWeeks: 0 })).status).toBe(
      400,
    );
    expect((await req(o.hr, 'PUT', `/teams/${o.team.id}/cadence`, { intervalWeeks: 12 })).status).toBe(404);
  });

  it('private notes are their author’s alone, through every route', async () => {
    const o = await setup();
    const id = (await plan(o)).json.conversation.id;
    expect(
      (
        await req(o.colleagueA, 'PUT', `/conversations/${id}/private-note`, {
          text: 'Min hemmelige tanke om Bo',
        })
      ).status,
    ).toBe(200);
    expect((await req(o.colleagueA, 'GET', `/conversations/${id}`)).json.privateNote.text).toBe(
      'Min hemmelige tanke om Bo',
    );
    for (const who of [o.colleagueA, o.employeeA, o.leaderA, o.coLeader]) {
      for (const path of [`/conversations/${id}/print`, `/agreements?teamId=${o.team.id}`]) {
        expect((await req(who, 'GET', path)).text, `${who.name} ${path}`).not.toContain('hemmelige');
      }
    }
    for (const who of [o.employeeA, o.leaderA, o.coLeader]) {
      expect((await req(who, 'GET', `/conversations/${id}`)).text, who.name).not.toContain('hemmelige');
    }
    // Reading without taking part gives no private note to write.
    expect(
      (await req(o.coLeader, 'PUT', `/conversations/${id}/private-note`, { text: 'Ved siden af' })).status,
    ).toBe(403);
  });

  it('agenda, agreements with owners and dates, notes, summary and held; stale saves are refused', async () => {
    const o = await setup();
    const planned = (await plan(o)).json.conversation;
    const id = planned.id;
    expect(
      (
        await req(o.colleagueA, 'POST', `/conversations/${id}/agenda`, {
          section: 'big_and_small',
          text: 'Vores morgenmøder',
        })
      ).status,
    ).toBe(201);
    const agreement = await req(o.employeeA, 'POST', '/agreements', {
      conversationId: id,
      text: 'Colleague prøver tegn-til-tale',
      ownerId: o.colleagueA.id,
      dueDate: '2027-03-01',
    });
    expect(agreement.status).toBe(201);
    expect(agreement.json.agreement).toMatchObject({
      owner: { id: o.colleagueA.id },
      dueDate: '2027-03-01',
      done: false,
    });
    const listed = await req(o.coLeader, 'GET', `/agreements?teamId=${o.team.id}`);
    expect(listed.json.agreements.map((a: { id: string }) => a.id)).toEqual([agreement.json.agreement.id]);

    const [first, second] = await Promise.all([
      req(o.employeeA, 'PATCH', `/conversations/${id}`, { version: 1, sharedNotes: 'Noter fra Dorthe' }),
      req(o.colleagueA, 'PATCH', `/conversations/${id}`, { version: 1, sharedNotes: 'Noter fra Erik' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.json.error.current.sharedNotes).toMatch(/Noter fra/);
    const held = await onceStarted(planned.startsAt, () =>
      req(o.employeeA, 'POST', `/conversations/${id}/hold`, {
        version: 2,
        summary: 'Vi prøver tegn-til-tale i en måned',
      }),
    );
    expect(held.status).toBe(200);
    expect(held.json.conversation).toMatchObject({
      status: 'held',
      summary: 'Vi prøver tegn-til-tale i en måned',
    });
    expect(held.json.cadence).toMatchObject({ intervalWeeks: 26, isDefault: true, overdue: false });
    // The unit's other leader reads but does not write.
    expect((await req(o.coLeader, 'GET', `/conversations/${id}/print`)).json.conversation.summary).toBe(
      'Vi prøver tegn-til-tale i en måned',
    );
  });

  it('only the facilitator, a leader or the one who planned it moves or cancels the meeting for everyone', async () => {
    const o = await setup();
    const id = (await plan(o)).json.conversation.id;
    // Erik takes part and writes, but the meeting's time and place are not his to change.
    const erik = await req(o.colleagueA, 'GET', `/conversations/${id}`);
    expect(erik.json.access).toBe('participant');
    expect(erik.json.can).toMatchObject({
      edit: true,
      move: false,
      cancel: false,
      manageParticipants: false,
    });
    const moved = await req(o.colleagueA, 'PATCH', `/conversations/${id}`, {
      version: 1,
      startsAt: inDays(12),
    });
    expect(moved.status).toBe(403);
    expect(moved.json.error.code).toBe('FORBIDDEN');
    expect((await req(o.colleagueA, 'POST', `/conversations/${id}/cancel`, { version: 1 })).status).toBe(403);
    // Nothing changed, and his notes are still welcome.
    const notes = await req(o.colleagueA, 'PATCH', `/conversations/${id}`, {
      version: 1,
      sharedNotes: 'Husk kaffe',
    });
    expect(notes.status).toBe(200);
    expect(notes.json.conversation).toMatchObject({
      status: 'planned',
      startsAt: inDays(10),
      sharedNotes: 'Husk kaffe',
    });

    // The facilitator moves it; the leader who planned it cancels it.
    expect((await req(o.employeeA, 'GET', `/conversations/${id}`)).json.can).toMatchObject({
      move: true,
      cancel: true,
    });
    const byFacilitator = await req(o.employeeA, 'PATCH', `/conversations/${id}`, {
      version: 2,
      startsAt: inDays(12),
    });
    expect(byFacilitator.status).toBe(200);
    expect(byFacilitator.json.conversation.startsAt).toBe(inDays(12));
    const cancelled = await req(o.leaderA, 'POST', `/conversations/${id}/cancel`, { version: 3 });
    expect(cancelled.status).toBe(200);
    expect(cancelled.json.conversation.status).toBe('cancelled');
  });

  it('a participant brings their own goal in: it is shared with the team and linked from the agenda', async () => {
    const o = await setup();
    const id = (await plan(o)).json.conversation.id;
    const mine = (
      await req(o.colleagueA, 'POST', '/goals', {
        title: 'Jeg vil stille flere åbne spørgsmål',
        source: 'practice',
      })
    ).json.goal;
    expect((await req(o.employeeA, 'GET', `/goals/${mine.id}`)).status).toBe(404);
    expect(
      (await req(o.colleagueA, 'POST', `/conversations/${id}/bring-goal`, { goalId: mine.id })).status,
    ).toBe(400);
    // Only the owner brings a goal in.
    expect(
      (
        await req(o.employeeA, 'POST', `/conversations/${id}/bring-goal`, {
          goalId: mine.id,
          confirmShare: true,
        })
      ).status,
    ).toBe(404);
    const brought = await req(o.colleagueA, 'POST', `/conversations/${id}/bring-goal`, {
      goalId: mine.id,
      confirmShare: true,
    });
    expect(brought.status).toBe(201);
    expect(brought.json.agenda).toEqual([
      expect.objectContaining({
        section: 'goals',
        goalId: mine.id,
        text: 'Jeg vil stille flere åbne spørgsmål',
      }),
    ]);
    expect(brought.json.myGoals[0]).toMatchObject({ id: mine.id, sharedWithTeam: true });
    expect(
      (
        await req(o.colleagueA, 'POST', `/conversations/${id}/bring-goal`, {
          goalId: mine.id,
          confirmShare: true,
        })
      ).status,
    ).toBe(409);
    const asTeam = await req(o.employeeA, 'GET', `/goals/${mine.id}`);
    expect(asTeam.json).toMatchObject({ relation: 'shared', can: { edit: false } });
    for (const outsider of [o.leaderB, o.hr, o.employeeB])
      expect((await req(outsider, 'GET', `/goals/${mine.id}`)).status, outsider.name).toBe(404);
  });

  it('participants are added and removed by the facilitator; a peer group meets without a facilitator, members only', async () => {
    const o = await setup();
    const id = (await plan(o, { participantIds: [o.employeeA.id] })).json.conversation.id;
    expect((await req(o.colleagueA, 'GET', `/conversations/${id}`)).json).toMatchObject({
      access: 'observer',
      privateNote: null,
      can: { edit: false },
    });
    expect(
      (await req(o.colleagueA, 'POST', `/conversations/${id}/agenda`, { section: 'other', text: 'Må jeg?' }))
        .status,
    ).toBe(403);
    expect(
      (await req(o.employeeA, 'POST', `/conversations/${id}/participants`, { personId: o.employeeB.id }))
        .status,
    ).toBe(400);
    const added = await req(o.employeeA, 'POST', `/conversations/${id}/participants`, {
      personId: o.colleagueA.id,
    });
    expect(added.status).toBe(200);
    expect((await req(o.colleagueA, 'GET', `/conversations/${id}`)).json.access).toBe('participant');
    expect(
      (await req(o.colleagueA, 'DELETE', `/conversations/${id}/participants/${o.employeeA.id}`)).status,
    ).toBe(403);
    expect(
      (await req(o.employeeA, 'DELETE', `/conversations/${id}/participants/${o.colleagueA.id}`)).status,
    ).toBe(200);

    const group = await buildTeam(env().database.db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const peer = await req(o.leaderB, 'POST', '/conversations', {
      kind: 'peer_group',
      teamId: group.id,
      startsAt: inDays(20),
    });
    expect(peer.status).toBe(201);
    expect(peer.json.can.facilitate).toBe(true);
    expect((await req(o.leaderA, 'GET', `/conversations/${peer.json.conversation.id}`)).json.access).toBe(
      'participant',
    );
    for (const outsider of [o.areaLeader, o.hr, o.employeeA]) {
      expect(
        (await req(outsider, 'GET', `/conversations/${peer.json.conversation.id}`)).status,
        outsider.name,
      ).toBe(404);
    }
  });
});
