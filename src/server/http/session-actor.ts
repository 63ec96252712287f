import type { Context } from 'hono';
import type { Db } from '../db/client.js';
import type { Actor } from '../policy/actor.js';
import { ADMIN_ROLES } from '../../shared/roles.js';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';

/** The session lookup's row: the signed-in person, their session's CSRF token and memberships. */
export interface ActorRow {
  person_id: string;
  org_id: string;
  csrf_token: string;
  name: string;
  locale: Actor['locale'];
  last_seen_ms: number;
  remembered: boolean;
  memberships: Actor['memberships'];
}

/*
 * The session, its person and the person's memberships. A deactivated person's sessions answer
 * nothing, nor do sessions begun before their last deactivation once they are active again. `now`
 * is the request's time, not the database's, so the clock the app is given decides expiry (tests
 * move it). Written once: auth's session lookup (modules/auth/session.ts) runs it alone, and the
 * hottest pages run it inside their own statement (sessionActorCte, ADR 0019).
 */
export const actorSelect = (
  hash: string,
  now: string,
) => `select s.person_id, s.org_id, s.csrf_token, p.name, p.locale,
    (extract(epoch from s.last_seen_at) * 1000)::float8 as last_seen_ms, s.remembered,
    coalesce((select json_agg(json_build_object('unitId', m.unit_id, 'role', m.role))
      from memberships m where m.org_id = s.org_id and m.person_id = s.person_id), '[]'::json) as memberships
  from sessions s
  join people p on p.org_id = s.org_id and p.id = s.person_id
  where s.id = ${hash} and s.expires_at > ${now}::timestamptz and p.active
    and (p.deactivated_at is null or s.created_at > p.deactivated_at)`;

/*
 * A page that resolves its own session (ADR 0019) starts its statement with this CTE,
 * `session_actor`: the lookup above, plus the idle timeout of a session not remembered, so that a session the lookup would end
 * yields no actor here, and whether the actor is an admin or leads a unit, for the page's rules.
 * The page's parts read the actor from it (`(select org_id from session_actor)`), so when the
 * session is not valid they read and audit nothing. $1 the token's hash, $2 now, $3 the idle
 * timeout in minutes; the page's own values follow from $4.
 */
export const sessionActorCte = `session_actor as (
    select a.*,
      exists (select 1 from json_array_elements(a.memberships) m
        where m->>'role' in (${ADMIN_ROLES.map((r) => `'${r}'`).join(', ')})) as admin,
      exists (select 1 from json_array_elements(a.memberships) m where m->>'role' = 'leader') as leader
    from (${actorSelect('$1', '$2')}
      and (s.remembered or s.last_seen_at >= $2::timestamptz - make_interval(mins => $3::int))) a
  )`;

/** The actor's columns a page statement with sessionActorCte returns beside its own. */
export const SESSION_ACTOR_COLUMNS = `session_actor.person_id as actor_person_id, session_actor.org_id as actor_org_id,
    session_actor.csrf_token as actor_csrf_token, session_actor.name as actor_name, session_actor.locale as actor_locale,
    session_actor.last_seen_ms as actor_last_seen_ms, session_actor.remembered as actor_remembered,
    session_actor.memberships as actor_memberships`;

export type SessionActorColumns = { [K in keyof ActorRow as `actor_${K}`]: ActorRow[K] | null };

const actorRowOf = (row: SessionActorColumns): ActorRow => ({
  person_id: row.actor_person_id!,
  org_id: row.actor_org_id!,
  csrf_token: row.actor_csrf_token!,
  name: row.actor_name!,
  locale: row.actor_locale!,
  last_seen_ms: row.actor_last_seen_ms!,
  remembered: row.actor_remembered!,
  memberships: row.actor_memberships!,
});

/**
 * Runs a page statement that resolves its own session, for a route declared with
 * `actorFromStatement` (route.ts): one round trip where the lookup and the page took two. On
 * success the request's context gets the actor, as the lookup would have set it. When the
 * statement finds no valid session, the ordinary lookup runs (it ends an idle session) and null
 * is returned: the caller then serves the page the ordinary way, or the guard's 401 is thrown.
 */
export async function pageForSession<Row extends SessionActorColumns>(
  c: Context<AppEnv>,
  run: (db: Db, session: [hash: string, now: string, idleMinutes: number]) => Promise<Row[]>,
): Promise<{ actor: Actor; row: Row } | null> {
  const { ctx, sessionId } = c.var;
  // An actor already looked up (createApp's pageSessions: false) leaves the page its ordinary statement.
  if (sessionId && !ctx.actor) {
    const [row] = await run(ctx.db, [sessionId, ctx.now().toISOString(), ctx.config.sessionIdleMinutes]);
    if (row?.actor_person_id) {
      await c.var.adoptActor(actorRowOf(row));
      return { actor: c.var.ctx.actor!, row };
    }
  }
  await c.var.resolveActor();
  if (!c.var.ctx.actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  return null;
}
