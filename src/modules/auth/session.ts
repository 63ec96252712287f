import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../server/db/client.js';
import { preparedStatement } from '../../server/db/prepared.js';
import type { Config } from '../../server/config.js';
import type { Actor } from '../../server/policy/actor.js';
import { sessions } from './schema.js';
import { hashToken, newToken } from './tokens.js';
import { forgetSession, rememberSession } from './session-memory.js';

export const SESSION_COOKIE = 'mup_session';
/** Readable by the page's script, which echoes it in the X-CSRF-Token header on every write. */
export const CSRF_COOKIE = 'mup_csrf';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  config: Config,
  person: { id: string; orgId: string },
  method: 'password' | 'oidc',
  now: Date,
  remembered = false,
): Promise<NewSession> {
  const { token, hash } = newToken();
  const csrfToken = newToken(18).token;
  const lifetimeMs = remembered ? config.sessionRememberDays * 86_400_000 : config.sessionHours * 3600_000;
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  await db.insert(sessions).values({
    id: hash,
    orgId: person.orgId,
    personId: person.id,
    csrfToken,
    method,
    remembered,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export function setSessionCookies(c: Context, config: Config, session: NewSession) {
  const common = {
    path: '/',
    secure: config.secureCookies,
    sameSite: 'Lax' as const,
    expires: session.expiresAt,
  };
  setCookie(c, SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  setCookie(c, CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}

export const sessionTokenFrom = (c: Context) => getCookie(c, SESSION_COOKIE) ?? null;

// Touching last_seen_at on every request would make every read a write; once a minute is enough
// to enforce the idle timeout.
const TOUCH_EVERY_MS = 60_000;

interface ActorRow {
  person_id: string;
  org_id: string;
  csrf_token: string;
  name: string;
  locale: Actor['locale'];
  last_seen_ms: number;
  expires_ms: number;
  remembered: boolean;
  memberships: Actor['memberships'];
}

/*
 * The session, its person and the person's memberships in one prepared statement: this runs on
 * every signed-in request. A deactivated person's sessions answer nothing, nor do sessions begun
 * before their last deactivation once they are active again. $2 is the request's
 * time, not the database's, so the clock the app is given decides expiry (tests move it).
 */
const actorBySession = preparedStatement<ActorRow>(
  'auth_load_actor',
  `select s.person_id, s.org_id, s.csrf_token, p.name, p.locale,
    (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms,
    (extract(epoch from s.expires_at) * 1000)::float8 as expires_ms, s.remembered,
    coalesce((select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role))
      from memberships m where m.org_id = s.org_id and m.person_id = s.person_id), '[]'::json) as memberships
  from sessions s
  join people p on p.org_id = s.org_id and p.id = s.person_id
  where s.id = $1 and s.expires_at > $2::timestamptz and p.active
    and (p.deactivated_at is null or s.created_at > p.deactivated_at)`,
);

/** For the benchmark's plans. */
export const actorStatementText = actorBySession.text;

/**
 * Resolves a session cookie to the signed-in actor, or null when the session is unknown,
 * expired or idle too long, or the person was deactivated.
 */
export const loadActor = (db: Db, config: Config, token: string, now: Date) =>
  loadActorBySession(db, config, hashToken(token), now);

/** The same by the session's id (the token's hash); the process remembers what it found (session-memory.ts). */
export async function loadActorBySession(
  db: Db,
  config: Config,
  id: string,
  now: Date,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const [row] = await actorBySession(db, [id, now.toISOString()]);
  if (!row) {
    forgetSession(id);
    return null;
  }
  // A remembered session is the person's own device: it ends at its lifetime, not after a quiet spell.
  if (!row.remembered && row.last_seen_ms + config.sessionIdleMinutes * 60_000 < now.getTime()) {
    forgetSession(id);
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  let lastSeenMs = row.last_seen_ms;
  if (now.getTime() - row.last_seen_ms > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    lastSeenMs = now.getTime();
  }
  const found = {
    actor: {
      personId: row.person_id,
      orgId: row.org_id,
      name: row.name,
      locale: row.locale,
      memberships: row.memberships,
      sessionId: id,
    },
    csrfToken: row.csrf_token,
  };
  rememberSession(id, {
    ...found,
    checkedAt: now.getTime(),
    lastSeenMs,
    remembered: row.remembered,
    expiresMs: row.expires_ms,
  });
  return found;
}

export async function destroySession(db: Db, actor: Actor) {
  forgetSession(actor.sessionId);
  await db.delete(sessions).where(and(eq(sessions.orgId, actor.orgId), eq(sessions.id, actor.sessionId)));
}

/** Ends every session of a person (password change, deactivation). */
export async function destroyPersonSessions(db: Db, orgId: string, personId: string) {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.personId, personId)));
}
