import { Hono, type Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../../server/config.js';
import type { Database } from '../../server/db/client.js';
import type { AppEnv } from '../../server/http/context.js';
import { ServiceError, fromDatabaseError } from '../../server/http/errors.js';
import { readJsonBody, rejectNulInUrl } from '../../server/http/input.js';
import { describeError, logger } from '../../server/log.js';
import { LIMITS } from '../../shared/limits.js';
import { requireScimToken, type ScimEnv } from './auth.js';
import { SCIM_BASE_PATH } from './constants.js';
import { scimBaseUrl } from './records.js';
import { ScimError, scimInvalid, scimNotFound } from './protocol/errors.js';
import { parsePage } from './protocol/filter.js';
import { patchOperations } from './protocol/patch.js';
import { userFieldsFromBody } from './protocol/user-fields.js';
import { groupFromBody } from './protocol/group-fields.js';
import {
  resourceTypeById,
  resourceTypes,
  schemaById,
  schemas,
  serviceProviderConfig,
} from './protocol/discovery.js';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from './services/users.js';
import {
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  patchGroupResource,
  replaceGroup,
} from './services/groups.js';
import type { ScimCall } from './services/context.js';

const SCIM_JSON = 'application/scim+json';

export interface ScimApiOptions {
  database: Database;
  config: Config;
  now: () => Date;
  clientIp: (c: Context) => string;
}

function answer(c: Context, body: unknown, status: 200 | 201 = 200) {
  return c.body(JSON.stringify(body), status, { 'content-type': SCIM_JSON, 'cache-control': 'no-store' });
}

/** The platform's errors in SCIM's words: a uniqueness conflict, a value, a missing resource, a limit. */
function toScimError(err: unknown): ScimError | null {
  if (err instanceof ScimError) return err;
  const known = err instanceof ServiceError ? err : fromDatabaseError(err);
  if (!known) return null;
  // Deactivating the last organisation admin is not a clash of values but a change refused.
  if (known.reason === 'last_admin') return new ScimError(400, known.message, 'mutability');
  switch (known.code) {
    case 'CONFLICT':
      return new ScimError(409, known.message, 'uniqueness');
    case 'NOT_FOUND':
      return new ScimError(404, known.message);
    case 'UNAUTHENTICATED':
      return new ScimError(401, known.message);
    case 'RATE_LIMITED':
      return new ScimError(429, known.message, undefined, known.retryAfter ?? 60);
    case 'PAYLOAD_TOO_LARGE':
      return new ScimError(413, known.message);
    default:
      return new ScimError(400, known.message, 'invalidValue');
  }
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw scimInvalid('The body is not JSON', 'invalidSyntax');
  }
}

/**
 * The SCIM 2.0 API (RFC 7644) under /scim/v2, outside /api: it answers only the organisation's
 * bearer token (requireScimToken), in SCIM's media type and error body. Bodies are limited and
 * scanned as every /api route's are.
 */
export function registerScimApi(app: OpenAPIHono<AppEnv>, options: ScimApiOptions) {
  const scim = new Hono<ScimEnv>();
  scim.onError((err, c) => {
    const known = toScimError(err);
    if (!known) logger.error(`${c.req.method} ${c.req.path} failed`, describeError(err));
    const error = known ?? new ScimError(500, 'Something went wrong on our side');
    if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
    return c.body(JSON.stringify(error.toBody()), error.status, { 'content-type': SCIM_JSON });
  });
  scim.notFound((c) =>
    c.body(JSON.stringify(scimNotFound('Resource').toBody()), 404, { 'content-type': SCIM_JSON }),
  );
  scim.use('*', async (c, next) => {
    const { database, config, now } = options;
    c.set('ctx', {
      db: database.db,
      engine: database.engine,
      config,
      actor: null,
      now,
      ip: options.clientIp(c),
    });
    await next();
  });
  scim.use('*', rejectNulInUrl);
  scim.use('*', requireScimToken);
  scim.use('*', readJsonBody(LIMITS.requestBytes));

  const call = (c: Context<ScimEnv>): ScimCall => ({ ctx: c.var.ctx, orgId: c.var.scimOrgId });
  const base = () => scimBaseUrl(options.config);
  const page = (c: Context<ScimEnv>) => ({
    filter: c.req.query('filter'),
    excludedAttributes: c.req.query('excludedAttributes'),
    ...parsePage(c.req.query('startIndex'), c.req.query('count')),
  });

  scim.get('/ServiceProviderConfig', (c) => answer(c, serviceProviderConfig(base())));
  scim.get('/ResourceTypes', (c) => answer(c, resourceTypes(base())));
  scim.get('/ResourceTypes/:id', (c) => {
    const found = resourceTypeById(base(), c.req.param('id'));
    if (!found) throw scimNotFound('Resource type');
    return answer(c, found);
  });
  scim.get('/Schemas', (c) => answer(c, schemas(base())));
  scim.get('/Schemas/:id', (c) => {
    const found = schemaById(base(), c.req.param('id'));
    if (!found) throw scimNotFound('Schema');
    return answer(c, found);
  });

  scim.get('/Users', async (c) => answer(c, await listUsers(call(c), page(c))));
  scim.post('/Users', async (c) =>
    answer(c, await createUser(call(c), userFieldsFromBody(await jsonBody(c))), 201),
  );
  scim.get('/Users/:id', async (c) => answer(c, await getUser(call(c), c.req.param('id'))));
  scim.put('/Users/:id', async (c) =>
    answer(c, await replaceUser(call(c), c.req.param('id'), userFieldsFromBody(await jsonBody(c)))),
  );
  scim.patch('/Users/:id', async (c) =>
    answer(c, await patchUser(call(c), c.req.param('id'), patchOperations(await jsonBody(c)))),
  );
  scim.delete('/Users/:id', async (c) => {
    await deleteUser(call(c), c.req.param('id'));
    return c.body(null, 204);
  });

  scim.get('/Groups', async (c) => answer(c, await listGroups(call(c), page(c))));
  scim.post('/Groups', async (c) =>
    answer(c, await createGroup(call(c), groupFromBody(await jsonBody(c))), 201),
  );
  scim.get('/Groups/:id', async (c) =>
    answer(c, await getGroup(call(c), c.req.param('id'), c.req.query('excludedAttributes'))),
  );
  scim.put('/Groups/:id', async (c) =>
    answer(c, await replaceGroup(call(c), c.req.param('id'), groupFromBody(await jsonBody(c)))),
  );
  scim.patch('/Groups/:id', async (c) => {
    await patchGroupResource(call(c), c.req.param('id'), patchOperations(await jsonBody(c)));
    return c.body(null, 204);
  });
  scim.delete('/Groups/:id', async (c) => {
    await deleteGroup(call(c), c.req.param('id'));
    return c.body(null, 204);
  });

  app.route(SCIM_BASE_PATH, scim as unknown as Hono<AppEnv>);
}
