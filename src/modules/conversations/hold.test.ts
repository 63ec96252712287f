import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { onceStarted } from '../../../test/clock.js';

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describeEachEngine('marking a conversation as held', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  it('is refused before the 1:1 starts, and is the leader’s, not the employee’s alone', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const created = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: o.employeeA.id,
      startsAt: inDays(2),
      durationMinutes: 30,
    });
    const c = created.json.conversation;
    expect(created.json.can.hold).toBe(true);
    expect((await req(o.employeeA, 'GET', `/conversations/${c.id}`)).json.can.hold).toBe(false);

    const early = await req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, { version: c.version });
    expect(early.status).toBe(409);
    expect(early.json.error.reason).toBe('conversation_not_started');
    expect((await req(o.leaderA, 'GET', `/conversations/${c.id}`)).json.conversation.status).toBe('planned');

    await onceStarted(c.startsAt, async () => {
      const byEmployee = await req(o.employeeA, 'POST', `/conversations/${c.id}/hold`, {
        version: c.version,
      });
      expect(byEmployee.status).toBe(403);
      const byLeader = await req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, {
        version: c.version,
        summary: 'Vi talte om sprogstart.',
      });
      expect(byLeader.status).toBe(200);
      expect(byLeader.json.conversation).toMatchObject({
        status: 'held',
        summary: 'Vi talte om sprogstart.',
      });
      // Asked once: a second mark is refused, nothing changes.
      const again = await req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, {
        version: byLeader.json.conversation.version,
      });
      expect(again.json.error.reason).toBe('conversation_closed');
    });
  });

  it('is refused before a team conversation starts, too', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      kind: 'unit_staff',
      members: [o.employeeA, o.colleagueA],
    });
    const planned = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'team',
      teamId: team.id,
      facilitatorId: o.leaderA.id,
      startsAt: inDays(3),
    });
    expect(planned.status).toBe(201);
    const c = planned.json.conversation;
    const early = await req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, { version: c.version });
    expect(early.json.error.reason).toBe('conversation_not_started');
    const later = await onceStarted(c.startsAt, () =>
      req(o.leaderA, 'POST', `/conversations/${c.id}/hold`, { version: c.version }),
    );
    expect(later.json.conversation.status).toBe('held');
  });
});
