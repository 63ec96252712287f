import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, route } from '../../server/http/route.js';
import {
  areaAnswer,
  developmentAnswer,
  homeAnswer,
  supportAnswer,
  overviewAnswer,
  yearSummaryAnswer,
} from './answers.js';
import { areaQuery, yearSchema } from './validation.js';
import { getArea } from './services/area.js';
import { getSupport } from './services/support.js';
import { getOverview } from './services/overview.js';
import { getHome } from './services/home.js';
import { getDevelopment } from './services/development.js';
import { getYearSummary } from './services/year-summary.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

const personParam = z.object({ personId: z.uuid().openapi({ param: { name: 'personId', in: 'path' } }) });
const yearParams = personParam.extend({
  year: yearSchema.openapi({ param: { name: 'year', in: 'path' }, type: 'integer' }),
});

// All are `signedIn`: home and the overview show only the actor's own things and people; the record routes check the person.
export function registerOverviewRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({ method: 'get', path: '/home', access: 'signedIn', responses: { 200: json(homeAnswer) } }),
    async (c) => c.json(await getHome({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({ method: 'get', path: '/overview', access: 'signedIn', responses: { 200: json(overviewAnswer) } }),
    async (c) => c.json(await getOverview({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/development/{personId}',
      access: 'signedIn',
      request: { params: personParam },
      responses: { 200: json(developmentAnswer) },
    }),
    async (c) => c.json(await getDevelopment({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/development/{personId}/year/{year}',
      access: 'signedIn',
      request: { params: yearParams },
      responses: { 200: json(yearSummaryAnswer) },
    }),
    async (c) => c.json(await getYearSummary({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/area',
      access: 'signedIn',
      description:
        'The units whose leaders the actor leads, each with its subtree, in numbers: people, goals in focus, 1:1s in rhythm and overdue, stalled circles. Units below the minimum show their people count only.',
      request: { query: areaQuery },
      responses: { 200: json(areaAnswer) },
    }),
    async (c) => c.json(await getArea({ ctx: signedIn(c), input: c.req.valid('query') }), 200),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/support',
      access: 'signedIn',
      description:
        'For a resource person: the teams and initiatives they support, the practice reviews they are to hold, the licences they may certify and the meetings they facilitate next.',
      responses: { 200: json(supportAnswer) },
    }),
    async (c) => c.json(await getSupport({ ctx: signedIn(c) }), 200),
  );
}
