import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
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

const requireSignedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('ctx').actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  await next();
};

const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get('ctx').actor;
  if (!actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  if (!isAdmin(actor)) throw new ServiceError('FORBIDDEN', 'Only HR and administrators may do this');
  await next();
};

const limitAnonymous: MiddlewareHandler<AppEnv> = async (c, next) => {
  const ctx = c.get('ctx');
  if (!ctx.actor) await anonymousLimiter.hit(ctx, ctx.ip);
  await next();
};

const openToAll: MiddlewareHandler<AppEnv> = (_c, next) => next();

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
  },
>(
  config: R,
): Omit<R, 'access' | 'path' | 'maxBodyBytes' | 'rateLimited'> & {
  path: `/api${R['path']}`;
  middleware: MiddlewareHandler<AppEnv>[];
} {
  const { access, maxBodyBytes, rateLimited = true, ...rest } = config;
  const path = `/api${rest.path}` as const;
  // Every route can fail, and every failure has the one error body.
  const responses = { ...rest.responses, default: errorResponse };
  registry.set(routeKey(rest.method, path), { access, responses });
  const guard = access === 'public' && !rateLimited ? openToAll : guards[access];
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
