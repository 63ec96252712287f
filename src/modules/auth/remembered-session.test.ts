import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { createApp } from '../../server/app.js';
import { auditEvents } from '../../server/audit/schema.js';
import { rememberedSessions } from './session-memory.js';
import { sessions } from './schema.js';

const MINUTE = 60_000;

/*
 * A session this process looked up a moment ago may be checked by the person page in its own
 * statement instead of looked up first (ADR 0024). Every change another process could make — a
 * sign-out, a deactivation, a removed HR role, the end of the session's life — must hold at the
 * next request, on that page and on every other route, exactly as when every request looked its
 * session up. The writes below go around the app, as another process's would.
 */
describeEachEngine('a remembered session is checked on every request', (env) => {
  const db = () => env().database.db;

  async function readers() {
    const o = await buildTwoLayerOrg(db());
    const as = async (who: Person) => signInAs(db(), env().config, who);
    return { o, as };
  }

  it('lets the person page read with a remembered session, and audits the read as before', async () => {
    const { o, as } = await readers();
    const leader = await as(o.leaderA);
    const before = rememberedSessions();
    expect((await call(env().app, 'GET', `/api/people/${o.employeeA.id}`, { as: leader })).status).toBe(200);
    expect(rememberedSessions()).toBeGreaterThan(before);
    // The second read starts from the remembered session.
    const again = await call(env().app, 'GET', `/api/people/${o.employeeA.id}`, { as: leader });
    expect(again.status).toBe(200);
    expect(again.json.relation).toBe('leader');
    const reads = await db()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, o.leaderA.id), eq(auditEvents.subjectPersonId, o.employeeA.id)));
    expect(reads).toHaveLength(2);
  });

  it('refuses at once a session ended elsewhere, on the person page and on every other route', async () => {
    const { o, as } = await readers();
    const leader = await as(o.leaderA);
    const page = `/api/people/${o.employeeA.id}`;
    expect((await call(env().app, 'GET', page, { as: leader })).status).toBe(200);
    await db().delete(sessions).where(eq(sessions.personId, o.leaderA.id));
    const refused = await call(env().app, 'GET', page, { as: leader });
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe('UNAUTHENTICATED');
    // Not 404 for someone who does not exist either: the session is what is missing.
    expect((await call(env().app, 'GET', `/api/people/${o.org.id}`, { as: leader })).status).toBe(401);
    expect((await call(env().app, 'GET', '/api/auth/me', { as: leader })).status).toBe(401);
    // No audit row for the refused read.
    const reads = await db()
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, o.leaderA.id), eq(auditEvents.action, 'person.read')));
    expect(reads).toHaveLength(1);
  });

  it('refuses at once a person deactivated elsewhere', async () => {
    const { o, as } = await readers();
    const employee = await as(o.employeeA);
    const own = `/api/people/${o.employeeA.id}`;
    expect((await call(env().app, 'GET', own, { as: employee })).status).toBe(200);
    await db().execute(
      sql`update people set active = false, deactivated_at = now() where id = ${o.employeeA.id}`,
    );
    expect((await call(env().app, 'GET', own, { as: employee })).status).toBe(401);
    expect((await call(env().app, 'GET', '/api/goals', { as: employee })).status).toBe(401);
  });

  it('reads HR’s right from the database: a removed HR role holds at once', async () => {
    const { o, as } = await readers();
    const hr = await as(o.hr);
    const page = `/api/people/${o.employeeB.id}`;
    const first = await call(env().app, 'GET', page, { as: hr });
    expect(first.status).toBe(200);
    expect([first.json.relation, first.json.can.update]).toEqual(['admin', true]);
    await db().execute(sql`delete from memberships where person_id = ${o.hr.id} and role = 'hr'`);
    expect((await call(env().app, 'GET', page, { as: hr })).status).toBe(404);
    const own = await call(env().app, 'GET', `/api/people/${o.hr.id}`, { as: hr });
    expect([own.status, own.json.relation, own.json.can.update]).toEqual([200, 'self', false]);
  });

  it('lets a remembered session end at its lifetime and after the idle timeout', async () => {
    const { o } = await readers();
    let clock = new Date();
    const app = createApp({
      config: { ...env().config, sessionHours: 2, sessionIdleMinutes: 30 },
      database: env().database,
      serveWeb: false,
      now: () => clock,
    });
    const leader = await signInAs(db(), { ...env().config, sessionHours: 2 }, o.leaderA);
    const page = `/api/people/${o.employeeA.id}`;
    const start = clock.getTime();
    const at = async (minutes: number) => {
      clock = new Date(start + minutes * MINUTE);
      return (await call(app, 'GET', page, { as: leader })).status;
    };
    // Used every 20 minutes (within the idle timeout) until past its two hours of life.
    expect(await at(0)).toBe(200);
    expect(await at(0.5)).toBe(200);
    expect(await at(20)).toBe(200);
    expect(await at(40)).toBe(200);
    expect(await at(60)).toBe(200);
    expect(await at(80)).toBe(200);
    expect(await at(100)).toBe(200);
    expect(await at(119.5)).toBe(200);
    expect(await at(120.2)).toBe(401);

    clock = new Date();
    const other = await signInAs(db(), env().config, o.leaderB);
    const otherPage = `/api/people/${o.employeeB.id}`;
    const base = clock.getTime();
    const after = async (minutes: number) => {
      clock = new Date(base + minutes * MINUTE);
      return (await call(app, 'GET', otherPage, { as: other })).status;
    };
    expect(await after(0)).toBe(200);
    expect(await after(0.5)).toBe(200);
    // Quiet for longer than 30 minutes: ended.
    expect(await after(31)).toBe(401);
  });
});
