import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine, type TestEnv } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { JobWorker } from '../../server/jobs/worker.js';
import { os2moConnections, os2moPages } from './schema.js';
import {
  FAKE_CLIENT_ID,
  FAKE_SECRET,
  startFakeOs2mo,
  type FakeOs2mo,
  type Fault,
} from './testing/fake-os2mo.js';
import { snapshot } from './testing/harness.js';
import { smallMunicipality } from './testing/world.js';

let os2mo: FakeOs2mo;
let closedUrl: string;
beforeAll(async () => {
  os2mo = await startFakeOs2mo(smallMunicipality(600));
  const gone = await startFakeOs2mo(smallMunicipality());
  closedUrl = gone.url;
  await gone.close();
});
afterAll(async () => os2mo.close());

async function admin(env: TestEnv) {
  const { database, config } = env;
  const org = await buildOrg(database.db);
  const unit = await buildUnit(database.db, org, { kind: 'administration' });
  const orgAdmin = await buildPerson(database.db, org, { roles: [{ unit, role: 'org_admin' }] });
  const hr = await buildPerson(database.db, org, { roles: [{ unit, role: 'hr' }] });
  return {
    org,
    as: await signInAs(database.db, config, orgAdmin),
    asHr: await signInAs(database.db, config, hr),
  };
}

const connect = (env: TestEnv, as: Awaited<ReturnType<typeof admin>>['as'], body: Record<string, unknown>) =>
  call(env.app, 'PUT', '/api/organisation/os2mo', {
    as,
    body: { endpoint: os2mo.url, clientId: FAKE_CLIENT_ID, clientSecret: FAKE_SECRET, ...body },
  });

async function sync(env: TestEnv, as: Awaited<ReturnType<typeof admin>>['as']) {
  const started = await call(env.app, 'POST', '/api/organisation/os2mo/runs', { as, body: { mode: 'sync' } });
  expect(started.status).toBe(202);
  await new JobWorker(env.database.db, jobHandlers(env.database.db, env.config)).drain();
  return (await call(env.app, 'GET', `/api/organisation/os2mo/runs/${started.json.run.id}`, { as })).json.run;
}

describeEachEngine('OS2mo connection and its failures', (env) => {
  it('keeps the secret sealed and never answers it; only organisation admins set it up', async () => {
    const { database, app } = env();
    const { org, as, asHr } = await admin(env());
    expect((await call(app, 'GET', '/api/organisation/os2mo', { as })).json).toEqual({ connection: null });
    expect((await connect(env(), asHr, {})).status).toBe(403);

    const saved = await connect(env(), as, {});
    expect(saved.status).toBe(200);
    expect(saved.json.connection).toMatchObject({
      endpoint: `${os2mo.url}/graphql/v22`,
      tokenUrl: `${os2mo.url}/auth/realms/mo/protocol/openid-connect/token`,
      tokenUrlDerived: true,
      clientId: FAKE_CLIENT_ID,
      hasSecret: true,
      nightly: false,
    });
    expect(saved.text).not.toContain(FAKE_SECRET);
    const [row] = await database.db.select().from(os2moConnections).where(eq(os2moConnections.orgId, org.id));
    expect(row!.secretSealed).not.toContain(FAKE_SECRET);
    expect(row!.secretSealed.startsWith('v1.')).toBe(true);

    // Leaving the secret out keeps it.
    expect((await connect(env(), as, { clientSecret: undefined, endpoint: `${os2mo.url}/` })).status).toBe(
      200,
    );
    const test = await call(app, 'POST', '/api/organisation/os2mo/test', { as });
    expect(test.json).toEqual({ ok: true, units: 5, employees: 500 });

    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(['os2mo.create', 'os2mo.update']);
    expect(JSON.stringify(audit)).not.toContain(FAKE_SECRET);
    expect((await call(app, 'POST', '/api/organisation/os2mo/test', { as: asHr })).status).toBe(403);
  });

  it('names a wrong secret and an unreachable endpoint, and a sync against them changes nothing', async () => {
    const { database, app } = env();
    const { org, as } = await admin(env());
    const before = await snapshot(database.db, org.id);

    await connect(env(), as, { clientSecret: 'forkert' });
    const wrong = await call(app, 'POST', '/api/organisation/os2mo/test', { as });
    expect(wrong.json).toMatchObject({ ok: false, failure: 'wrong_secret' });
    expect(wrong.json.message).toContain('invalid_client');
    expect(await sync(env(), as)).toMatchObject({ status: 'failed', failure: 'wrong_secret' });

    await connect(env(), as, { endpoint: closedUrl });
    const unreachable = await call(app, 'POST', '/api/organisation/os2mo/test', { as });
    expect(unreachable.json).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(await sync(env(), as)).toMatchObject({ status: 'failed', failure: 'unreachable' });

    expect(await snapshot(database.db, org.id)).toEqual(before);
  });

  const faults: [Fault['kind'], string][] = [
    ['malformed', 'malformed_answer'],
    ['cut_off', 'malformed_answer'],
    ['graphql_error', 'graphql_error'],
    ['server_error', 'unreachable'],
  ];
  for (const [kind, failure] of faults) {
    it(`a ${kind.replace('_', ' ')} page half way fails the sync with ${failure}, and nothing is half-applied`, async () => {
      const { database } = env();
      const { org, as } = await admin(env());
      await connect(env(), as, {});
      const before = await snapshot(database.db, org.id);
      os2mo.fault = { collection: 'employees', page: 1, kind };
      try {
        const run = await sync(env(), as);
        expect(run).toMatchObject({ status: 'failed', failure, phase: 'employees', pages: 2 });
      } finally {
        os2mo.fault = null;
      }
      expect(await snapshot(database.db, org.id)).toEqual(before);
      expect(await database.db.select().from(os2moPages).where(eq(os2moPages.orgId, org.id))).toHaveLength(0);
      // The next sync starts afresh and succeeds.
      expect(await sync(env(), as)).toMatchObject({ status: 'done' });
    });
  }

  it('a preview that does not fit the organisation lists the lines with the import reasons and cannot be applied', async () => {
    const { database, app } = env();
    const { org, as } = await admin(env());
    // Someone made by hand already has Birgitte's address.
    await buildPerson(database.db, org, { email: 'birgitte.holm@kommune.dk', employeeNumber: 'X1' });
    await connect(env(), as, {});
    const started = await call(app, 'POST', '/api/organisation/os2mo/runs', {
      as,
      body: { mode: 'preview' },
    });
    await new JobWorker(database.db, jobHandlers(database.db, env().config)).drain();
    const run = (await call(app, 'GET', `/api/organisation/os2mo/runs/${started.json.run.id}`, { as })).json
      .run;
    expect(run.status).toBe('previewed');
    expect(run.summary.errorCount).toBe(1);
    expect(run.summary.errors[0]).toMatchObject({ kind: 'people', field: 'email', reason: 'email_taken' });
    const refused = await call(app, 'POST', `/api/organisation/os2mo/runs/${run.id}/apply`, { as });
    expect(refused.status).toBe(409);
    expect(refused.json.error.reason).toBe('import_invalid');
    // A second run cannot start while one is under way; another organisation's run is not found.
    const other = await admin(env());
    expect((await call(app, 'GET', `/api/organisation/os2mo/runs/${run.id}`, { as: other.as })).status).toBe(
      404,
    );
  });
});
