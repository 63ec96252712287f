import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { onceStarted } from '../../../test/clock.js';
import { inDays, teamConversationApi } from './team-testing.js';

/*
 * Team conversations (TUS) and peer-group conversations: planned with a facilitator, visible to
 * the team and the nearest leader(s) of its unit only; private notes for their author only.
 */
describeEachEngine('team conversations', (env) => {
  const { req, setup, plan } = teamConversationApi(env);

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
});
