/**
 * The floor to compare the app with: plain Hono, no middleware, running the same SQL as the
 * app's person and unit handlers (bench/bare-queries.ts), and the same services as the overview,
 * the 1:1 page and the forum (bench/bare-pages.ts), through the same driver and pool size.
 * The reader is named by the X-Bench-Actor header, so no session is looked up. The same routes
 * under /with-session/ also resolve the session cookie with the app's own loadActor, to tell
 * the session lookup's share of the difference.
 */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { loadConfig } from '../src/server/config.js';
import { loadActor, SESSION_COOKIE } from '../src/modules/auth/session.js';
import type { Db } from '../src/server/db/client.js';
import { openTarget } from './engines.js';
import { listenAndReport, serverTargetFromEnv } from './child.js';
import { actorFor, barePerson, bareUnit, type BareActor } from './bare-queries.js';
import { bareConversation, bareForum, bareOverview } from './bare-pages.js';
import { BENCH_NOTES_MASTER_KEYS } from './note-key.js';

const target = serverTargetFromEnv();
const config = loadConfig({
  NODE_ENV: 'test',
  DEMO: 'false',
  JOBS: 'false',
  NOTES_MASTER_KEYS: BENCH_NOTES_MASTER_KEYS,
});
const database = await openTarget(target, config.databasePoolSize);
const db: Db = database.db;

const actors = new Map<string, Promise<BareActor | null>>();
const cachedActor = (id: string) => {
  let found = actors.get(id);
  if (!found) actors.set(id, (found = actorFor(db, id)));
  return found;
};

async function resolveActor(c: Context, withSession: boolean): Promise<BareActor | null> {
  const id = c.req.header('x-bench-actor');
  if (!id) return null;
  if (withSession) {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token || !(await loadActor(db, config, token, new Date()))) return null;
  }
  return cachedActor(id);
}

const app = new Hono();
for (const prefix of ['', '/with-session']) {
  const withSession = prefix !== '';
  app.get(`${prefix}/api/people/:id`, async (c) => {
    const actor = await resolveActor(c, withSession);
    if (!actor) return c.json({ error: 'unauthenticated' }, 401);
    const body = await barePerson(db, actor, c.req.param('id'));
    return body ? c.json(body) : c.json({ error: 'not found' }, 404);
  });
  app.get(`${prefix}/api/units/:id`, async (c) => {
    const actor = await resolveActor(c, withSession);
    if (!actor) return c.json({ error: 'unauthenticated' }, 401);
    const body = await bareUnit(db, actor, c.req.param('id'));
    return body ? c.json(body) : c.json({ error: 'not found' }, 404);
  });
  app.get(`${prefix}/api/overview`, async (c) => {
    const actor = await resolveActor(c, withSession);
    if (!actor) return c.json({ error: 'unauthenticated' }, 401);
    return c.json(await bareOverview(database, config, actor.actor));
  });
  app.get(`${prefix}/api/conversations/:id`, async (c) => {
    const actor = await resolveActor(c, withSession);
    if (!actor) return c.json({ error: 'unauthenticated' }, 401);
    return c.json(await bareConversation(database, config, actor.actor, c.req.param('id')));
  });
  app.get(`${prefix}/api/forums/:id`, async (c) => {
    const actor = await resolveActor(c, withSession);
    if (!actor) return c.json({ error: 'unauthenticated' }, 401);
    return c.json(await bareForum(database, config, actor.actor, c.req.param('id')));
  });
}

listenAndReport(app.fetch, database);
