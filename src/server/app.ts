import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { AppEnv } from './http/context.js';
import { ServiceError, fromDatabaseError } from './http/errors.js';
import {
  checkCsrf,
  ensureApiSecurityHeaders,
  prepareApiSecurityHeaders,
  webSecurityHeaders,
} from './http/security.js';
import { checkNulInUrl } from './http/input.js';
import { mountWebApp } from './http/static.js';
import { hashToken, loadActorBySession, recentSession, sessionTokenFrom } from '../modules/auth/index.js';
import { registerRoutes } from './routes.js';
import { registerScimApi } from '../modules/scim/index.js';
import { describeError, logger } from './log.js';

export type App = OpenAPIHono<AppEnv>;

export interface AppOptions {
  config: Config;
  database: Database;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
  now?: () => Date;
}

/** Reasons a schema's custom issue may carry to the error body, most serious first. */
const ISSUE_REASONS = ['cpr_number', 'possible_name', 'date_out_of_range'] as const;

export function createApp({ config, database, serveWeb = true, now = () => new Date() }: AppOptions): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const { issues } = result.error;
        // A date outside the years the database keeps (src/shared/fields.ts), a CPR number or a
        // possible name in progression work: the issue's reason names the error.
        const reason = ISSUE_REASONS.find((r) =>
          issues.some((i) => i.code === 'custom' && i.params?.reason === r),
        );
        throw new ServiceError(
          'VALIDATION',
          'Some fields are not valid',
          reason,
          issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
    },
  });

  const allowedOrigins = [new URL(config.publicUrl).origin];
  /*
   * One step before every route, as each step Hono dispatches through costs every request (the
   * hottest pages' own work is a single statement): API answers get their headers, the request its
   * context and session, writes the CSRF check, URLs the NUL check; everything else (the web app's
   * pages and files) gets the pages' headers. Bodies are read by each route, within its own size
   * limit (route.ts).
   */
  app.use('*', async (c, next) => {
    const path = c.req.path;
    if (path !== '/api' && !path.startsWith('/api/')) return webSecurityHeaders(c, next);
    const started = config.logRequests ? performance.now() : 0;
    prepareApiSecurityHeaders(c);
    const token = sessionTokenFrom(c);
    const sessionId = token ? hashToken(token) : null;
    // A session this process looked up in the last minute is looked up again by the route's guard,
    // or checked in the route's own statement (ADR 0024); any other is looked up here.
    const remembered = sessionId
      ? recentSession(sessionId, now().getTime(), config.sessionIdleMinutes)
      : null;
    const loaded =
      sessionId && !remembered ? await loadActorBySession(database.db, config, sessionId, now()) : null;
    const ip = clientIp(c, config.trustProxy);
    const checkSession = async () =>
      sessionId ? ((await loadActorBySession(database.db, config, sessionId, now()))?.actor ?? null) : null;
    c.set('ctx', {
      db: database.db,
      engine: database.engine,
      config,
      actor: loaded?.actor ?? null,
      now,
      ip,
      checkSession,
    });
    c.set('rememberedActor', remembered?.actor ?? null);
    c.set('csrfToken', (remembered ?? loaded)?.csrfToken ?? null);
    checkCsrf(c, allowedOrigins);
    checkNulInUrl(c.req.url);
    await next();
    ensureApiSecurityHeaders(c);
    if (config.logRequests) {
      logger.info(
        `${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`,
      );
    }
  });

  registerRoutes(app);
  registerScimApi(app, { database, config, now, clientIp: (c) => clientIp(c, config.trustProxy) });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'MUP API',
      version: '1',
      description:
        'The HTTP API of MUP. Sessions use the mup_session cookie; writes need the X-CSRF-Token header.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mup_session',
  });

  app.notFound((c) => c.json(new ServiceError('NOT_FOUND', 'Not found').toBody(), 404));
  app.onError((err, c) => {
    const known =
      err instanceof ServiceError
        ? err
        : err instanceof HTTPException
          ? httpToService(err)
          : fromDatabaseError(err);
    if (known) {
      if (known.retryAfter !== undefined) c.header('Retry-After', String(known.retryAfter));
      else if (known.code === 'RATE_LIMITED') c.header('Retry-After', '60');
      return c.json(known.toBody(), known.status as 400);
    }
    logger.error(`${c.req.method} ${c.req.path} failed`, describeError(err));
    return c.json(new ServiceError('INTERNAL', 'Something went wrong on our side').toBody(), 500);
  });

  if (serveWeb) mountWebApp(app, config.webDir);
  return app;
}

function httpToService(err: HTTPException): ServiceError {
  if (err.status === 413) return new ServiceError('PAYLOAD_TOO_LARGE', 'The request is too large');
  if (err.status === 400) return new ServiceError('VALIDATION', 'The request could not be read');
  if (err.status === 401) return new ServiceError('UNAUTHENTICATED', 'Sign in first');
  return new ServiceError('VALIDATION', err.message || 'Bad request');
}

function clientIp(c: Parameters<typeof getConnInfo>[0], trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; anything before it came from the client and is not to be trusted.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'local';
  }
}
