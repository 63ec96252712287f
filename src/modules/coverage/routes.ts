import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, route } from '../../server/http/route.js';
import { getCoverage } from './services/coverage.js';
import { coverageQuery } from './validation.js';
import { coverageAnswer } from './answers.js';

/** MUS coverage per group of units: numbers only, for HR, organisation admins and MED committee members (policy/actor.ts readsAggregates). */
export function registerCoverageRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/coverage',
      access: 'signedIn',
      description:
        'Per group of units: staff with a held 1:1 in the period, with a goal in focus, and with neither. Groups below the minimum size count in the unit above.',
      request: { query: coverageQuery },
      responses: { 200: json(coverageAnswer) },
    }),
    async (c) =>
      c.json(await getCoverage({ ctx: c.var.ctx as SignedInContext, input: c.req.valid('query') }), 200),
  );
}
