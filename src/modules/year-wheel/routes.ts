import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { entryAnswer, feedAnswer, wheelAnswer, wheelUnitsAnswer } from './answers.js';
import { entryInput, feedTokenPattern, updateEntryInput, wheelQuery } from './validation.js';
import { getWheel, listWheelUnits } from './services/wheel.js';
import { createEntry, deleteEntry, updateEntry } from './services/entries.js';
import { createFeed, revokeFeed } from './services/feeds.js';
import { calendarFeed } from './services/feed.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const feedParams = z.object({
  orgId: z.uuid().openapi({ param: { name: 'orgId', in: 'path' } }),
  token: z
    .string()
    .regex(feedTokenPattern, 'Not a calendar address')
    .openapi({ param: { name: 'token', in: 'path' } }),
});

// `signedIn` for the wheel (who reads and edits follows from the unit: access.ts); the calendar
// feed is `public`, its secret address standing in for a session.
export function registerYearWheelRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/year-wheel/units',
      access: 'signedIn',
      responses: { 200: json(wheelUnitsAnswer) },
    }),
    async (c) => c.json(await listWheelUnits({ ctx: signedIn(c) }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/units/{id}/year-wheel',
      access: 'signedIn',
      request: { params: idParam, query: wheelQuery },
      responses: { 200: json(wheelAnswer) },
    }),
    async (c) =>
      c.json(
        await getWheel({ ctx: signedIn(c), input: { ...c.req.valid('query'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/units/{id}/year-wheel/entries',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(entryInput) },
      responses: { 201: json(entryAnswer, 'Created') },
    }),
    async (c) =>
      c.json(
        await createEntry({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        201,
      ),
  );
  app.openapi(
    route({
      method: 'patch',
      path: '/year-wheel/entries/{id}',
      access: 'signedIn',
      request: { params: idParam, ...jsonBody(updateEntryInput) },
      responses: { 200: json(entryAnswer) },
    }),
    async (c) =>
      c.json(
        await updateEntry({ ctx: signedIn(c), input: { ...c.req.valid('json'), ...c.req.valid('param') } }),
        200,
      ),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/year-wheel/entries/{id}',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await deleteEntry({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/units/{id}/year-wheel/feed',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 201: json(feedAnswer, 'Created') },
    }),
    async (c) => c.json(await createFeed({ ctx: signedIn(c), input: c.req.valid('param') }), 201),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/units/{id}/year-wheel/feed',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(okAnswer) },
    }),
    async (c) => c.json(await revokeFeed({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/calendar/{orgId}/{token}',
      access: 'public',
      request: { params: feedParams },
      responses: {
        200: {
          description: 'The unit’s year-wheel as an iCalendar feed (RFC 5545)',
          content: { 'text/calendar': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const body = await calendarFeed({ ctx: c.var.ctx, input: c.req.valid('param') });
      return c.body(body, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=900',
      });
    },
  );
}
