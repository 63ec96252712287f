import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildUnit,
  signInAs,
  type Org,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import type { Db } from '../../server/db/client.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { nearestLeaders } from '../../server/policy/nearest-leaders.js';
import { memberships, people, units } from '../org/schema.js';
import { os2moPages, os2moRuns } from './schema.js';
import { continueRun } from './sync/run.js';
import { queueNightlySyncs } from './job.js';
import { copenhagenTime } from '../../shared/time.js';
import { FAKE_CLIENT_ID, FAKE_SECRET, startFakeOs2mo, type FakeOs2mo } from './testing/fake-os2mo.js';
import { snapshot } from './testing/harness.js';
import { smallMunicipality, unitUuid } from './testing/world.js';
import type { TestEnv } from '../../../test/engines.js';

let os2mo: FakeOs2mo;
beforeAll(async () => {
  // 1,100 extra employees: three pages of employees and of engagements (500 a page).
  os2mo = await startFakeOs2mo(smallMunicipality(1100));
});
afterAll(async () => os2mo.close());

async function setUp(env: TestEnv) {
  const { database, config, app } = env;
  const org = await buildOrg(database.db);
  const admin = await buildPerson(database.db, org, {
    roles: [{ unit: await buildUnit(database.db, org, { kind: 'administration' }), role: 'org_admin' }],
  });
  const as = await signInAs(database.db, config, admin);
  const saved = await call(app, 'PUT', '/api/organisation/os2mo', {
    as,
    body: { endpoint: os2mo.url, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_SECRET },
  });
  expect(saved.status).toBe(200);
  return { org, admin, as };
}

/** Starts a run as the admin, lets the job worker carry it out, and answers the run as it ended. */
async function run(env: TestEnv, as: Awaited<ReturnType<typeof setUp>>['as'], mode: 'preview' | 'sync') {
  const started = await call(env.app, 'POST', '/api/organisation/os2mo/runs', { as, body: { mode } });
  expect(started.status).toBe(202);
  await new JobWorker(env.database.db, jobHandlers(env.database.db, env.config)).drain();
  const read = await call(env.app, 'GET', `/api/organisation/os2mo/runs/${started.json.run.id}`, { as });
  return read.json.run;
}

const personByNumber = async (db: Db, org: Org, number: string): Promise<Person> => {
  const [p] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, org.id), eq(people.employeeNumber, number)));
  return p!;
};

const rolesOf = async (db: Db, org: Org, person: Person) => {
  const rows = await db
    .select({ role: memberships.role, unit: units.externalId, source: memberships.source })
    .from(memberships)
    .innerJoin(units, eq(units.id, memberships.unitId))
    .where(and(eq(memberships.orgId, org.id), eq(memberships.personId, person.id)));
  return rows.map((r) => `${r.role}@${r.unit}:${r.source ?? 'hand'}`).sort();
};

