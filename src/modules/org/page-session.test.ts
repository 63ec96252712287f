import { and, eq } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { createApp } from '../../server/app.js';
import { auditEvents } from '../../server/audit/schema.js';
import { resetRateLimits } from '../../server/http/rate-limit.js';
import { sessions } from '../auth/schema.js';
import { memberships, people } from './schema.js';

// The person and unit pages resolve their session inside their own statement (ADR 0019): the
// session's rules must hold there exactly as in the lookup every other route runs.
describeEachEngine('pages that resolve their session in their statement', (env) => {
  beforeEach(() => resetRateLimits());

  async function world() {
    const { database, config } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const leader = await buildPerson(database.db, org, { roles: [{ unit, role: 'leader' }] });
    const employee = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
    let clock = new Date();
    const app = createApp({
      config: { ...config, sessionIdleMinutes: 60 },
      database,
      serveWeb: false,
      now: () => clock,
    });
    const reads = async () =>
      database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectPersonId, employee.id), eq(auditEvents.action, 'person.read')));
    return {
      database,
      config,
      org,
      unit,
      leader,
      employee,
      app,
      reads,
      later: (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000)),
    };
  }

  it('reads and audits as the lookup would, and sees a membership inserted just before', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    const res = await call(w.app, 'GET', `/api/people/${w.employee.id}`, { as });
    expect(res.status).toBe(200);
    expect(res.json.relation).toBe('leader');
    expect(await w.reads()).toHaveLength(1);
    // An HR membership inserted straight in the database: the very next request knows it.
    const other = await buildUnit(w.database.db, w.org);
    await w.database.db
      .insert(memberships)
      .values({ orgId: w.org.id, personId: w.leader.id, unitId: other.id, role: 'hr' });
    const asHr = await call(w.app, 'GET', `/api/units/${other.id}`, { as });
    expect(asHr.status).toBe(200);
    expect(asHr.json.can.update).toBe(true);
  });

  it('refuses an idle session, ends it, and neither reads nor audits', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    w.later(61);
    expect((await call(w.app, 'GET', `/api/people/${w.employee.id}`, { as })).status).toBe(401);
    expect((await call(w.app, 'GET', `/api/units/${w.unit.id}`, { as })).status).toBe(401);
    expect(await w.reads()).toHaveLength(0);
    expect(
      await w.database.db.select().from(sessions).where(eq(sessions.personId, w.leader.id)),
    ).toHaveLength(0);
  });

  it('refuses a deactivated person, a missing cookie and an unknown one', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    await w.database.db
      .update(people)
      .set({ active: false, deactivatedAt: new Date() })
      .where(eq(people.id, w.leader.id));
    expect((await call(w.app, 'GET', `/api/people/${w.employee.id}`, { as })).status).toBe(401);
    expect((await call(w.app, 'GET', `/api/people/${w.employee.id}`)).status).toBe(401);
    const unknown = { ...as, cookie: 'mup_session=not-a-session' };
    expect((await call(w.app, 'GET', `/api/units/${w.unit.id}`, { as: unknown })).status).toBe(401);
    expect(await w.reads()).toHaveLength(0);
  });

  it('keeps a remembered session through a quiet spell, as the lookup does', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    await w.database.db.update(sessions).set({ remembered: true }).where(eq(sessions.personId, w.leader.id));
    w.later(180);
    const res = await call(w.app, 'GET', `/api/people/${w.employee.id}`, { as });
    expect(res.status).toBe(200);
    expect(res.json.relation).toBe('leader');
    expect(await w.reads()).toHaveLength(1);
  });

  it('answers the same with the session looked up first (pageSessions: false)', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    const lookupFirst = createApp({
      config: w.config,
      database: w.database,
      serveWeb: false,
      pageSessions: false,
    });
    for (const path of [`/api/people/${w.employee.id}`, `/api/units/${w.unit.id}`]) {
      const [one, two] = [
        await call(w.app, 'GET', path, { as }),
        await call(lookupFirst, 'GET', path, { as }),
      ];
      expect([one.status, two.status]).toEqual([200, 200]);
      expect(two.json).toEqual(one.json);
    }
    expect(await w.reads()).toHaveLength(2);
  });

  it('touches the session at most once a minute, as the lookup does', async () => {
    const w = await world();
    const as = await signInAs(w.database.db, w.config, w.leader);
    const lastSeen = async () =>
      (await w.database.db.select().from(sessions).where(eq(sessions.personId, w.leader.id)))[0]!.lastSeenAt;
    const before = await lastSeen();
    w.later(30);
    expect((await call(w.app, 'GET', `/api/units/${w.unit.id}`, { as })).status).toBe(200);
    expect((await lastSeen()).getTime()).toBeGreaterThan(before.getTime());
    // Kept alive by use: 59 minutes after that page, still signed in.
    w.later(59);
    expect((await call(w.app, 'GET', `/api/people/${w.employee.id}`, { as })).status).toBe(200);
  });
});
