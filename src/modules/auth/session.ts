import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { actorSelect, type ActorRow } from '../../server/http/session-actor.js';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../server/db/client.js';
import { preparedStatement } from '../../server/db/prepared.js';
import type { Config } from '../../server/config.js';
import type { Actor } from '../../server/policy/actor.js';
import { sessions } from './schema.js';
import { hashToken, newToken } from './tokens.js';

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

/** Runs on every signed-in request that is not a page resolving its own session. */
const actorBySession = preparedStatement<ActorRow>('auth_load_actor', actorSelect('$1', '$2'));

/** For the benchmark's plans. */
export const actorStatementText = actorBySession.text;

/**
 * Resolves a session cookie to the signed-in actor, or null when the session is unknown,
 * expired or idle too long, or the person was deactivated.
 */
export async function loadActor(
  db: Db,
  config: Config,
  token: string,
  now: Date,
): Promise<{ actor: Actor; csrfToken: string } | null> {
  const id = hashToken(token);
  const [row] = await actorBySession(db, [id, now.toISOString()]);
  if (!row) return null;
  // A remembered session is the person's own device: it ends at its lifetime, not after a quiet spell.
  if (!row.remembered && row.last_seen_ms + config.sessionIdleMinutes * 60_000 < now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  return signedInAs(db, id, row, now);
}

/** The signed-in actor from the lookup's row (here or in a page's statement), touching the session once a minute. */
export async function signedInAs(db: Db, id: string, row: ActorRow, now: Date) {
  if (now.getTime() - row.last_seen_ms > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
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
}

export async function destroySession(db: Db, actor: Actor) {
  await db.delete(sessions).where(and(eq(sessions.orgId, actor.orgId), eq(sessions.id, actor.sessionId)));
}

/** Ends every session of a person (password change, deactivation). */
export async function destroyPersonSessions(db: Db, orgId: string, personId: string) {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.personId, personId)));
}
