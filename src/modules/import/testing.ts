// Helpers for the import tests (not used by the app).
import { expect } from 'vitest';
import type { TestEnv } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildUnit,
  signInAs,
  type Org,
  type TestSession,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { jobHandlers } from '../../server/jobs/start.js';
import { JobWorker } from '../../server/jobs/worker.js';

/** An organisation (or `org`) with an HR person, or an org admin, signed in. */
export async function adminOf(env: TestEnv, org?: Org, role: 'hr' | 'org_admin' = 'hr') {
  const { database, config } = env;
  const theOrg = org ?? (await buildOrg(database.db));
  const top = await buildUnit(database.db, theOrg, { kind: 'administration', name: 'HR', externalId: null });
  const hr = await buildPerson(database.db, theOrg, { roles: [{ unit: top, role }] });
  return { org: theOrg, hr, session: await signInAs(database.db, config, hr) };
}

export const csv = (...lines: string[]) => lines.join('\r\n') + '\r\n';

export async function upload(
  env: TestEnv,
  as: TestSession,
  kind: 'units' | 'people',
  content: string,
  filename = `${kind}.csv`,
) {
  return call(env.app, 'POST', '/api/imports', { as, body: { kind, filename, content } });
}

/** Runs queued jobs the way the worker does. */
export async function drainJobs(env: TestEnv) {
  const { database, config } = env;
  await new JobWorker(database.db, jobHandlers(database.db, config)).drain();
}

/** Uploads, checks the preview has no errors, applies and waits; returns the finished import. */
export async function importFile(env: TestEnv, as: TestSession, kind: 'units' | 'people', content: string) {
  const preview = await upload(env, as, kind, content);
  expect(preview.status, JSON.stringify(preview.json)).toBe(201);
  expect(preview.json.errors).toEqual([]);
  const applied = await call(env.app, 'POST', `/api/imports/${preview.json.importId}/apply`, { as });
  expect(applied.status).toBe(202);
  await drainJobs(env);
  const done = await call(env.app, 'GET', `/api/imports/${preview.json.importId}`, { as });
  expect(done.status).toBe(200);
  return { preview: preview.json, result: done.json.import };
}
