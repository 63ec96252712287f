import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, route } from '../../server/http/route.js';
import { teamDevelopment, teamNudges } from './services/development.js';
import { teamDevelopmentAnswer, teamNudgesAnswer } from './answers.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

// `signedIn`: whose a team's content is (its members and nearest leaders) is decided per team.
export function registerTeamDevelopmentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/teams/{id}/development',
      access: 'signedIn',
      request: { params: idParam },
      responses: { 200: json(teamDevelopmentAnswer) },
    }),
    async (c) => c.json(await teamDevelopment({ ctx: signedIn(c), input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/team-nudges',
      access: 'signedIn',
      responses: { 200: json(teamNudgesAnswer) },
    }),
    async (c) => c.json(await teamNudges({ ctx: signedIn(c) }), 200),
  );
}
