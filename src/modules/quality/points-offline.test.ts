import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { qualityDataPoints } from './schema.js';
import { qualityApi } from './testing.js';

/*
 * A data point recorded on a phone without a connection (issue 16) is sent later with an
 * Idempotency-Key, maybe more than once, maybe from two tabs at once: it is recorded once, and a
 * refusal (the day already has a value, the access gone) comes back with its reason.
 */
describeEachEngine('data points sent again with their Idempotency-Key', (env) => {
  const { qualityTeam, measure } = qualityApi(env);
  const db = () => env().database.db;
  const send = async (who: Person, path: string, body: unknown, key: string) =>
    call(env().app, 'POST', `/api${path}`, {
      as: await signInAs(db(), env().config, who),
      body,
      headers: { 'idempotency-key': key },
    });
  async function aMeasure() {
    const o = await buildTwoLayerOrg(db());
    const id = await measure(o, await qualityTeam(o));
    return { o, id, path: `/quality/measures/${id}/points` };
  }
  const stored = async (measureId: string) =>
    db()
      .select({ on: qualityDataPoints.on, value: qualityDataPoints.value })
      .from(qualityDataPoints)
      .where(eq(qualityDataPoints.measureId, measureId));

  it('the same point with the same key, sent three times, is recorded once and each send gets the first answer', async () => {
    const { o, id, path } = await aMeasure();
    const entry = { on: '2026-03-02', value: 4, clientKey: 'entry-seq-0001' };
    const first = await send(o.colleagueA, path, entry, 'point-seq-0001');
    expect(first.status, first.text).toBe(201);
    expect(first.json.duplicate).toBe(false);
    for (let i = 0; i < 2; i++) {
      const again = await send(o.colleagueA, path, entry, 'point-seq-0001');
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.json).toEqual(first.json);
    }
    expect(await stored(id)).toEqual([{ on: '2026-03-02', value: 4 }]);
  });

  it('three sends of one key at the same moment record one point, and all three answers name it', async () => {
    const { o, id, path } = await aMeasure();
    const entry = { on: '2026-03-09', value: 7, clientKey: 'entry-concurrent-0001' };
    const session = await signInAs(db(), env().config, o.employeeA);
    const once = () =>
      call(env().app, 'POST', `/api${path}`, {
        as: session,
        body: entry,
        headers: { 'idempotency-key': 'point-concurrent-0001' },
      });
    const answers = await Promise.all([once(), once(), once()]);
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(new Set(answers.map((a) => a.json.point.id)).size).toBe(1);
    expect(await stored(id)).toEqual([{ on: '2026-03-09', value: 7 }]);
  });

  it('a day that already has a value comes back with the reason for every retry; an outsider gets 404', async () => {
    const { o, id, path } = await aMeasure();
    const day = { on: '2026-03-16', value: 2, clientKey: 'entry-first-0001' };
    expect((await send(o.employeeA, path, day, 'point-first-0001')).status).toBe(201);
    // Recorded on another phone for the same day, while this one had no connection.
    const late = { on: '2026-03-16', value: 5, clientKey: 'entry-late-0001' };
    const refused = await send(o.colleagueA, path, late, 'point-late-0001');
    expect(refused.status).toBe(409);
    expect(refused.json.error.reason).toBe('quality_day_taken');
    expect(refused.json.error.issues.map((i: { path: string }) => i.path)).toEqual(['on']);
    const again = await send(o.colleagueA, path, late, 'point-late-0001');
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json).toEqual(refused.json);

    const outsider = await send(o.leaderB, path, { ...late, on: '2026-03-23' }, 'point-lost-0001');
    expect(outsider.status).toBe(404);
    expect(await stored(id)).toEqual([{ on: '2026-03-16', value: 2 }]);
  });
});
