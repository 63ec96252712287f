import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { agendaItems } from './schema.js';

const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(9, 0, 0, 0);
  return d.toISOString();
};

/*
 * An agenda point written on a phone without a connection (issue 16) is sent later with an
 * Idempotency-Key, maybe more than once and maybe from two tabs at the same moment: it lands once,
 * and a refusal (the 1:1 cancelled, the access gone) comes back with its reason, for every retry.
 */
describeEachEngine('agenda points sent again with their Idempotency-Key', (env) => {
  const db = () => env().database.db;
  const send = async (who: Person, method: string, path: string, body: unknown, key?: string) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(db(), env().config, who),
      body,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
  async function oneToOne() {
    const o = await buildTwoLayerOrg(db());
    const created = await send(o.leaderA, 'POST', '/conversations', {
      kind: 'one_to_one',
      personId: o.employeeA.id,
      startsAt: inDays(7),
      durationMinutes: 45,
    });
    expect(created.status, created.text).toBe(201);
    return { o, id: created.json.conversation.id as string };
  }
  const points = async (conversationId: string, text: string) =>
    db()
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.conversationId, conversationId), eq(agendaItems.text, text)));

  it('the same point with the same key, sent three times, is on the agenda once, and each send gets its answer', async () => {
    const { o, id } = await oneToOne();
    const body = { section: 'big_and_small', text: 'Vikardækningen i december' };
    const first = await send(o.employeeA, 'POST', `/conversations/${id}/agenda`, body, 'agenda-seq-0001');
    expect(first.status, first.text).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    for (let i = 0; i < 2; i++) {
      const again = await send(o.employeeA, 'POST', `/conversations/${id}/agenda`, body, 'agenda-seq-0001');
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.json).toEqual(first.json);
    }
    expect(await points(id, body.text)).toHaveLength(1);
    const seen = await send(o.leaderA, 'GET', `/conversations/${id}`, undefined);
    expect(seen.json.agenda.filter((a: { text: string }) => a.text === body.text)).toHaveLength(1);
  });

  it('three sends of one key at the same moment add one point, and all three answers show it', async () => {
    const { o, id } = await oneToOne();
    const body = { section: 'goals', text: 'Min læringscirkel om sprogleg' };
    const session = await signInAs(db(), env().config, o.employeeA);
    const once = () =>
      call(env().app, 'POST', `/api/conversations/${id}/agenda`, {
        as: session,
        body,
        headers: { 'idempotency-key': 'agenda-concurrent-0001' },
      });
    const answers = await Promise.all([once(), once(), once()]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    const ids = answers.map((a) =>
      a.json.agenda.filter((p: { text: string }) => p.text === body.text).map((p: { id: string }) => p.id),
    );
    expect(ids.every((list) => list.length === 1 && list[0] === ids[0]![0])).toBe(true);
    expect(await points(id, body.text)).toHaveLength(1);
  });

  it('a point for a cancelled 1:1 comes back with the reason, for every retry of its key; an outsider gets 404', async () => {
    const { o, id } = await oneToOne();
    const cancelled = await send(o.leaderA, 'POST', `/conversations/${id}/cancel`, { version: 1 });
    expect(cancelled.status, cancelled.text).toBe(200);
    const body = { section: 'other', text: 'Skrevet i haven, før aflysningen nåede frem' };
    const refused = await send(
      o.employeeA,
      'POST',
      `/conversations/${id}/agenda`,
      body,
      'agenda-closed-0001',
    );
    expect(refused.status).toBe(409);
    expect(refused.json.error.reason).toBe('conversation_closed');
    const again = await send(o.employeeA, 'POST', `/conversations/${id}/agenda`, body, 'agenda-closed-0001');
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json).toEqual(refused.json);

    // Someone without access to the 1:1 (a colleague, or a participant whose access ended).
    const outsider = await send(
      o.colleagueA,
      'POST',
      `/conversations/${id}/agenda`,
      body,
      'agenda-lost-0001',
    );
    expect(outsider.status).toBe(404);
    expect(await points(id, body.text)).toHaveLength(0);
  });
});
