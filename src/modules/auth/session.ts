import { and, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Db } from '../../server/db/client.js';
import type { Config } from '../../server/config.js';
import type { Actor } from '../../server/policy/actor.js';
import { memberships, people } from '../org/schema.js';
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
): Promise<NewSession> {
  const { token, hash } = newToken();
  const csrfToken = newToken(18).token;
  const expiresAt = new Date(now.getTime() + config.sessionHours * 3600_000);
  await db.insert(sessions).values({
    id: hash,
    orgId: person.orgId,
    personId: person.id,
    csrfToken,
    method,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

export function setSessionCookies(c: Context, config: Config, session: NewSession) {
  const common = { path: '/', secure: config.secureCookies, sameSite: 'Lax' as const, expires: session.expiresAt };
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
  const [row] = await db
    .select({
      session: sessions,
      name: people.name,
      locale: people.locale,
      active: people.active,
    })
    .from(sessions)
    .innerJoin(people, and(eq(people.id, sessions.personId), eq(people.orgId, sessions.orgId)))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || !row.active) return null;
  const idleLimit = row.session.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000;
  if (idleLimit < now.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const ms = await db
    .select({ unitId: memberships.unitId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, row.session.orgId), eq(memberships.personId, row.session.personId)));
  return {
    actor: {
      personId: row.session.personId,
      orgId: row.session.orgId,
      name: row.name,
      locale: row.locale,
      memberships: ms,
      sessionId: id,
    },
    csrfToken: row.session.csrfToken,
  };
}

export async function destroySession(db: Db, actor: Actor) {
  await db.delete(sessions).where(and(eq(sessions.orgId, actor.orgId), eq(sessions.id, actor.sessionId)));
}

/** Ends every session of a person (password change, deactivation). */
export async function destroyPersonSessions(db: Db, orgId: string, personId: string) {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.personId, personId)));
}
