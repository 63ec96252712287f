import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import type { Database } from '../src/server/db/client.js';
import { declaredAccess } from '../src/server/http/route.js';
import { describeEachEngine } from './engines.js';
import { signInAs, type Person } from './factories.js';
import { call } from './http.js';

import { buildFixture } from './read-audit/fixture.js';
import { AUDITED, NOT_A_RECORD } from './read-audit/routes.js';

/**
 * Every GET route that shows someone else's development record writes a read to that person's
 * access log ("Hvem har set mine oplysninger"), checked route by route through the log itself.
 * The probe found the leader's overview and a pair's cadence missing there.
 */

describe('read audits cover the API', () => {
  it('every GET route is either audited below or named as showing no one else’s record', () => {
    createApp({ config: testConfig(), database: {} as Database, serveWeb: false });
    const gets = [...declaredAccess().keys()].filter((k) => k.startsWith('GET '));
    const audited = new Set(AUDITED.map((r) => r.route));
    expect(gets.filter((k) => !audited.has(k) && !(k in NOT_A_RECORD))).toEqual([]);
    expect([...audited, ...Object.keys(NOT_A_RECORD)].filter((k) => !gets.includes(k))).toEqual([]);
  });
});

describeEachEngine('every read of someone else’s record reaches their access log', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);

  it.each(AUDITED.map((row) => [row.route, row] as const))('%s', async (_, row) => {
    const f = await buildFixture(env);
    const reader = row.reader(f);
    const before = await call(env().app, 'GET', '/api/me/access-log', { as: await as(f.subject) });
    expect(before.json.events).toEqual([]);
    const res = await call(env().app, 'GET', `/api${row.path(f)}`, { as: await as(reader) });
    expect(res.status, res.text).toBe(200);
    const log = await call(env().app, 'GET', '/api/me/access-log', { as: await as(f.subject) });
    expect(log.json.events).toContainEqual(
      expect.objectContaining({ action: row.action, actor: { id: reader.id, name: reader.name } }),
    );
  });

  it('a reader who opens one page many times cannot push another reader off the log', async () => {
    const f = await buildFixture(env);
    const leader = await as(f.o.leaderA);
    await call(env().app, 'GET', '/api/overview', { as: leader });
    const hr = await as(f.o.hr);
    for (let i = 0; i < 520; i++) await call(env().app, 'GET', `/api/people/${f.subject.id}`, { as: hr });
    const log = await call(env().app, 'GET', '/api/me/access-log', { as: await as(f.subject) });
    expect(log.json.events).toEqual([
      expect.objectContaining({
        action: 'person.read',
        actor: { id: f.o.hr.id, name: f.o.hr.name },
        count: 520,
      }),
      expect.objectContaining({
        action: 'overview.read',
        actor: { id: f.o.leaderA.id, name: f.o.leaderA.name },
        count: 1,
      }),
    ]);
  }, 120_000);
});