describeEachEngine('OS2mo sync', (env) => {
  it('previews the first sync without changing anything, applies it, and a second sync changes nothing', async () => {
    const { database, app } = env();
    const { org, as } = await setUp(env());
    const before = await snapshot(database.db, org.id);

    const preview = await run(env(), as, 'preview');
    expect(preview).toMatchObject({ mode: 'preview', status: 'previewed', phase: 'complete', failure: null });
    expect(preview.summary).toMatchObject({
      units: { total: 5, create: 5, update: 0, unchanged: 0 },
      people: { create: 1106, update: 0, deactivated: 0 },
      errorCount: 0,
    });
    // The import's sample rows: key and name of the first units to be created.
    expect(preview.summary.units.sample.create[0]).toMatchObject({
      key: unitUuid('buf'),
      name: 'Børne- og Ungeforvaltningen',
    });
    // Three pages of employees and of engagements, one of units and of managers.
    expect(preview.pages).toBe(8);
    expect(
      os2mo.queries.every((q) => q.includes('page_info { next_cursor }') && q.includes('current {')),
    ).toBe(true);
    expect(await snapshot(database.db, org.id)).toEqual(before);

    const applied = await call(app, 'POST', `/api/organisation/os2mo/runs/${preview.id}/apply`, { as });
    expect(applied.status).toBe(202);
    await new JobWorker(database.db, jobHandlers(database.db, env().config)).drain();
    const done = (await call(app, 'GET', `/api/organisation/os2mo/runs/${preview.id}`, { as })).json.run;
    expect(done).toMatchObject({ status: 'done', summary: { people: { create: 1106 } } });
    const pages = await database.db.select().from(os2moPages).where(eq(os2moPages.runId, preview.id));
    expect(pages).toHaveLength(0);

    const after = await snapshot(database.db, org.id);
    expect(after.units).toContain(`${unitUuid('roed')} Rød stue < ${unitUuid('mb')}`);
    expect(after.units).toContain(`${unitUuid('buf')} Børne- og Ungeforvaltningen < -`);
    // Dorthe: two engagements in two units, the first job function as her title.
    const dorthe = await personByNumber(database.db, org, '1004');
    expect(dorthe).toMatchObject({ name: 'Dorthe Æbelø', jobTitle: 'Pædagog', email: null, active: true });
    expect(await rolesOf(database.db, org, dorthe)).toEqual(
      [`employee@${unitUuid('mb')}:os2mo`, `employee@${unitUuid('roed')}:os2mo`].sort(),
    );
    // A manager is the unit's leader, not also its employee.
    const mads = await personByNumber(database.db, org, '1003');
    expect(await rolesOf(database.db, org, mads)).toEqual([`leader@${unitUuid('mb')}:os2mo`]);
    // Solsikken's manager post is vacant: Sofie is led from Område Nord, by Anne.
    const sofie = await personByNumber(database.db, org, '1005');
    const anne = await personByNumber(database.db, org, '1002');
    expect((await nearestLeaders(database.db, org.id, [sofie.id])).get(sofie.id)).toEqual([
      { id: anne.id, name: anne.name },
    ]);

    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['os2mo.create', 'os2mo.preview_requested', 'os2mo.synced']),
    );
    expect(JSON.stringify(audit)).not.toContain('Dorthe');

    // The nightly sync is on now; a sync with nothing new changes nothing.
    const settings = await call(app, 'GET', '/api/organisation/os2mo', { as });
    expect(settings.json.connection.nightly).toBe(true);
    const again = await run(env(), as, 'sync');
    expect(again.summary).toMatchObject({
      units: { create: 0, update: 0, unchanged: 5 },
      people: {
        create: 0,
        update: 0,
        unchanged: 1106,
        membershipsAdded: 0,
        membershipsRemoved: 0,
        deactivated: 0,
      },
    });
    expect(await snapshot(database.db, org.id)).toEqual(after);
  }, 120_000);

  it('follows a moved unit, a changed engagement and a person who leaves; a leader set by hand stays', async () => {
    const { database } = env();
    const { org, as } = await setUp(env());
    const world = os2mo.org;
    const saved = structuredClone(world);
    try {
      expect((await run(env(), as, 'sync')).status).toBe('done');
      // By hand, an admin makes Jonas leader of Solsikken.
      const jonas = await personByNumber(database.db, org, '1006');
      const [sol] = await database.db
        .select()
        .from(units)
        .where(and(eq(units.orgId, org.id), eq(units.externalId, unitUuid('sol'))));
      await database.db
        .insert(memberships)
        .values({ orgId: org.id, personId: jonas.id, unitId: sol!.id, role: 'leader' });

      // In OS2mo: Solsikken moves up under the department, Dorthe leaves Rød stue, Sofie leaves.
      world.units.find((u) => u.uuid === unitUuid('sol'))!.parent = unitUuid('buf');
      world.engagements = world.engagements.filter(
        (e) =>
          !(e.person === world.employees[3]!.uuid && e.unit === unitUuid('roed')) &&
          e.person !== world.employees[4]!.uuid,
      );
      const result = await run(env(), as, 'sync');
      expect(result.status).toBe('done');
      expect(result.summary).toMatchObject({
        units: { update: 1 },
        people: { membershipsRemoved: 1, deactivated: 1 },
        handSetLeaders: 1,
      });
      expect(result.summary.units.sample.update[0]).toMatchObject({
        key: unitUuid('sol'),
        changes: ['parent_code'],
      });

      const [moved] = await database.db.select().from(units).where(eq(units.id, sol!.id));
      const [buf] = await database.db
        .select()
        .from(units)
        .where(and(eq(units.orgId, org.id), eq(units.externalId, unitUuid('buf'))));
      expect(moved!.parentId).toBe(buf!.id);
      const dorthe = await personByNumber(database.db, org, '1004');
      expect(await rolesOf(database.db, org, dorthe)).toEqual([`employee@${unitUuid('mb')}:os2mo`]);
      // Sofie is deactivated, not deleted, and keeps her last place.
      const sofie = await personByNumber(database.db, org, '1005');
      expect(sofie).toMatchObject({ active: false });
      expect(sofie.deactivatedAt).toBeInstanceOf(Date);
      expect(await rolesOf(database.db, org, sofie)).toEqual([`employee@${unitUuid('sol')}:os2mo`]);
      // Jonas's leadership was set by hand: it survives, marked as such.
      expect(await rolesOf(database.db, org, jonas)).toEqual(
        [`employee@${unitUuid('roed')}:os2mo`, `leader@${unitUuid('sol')}:hand`].sort(),
      );

      // Sofie comes back.
      Object.assign(world, structuredClone(saved));
      const back = await run(env(), as, 'sync');
      expect(back.summary.people.reactivated).toBe(1);
      expect(await personByNumber(database.db, org, '1005')).toMatchObject({ active: true });
    } finally {
      Object.assign(world, saved);
    }
  }, 120_000);

  it('a sync cut off half way and carried on ends as one that was not cut off', async () => {
    const { database, config } = env();
    const whole = await setUp(env());
    expect((await run(env(), whole.as, 'sync')).status).toBe('done');

    const cut = await setUp(env());
    const started = await call(env().app, 'POST', '/api/organisation/os2mo/runs', {
      as: cut.as,
      body: { mode: 'sync' },
    });
    const runId = started.json.run.id as string;
    class Crash extends Error {}
    // The process dies after the second page of engagements is stored.
    await expect(
      continueRun(database.db, config, cut.org.id, runId, {
        afterPage: (phase, page) => {
          if (phase === 'engagements' && page === 6) throw new Crash('killed');
        },
      }),
    ).rejects.toBeInstanceOf(Crash);
    const [halfway] = await database.db.select().from(os2moRuns).where(eq(os2moRuns.id, runId));
    expect(halfway).toMatchObject({ status: 'fetching', phase: 'engagements', pages: 6 });
    expect((await snapshot(database.db, cut.org.id)).people).toHaveLength(1);

    const requestsBefore = { ...os2mo.requests };
    // The job is claimed again once its lease runs out: the worker carries the run on.
    await continueRun(database.db, config, cut.org.id, runId);
    // Only the pages not yet read are asked for again: one of engagements, one of managers.
    expect(os2mo.requests.engagements! - requestsBefore.engagements!).toBe(1);
    expect(os2mo.requests.employees).toBe(requestsBefore.employees);

    const strip = (s: Awaited<ReturnType<typeof snapshot>>) => ({
      ...s,
      people: s.people.filter((p) => !p.startsWith('E')),
      memberships: s.memberships.filter((m) => !m.startsWith('E')),
      units: s.units.filter((u) => !u.startsWith('#')),
    });
    expect(strip(await snapshot(database.db, cut.org.id))).toEqual(
      strip(await snapshot(database.db, whole.org.id)),
    );
  }, 120_000);
});

