import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { isAdmin } from '../policy/actor.js';
import { anonymousLimiter } from './rate-limit.js';
import { apiErrorBody } from '../../shared/errors.js';
import { readJsonBody } from './input.js';
import { idempotent } from './idempotency.js';
import { LIMITS } from '../../shared/limits.js';

/**
 * Every route declares who may call it. `public` is open to anyone (and rate limited);
 * `signedIn` needs a session, and the service then applies the resource's policy
 * (self, nearest leader, team, share…); `admin` is for HR and organisation admins.
 * A test fails when a route is registered without going through `route()`.
 */
export type Access = 'public' | 'signedIn' | 'admin';

/** What a route declared: who may call it, and its answers by status (the tests check every answer against them). */
export interface DeclaredRoute {
  access: Access;
  responses: RouteConfig['responses'];
}

const registry = new Map<string, DeclaredRoute>();

/** `GET /api/people/:id` style keys, as Hono lists its routes. */
export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

export function declaredAccess(): ReadonlyMap<string, Access> {
  return new Map([...registry].map(([key, declared]) => [key, declared.access]));
}

/** Every route by key, in the order they were registered (the order Hono matches them in). */
export function declaredRoutes(): ReadonlyMap<string, DeclaredRoute> {
  return registry;
}

/**
 * The request's context with its session looked up: a session the process remembered (app.ts) is
 * looked up now, so every guard below sees the session as the database has it at this request.
 */
async function checkedContext(c: Context<AppEnv>): Promise<ServiceContext> {
  const ctx = c.get('ctx');
  if (!c.get('rememberedActor')) return ctx;
  c.set('rememberedActor', null);
  const checked = { ...ctx, actor: (await ctx.checkSession?.()) ?? null };
  c.set('ctx', checked);
  return checked;
}

const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!(await checkedContext(c)).actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  await next();
};

/**
 * Signed in, the session checked by the route's own statement (ADR 0024): a remembered session's
 * actor is handed on marked unchecked; the service checks it and calls checkSession if it is gone.
 */
const requireSignedInCheckedByStatement: MiddlewareHandler<AppEnv> = async (c, next) => {
  const remembered = c.get('rememberedActor');
  if (remembered) {
    c.set('rememberedActor', null);
    c.set('ctx', { ...c.get('ctx'), actor: remembered, sessionUnchecked: true });
  } else if (!c.get('ctx').actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  await next();
};

const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = (await checkedContext(c)).actor;
  if (!actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  if (!isAdmin(actor)) throw new ServiceError('FORBIDDEN', 'Only HR and administrators may do this');
  await next();
};

const limitAnonymous: MiddlewareHandler<AppEnv> = async (c, next) => {
  const ctx = await checkedContext(c);
  if (!ctx.actor) await anonymousLimiter.hit(ctx, ctx.ip);
  await next();
};

const openToAll: MiddlewareHandler<AppEnv> = async (c, next) => {
  await checkedContext(c);
  await next();
};

const isRead = (method: string) => method === 'get' || method === 'head';

const guards: Record<Access, MiddlewareHandler<AppEnv>> = {
  public: limitAnonymous,
  signedIn: requireSignedIn,
  admin: requireAdmin,
};

/**
 * Declares an API route with its access. `path` is relative to /api and in OpenAPI form
 * (`/people/{id}`). The guard runs first (so an anonymous caller is counted and refused before
 * anything is read), then the body is read within the route's size limit: a few kilobytes for
 * routes open to anyone, LIMITS.requestBytes for the rest unless `maxBodyBytes` says otherwise.
 */
export function route<
  const R extends Omit<RouteConfig, 'middleware'> & {
    access: Access;
    maxBodyBytes?: number;
    /**
     * false: an anonymous caller is not counted (the health check, which a load balancer calls every
     * few seconds from one address for each process, and the counts are shared by every process).
     */
    rateLimited?: boolean;
    /**
     * 'statement': a signed-in read whose service checks a remembered session in its own statement
     * (ADR 0024; the person page). Every other route's session is looked up before it runs.
     */
    sessionChecked?: 'statement';
  },
>(
  config: R,
): Omit<R, 'access' | 'path' | 'maxBodyBytes' | 'rateLimited' | 'sessionChecked'> & {
  path: `/api${R['path']}`;
  middleware: MiddlewareHandler<AppEnv>[];
} {
  const { access, maxBodyBytes, rateLimited = true, sessionChecked, ...rest } = config;
  if (sessionChecked && (access !== 'signedIn' || !isRead(rest.method)))
    throw new Error(`${rest.path}: only a signed-in read may check its session in its statement`);
  const path = `/api${rest.path}` as const;
  // Every route can fail, and every failure has the one error body.
  const responses = { ...rest.responses, default: errorResponse };
  registry.set(routeKey(rest.method, path), { access, responses });
  const guard =
    access === 'public' && !rateLimited
      ? openToAll
      : sessionChecked
        ? requireSignedInCheckedByStatement
        : guards[access];
  const bodyBytes = maxBodyBytes ?? (access === 'public' ? LIMITS.publicRequestBytes : LIMITS.requestBytes);
  return createRoute({
    ...rest,
    path,
    responses,
    middleware: isRead(rest.method)
      ? // A read has no body to read and nothing to do again: only its guard runs before it.
        [guard]
      : [
          guard,
          readJsonBody(bodyBytes),
          // A write sent again with its Idempotency-Key gets the first answer (idempotency.ts).
          idempotent,
        ],
    security: access === 'public' ? [] : [{ session: [] }],
  }) as never;
}

// Small helpers for the common response shapes, so routes read in one glance.
export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

const errorResponse = json(apiErrorBody, 'An error: its code, reason and message (and the fields at fault)');

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
