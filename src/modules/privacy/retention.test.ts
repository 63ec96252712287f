import { eq, sql } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { people } from '../org/schema.js';
import { surveyResponses, surveyRounds } from '../surveys/schema.js';
import { mailOutbox } from '../../server/mail/schema.js';
import { RETENTION_DEFAULTS } from './constants.js';
import { applyEnabledRetention, retentionTick } from './retention/schedule.js';

const DAY = 86_400_000;

describeEachEngine('retention', (env) => {
  afterEach(() => vi.useRealTimers());

  /** Runs `act` with Date moved `days` ahead (the database's clock stays). */
  async function later<T>(days: number, act: () => Promise<T>): Promise<T> {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(Date.now() + days * DAY));
    try {
      return await act();
    } finally {
      vi.useRealTimers();
    }
  }

  async function world() {
    const { db } = env().database;
    const o = await buildTwoLayerOrg(db);
    const admin = await buildPerson(db, o.org, {
      name: 'Hans Admin',
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const as = await signInAs(db, env().config, admin);
    // Frida left today: deactivated, as the people page and the OS2mo sync do.
    await db
      .update(people)
      .set({ active: false, deactivatedAt: new Date() })
      .where(eq(people.id, o.employeeB.id));
    await db
      .insert(mailOutbox)
      .values({ orgId: o.org.id, to: 'someone@example.dk', subject: 'Hej', text: 'Hej' });
    const [round] = await db
      .insert(surveyRounds)
      .values({
        orgId: o.org.id,
        instrument: 'safety',
        code: `c${Math.random()}`,
        openedOn: '2026-01-05',
        closesAt: new Date(),
      })
      .returning();
    await db.insert(surveyResponses).values({ orgId: o.org.id, roundId: round!.id, scores: [3, 4] });
    return { ...o, admin, as };
  }

  const periods = { departedRecordDays: 30, auditDays: 180, mailDays: 7, surveyResponseDays: 90 };

  it('is off by default with Danish defaults, refuses absurd periods, and switches on only after a preview', async () => {
    const w = await world();
    const app = env().app;
    const first = await call(app, 'GET', '/api/privacy/retention', { as: w.as });
    expect(first.json).toMatchObject({
      enabled: false,
      periods: RETENTION_DEFAULTS,
      defaults: RETENTION_DEFAULTS,
    });
    for (const departedRecordDays of [0, -5, 365_000, 12.5]) {
      const res = await call(app, 'PUT', '/api/privacy/retention', {
        as: w.as,
        body: { ...periods, departedRecordDays, version: first.json.version },
      });
      expect(res.status, String(departedRecordDays)).toBe(400);
    }
    const tooShortAudit = await call(app, 'PUT', '/api/privacy/retention', {
      as: w.as,
      body: { ...periods, auditDays: 30, version: first.json.version },
    });
    expect(tooShortAudit.status).toBe(400);
    const saved = await call(app, 'PUT', '/api/privacy/retention', {
      as: w.as,
      body: { ...periods, version: first.json.version },
    });
    expect(saved.json).toMatchObject({ enabled: false, periods });
    const early = await call(app, 'PUT', '/api/privacy/retention/enabled', {
      as: w.as,
      body: { enabled: true, version: saved.json.version },
    });
    expect(early.status).toBe(409);
    expect(early.json.error.reason).toBe('retention_preview_first');
    const preview = await call(app, 'POST', '/api/privacy/retention/preview', { as: w.as });
    expect(preview.json).toMatchObject({ applied: false, removed: { departedPeople: 0 } });
    const on = await call(app, 'PUT', '/api/privacy/retention/enabled', {
      as: w.as,
      body: { enabled: true, version: saved.json.version },
    });
    expect(on.status).toBe(200);
    expect(on.json.enabled).toBe(true);
    // HR and staff do not set deletion rules.
    const hr = await signInAs(env().database.db, env().config, w.hr);
    expect((await call(app, 'GET', '/api/privacy/retention', { as: hr })).status).toBe(403);
    const staff = await signInAs(env().database.db, env().config, w.employeeA);
    expect((await call(app, 'GET', '/api/privacy/retention', { as: staff })).status).toBe(403);
  });

  it('with the clock moved forward, erases departed people, old mail and survey answers — previewed first, counted in the audit', async () => {
    const w = await world();
    const { db } = env().database;
    const config = env().config;
    const app = env().app;
    const first = await call(app, 'GET', '/api/privacy/retention', { as: w.as });
    const saved = await call(app, 'PUT', '/api/privacy/retention', {
      as: w.as,
      body: { ...periods, version: first.json.version },
    });

    // Today nothing is old enough; the rules being off, a night's run leaves everything.
    expect(
      await applyEnabledRetention(db, config, new Date(Date.now() + 100 * DAY), { orgIds: [w.org.id] }),
    ).toBe(0);

    // A session of that day: the one from today would have expired by then.
    const asLater = () => signInAs(db, config, w.admin);
    const preview = await later(100, async () =>
      call(app, 'POST', '/api/privacy/retention/preview', { as: await asLater() }),
    );
    expect(preview.json.removed).toEqual({ departedPeople: 1, auditRows: 0, mails: 1, surveyResponses: 1 });
    const frida = async () => (await db.select().from(people).where(eq(people.id, w.employeeB.id)))[0]!;
    expect((await frida()).name).toBe('Frida Medhjælper');
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.orgId, w.org.id))).toHaveLength(
      1,
    );

    const on = await later(100, async () =>
      call(app, 'PUT', '/api/privacy/retention/enabled', {
        as: await asLater(),
        body: { enabled: true, version: saved.json.version },
      }),
    );
    expect(on.status).toBe(200);
    const night = new Date(Date.now() + 100 * DAY);
    night.setUTCHours(2, 0, 0, 0);
    expect(await applyEnabledRetention(db, config, night, { orgIds: [w.org.id] })).toBe(1);

    expect(await frida()).toMatchObject({
      name: 'Tidligere medarbejder',
      email: null,
      employeeNumber: null,
      active: false,
    });
    expect(await db.select().from(surveyResponses).where(eq(surveyResponses.orgId, w.org.id))).toHaveLength(
      0,
    );
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.orgId, w.org.id))).toHaveLength(0);
    const runs = (await db.execute(sql`
      select details from audit_events where org_id = ${w.org.id} and action = 'retention.applied'`)) as unknown as {
      rows: { details: { removed: Record<string, number> } }[];
    };
    expect(runs.rows.map((r) => r.details.removed)).toEqual([preview.json.removed]);
    // Frida's erasure is in the audit as the rules' doing, with no one as its actor.
    const erased = await db.execute(
      sql`select actor_id, details->>'reason' as reason from audit_events
        where org_id = ${w.org.id} and action = 'person.erased' and entity_id = ${w.employeeB.id}`,
    );
    expect((erased as unknown as { rows: unknown[] }).rows).toEqual([
      { actor_id: null, reason: 'retention' },
    ]);

    // Half a year on, audit rows older than 180 days go too, except the runs' own counts of the day.
    const longAfter = new Date(Date.now() + 400 * DAY);
    await applyEnabledRetention(db, config, longAfter, { orgIds: [w.org.id] });
    const left = await db.execute(sql`select action from audit_events where org_id = ${w.org.id}`);
    expect((left as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual([
      'retention.applied',
    ]);
  });

  it('runs once a night across processes, and not before two o’clock', async () => {
    const { db } = env().database;
    const config = env().config;
    const evening = new Date('2031-06-01T22:30:00Z'); // 00:30 in Copenhagen
    expect(await retentionTick(db, config, evening)).toBeNull();
    const night = new Date('2031-06-02T01:00:00Z'); // 03:00
    expect(await retentionTick(db, config, night)).not.toBeNull();
    expect(await retentionTick(db, config, new Date('2031-06-02T05:00:00Z'))).toBeNull();
  });
});