describeEachEngine('OS2mo nightly sync', (env) => {
  it('queues one sync a night, from 02:00 Copenhagen time, for organisations that follow OS2mo', async () => {
    const { database } = env();
    const { org, as } = await setUp(env());
    const runsOf = async () =>
      (await database.db.select().from(os2moRuns).where(eq(os2moRuns.orgId, org.id))).length;
    // Not yet followed: no nightly sync until a sync has been applied.
    await queueNightlySyncs(database.db, copenhagenTime(2031, 3, 4, 3));
    expect(await runsOf()).toBe(0);
    expect((await run(env(), as, 'sync')).status).toBe('done');

    expect(await queueNightlySyncs(database.db, copenhagenTime(2031, 3, 5, 1))).toBe(0);
    expect(await runsOf()).toBe(1);
    expect(await queueNightlySyncs(database.db, copenhagenTime(2031, 3, 5, 2, 5))).toBeGreaterThanOrEqual(1);
    expect(await runsOf()).toBe(2);
    // The night is claimed: a second tick, or a second process, queues nothing more.
    expect(await queueNightlySyncs(database.db, copenhagenTime(2031, 3, 5, 2, 10))).toBeNull();
    await new JobWorker(database.db, jobHandlers(database.db, env().config)).drain();
    const [latest] = await database.db
      .select()
      .from(os2moRuns)
      .where(eq(os2moRuns.orgId, org.id))
      .orderBy(desc(os2moRuns.createdAt))
      .limit(1);
    expect(latest).toMatchObject({ mode: 'sync', status: 'done', createdBy: null });
  }, 120_000);
});
