import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { feedback } from '../../modules/feedback/schema.js';
import { idempotencyKeys } from './idempotency-schema.js';

describeEachEngine('writes with an Idempotency-Key', (env) => {
  const db = () => env().database.db;
  const send = async (who: Person, key: string, body: unknown, path = '/feedback') =>
    call(env().app, 'POST', `/api${path}`, {
      as: await signInAs(db(), env().config, who),
      body,
      headers: { 'idempotency-key': key },
    });
  const countFeedback = async (text: string) =>
    (await db().select({ id: feedback.id }).from(feedback).where(eq(feedback.text, text))).length;

  it('the same write with the same key, sent three times, creates one record and gets the same answer', async () => {
    const o = await buildTwoLayerOrg(db());
    const body = { toPersonId: o.employeeA.id, kind: 'recognition', text: 'Sendt fra kælderen, tre gange' };
    const first = await send(o.colleagueA, 'key-sequential-0001', body);
    const second = await send(o.colleagueA, 'key-sequential-0001', body);
    const third = await send(o.colleagueA, 'key-sequential-0001', body);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    for (const again of [second, third]) {
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.json).toEqual(first.json);
    }
    expect(await countFeedback(body.text)).toBe(1);
  });

  it('three sends of one key arriving at the same moment create one record, and all three get its answer', async () => {
    const o = await buildTwoLayerOrg(db());
    const body = {
      toPersonId: o.employeeA.id,
      kind: 'observation',
      observationFocus: 'Samling',
      text: 'Tre på én gang',
    };
    const session = await signInAs(db(), env().config, o.colleagueA);
    const once = () =>
      call(env().app, 'POST', '/api/feedback', {
        as: session,
        body,
        headers: { 'idempotency-key': 'key-concurrent-0001' },
      });
    const answers = await Promise.all([once(), once(), once()]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    const ids = new Set(answers.map((a) => a.json.feedback.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await countFeedback(body.text)).toBe(1);
  });

  it('a refused write keeps its refusal for the key; a new key with the text put right is saved', async () => {
    const o = await buildTwoLayerOrg(db());
    const toSelf = { toPersonId: o.colleagueA.id, kind: 'recognition', text: 'Til mig selv ved en fejl' };
    const refused = await send(o.colleagueA, 'key-refused-0001', toSelf);
    expect(refused.status).toBe(400);
    expect(refused.json.error.reason).toBe('feedback_to_self');
    const again = await send(o.colleagueA, 'key-refused-0001', toSelf);
    expect(again.status).toBe(400);
    expect(again.json).toEqual(refused.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const fixed = await send(o.colleagueA, 'key-refused-0002', { ...toSelf, toPersonId: o.employeeA.id });
    expect(fixed.status).toBe(201);
    expect(await countFeedback(toSelf.text)).toBe(1);
  });

  it('the same key on another request is refused, and a key is one person’s own', async () => {
    const o = await buildTwoLayerOrg(db());
    const body = { toPersonId: o.employeeA.id, kind: 'recognition', text: 'Første udgave' };
    expect((await send(o.colleagueA, 'key-shared-0001', body)).status).toBe(201);
    const changed = await send(o.colleagueA, 'key-shared-0001', { ...body, text: 'Anden udgave' });
    expect(changed.status).toBe(409);
    expect(changed.json.error.reason).toBe('idempotency_key_reused');
    expect(await countFeedback('Anden udgave')).toBe(0);

    // Another person's identical key is theirs: it acts, and stores its own answer.
    const other = await send(o.leaderA, 'key-shared-0001', body);
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect(await countFeedback(body.text)).toBe(2);
    const stored = await db()
      .select({ personId: idempotencyKeys.personId, status: idempotencyKeys.status })
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.orgId, o.org.id), eq(idempotencyKeys.key, 'key-shared-0001')));
    expect(stored.map((s) => s.personId).sort()).toEqual([o.colleagueA.id, o.leaderA.id].sort());
    expect(stored.every((s) => s.status === 201)).toBe(true);
  });

  it('a key that is not a plain token is a clear 400, and nothing is written', async () => {
    const o = await buildTwoLayerOrg(db());
    const body = { toPersonId: o.employeeA.id, kind: 'recognition', text: 'Med en mærkelig nøgle' };
    const bad = await send(o.colleagueA, 'short', body);
    expect(bad.status).toBe(400);
    expect(bad.json.error.reason).toBe('idempotency_key_invalid');
    expect(await countFeedback(body.text)).toBe(0);
  });

  it('writes without a key act each time, as before', async () => {
    const o = await buildTwoLayerOrg(db());
    const session = await signInAs(db(), env().config, o.colleagueA);
    const body = { toPersonId: o.employeeA.id, kind: 'recognition', text: 'Uden nøgle' };
    for (let i = 0; i < 2; i++) {
      expect((await call(env().app, 'POST', '/api/feedback', { as: session, body })).status).toBe(201);
    }
    expect(await countFeedback(body.text)).toBe(2);
  });
});
