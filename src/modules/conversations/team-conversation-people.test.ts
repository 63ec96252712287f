import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTeam } from '../../../test/factories.js';
import { inDays, teamConversationApi } from './team-testing.js';

/*
 * Team conversations (TUS) and peer-group conversations: planned with a facilitator, visible to
 * the team and the nearest leader(s) of its unit only; private notes for their author only.
 */
describeEachEngine('team conversations: who moves them, who brings what, who takes part', (env) => {
  const { req, setup, plan } = teamConversationApi(env);

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
