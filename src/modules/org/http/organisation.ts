import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../../server/http/context.js';
import { json, jsonBody, route } from '../../../server/http/route.js';
import { getOrganisation, updateOrganisation } from '../services/organisation-settings.js';
import { organisationInput } from '../validation.js';
import { organisationAnswer } from '../answers.js';

/** The organisation's own details, for its organisation admins (the service checks the role). */
export function registerOrganisationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/organisation',
      access: 'admin',
      responses: { 200: json(organisationAnswer) },
    }),
    async (c) => c.json({ organisation: await getOrganisation({ ctx: c.var.ctx }) }, 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/organisation',
      access: 'admin',
      request: jsonBody(organisationInput),
      responses: { 200: json(organisationAnswer) },
    }),
    async (c) =>
      c.json({ organisation: await updateOrganisation({ ctx: c.var.ctx, input: c.req.valid('json') }) }, 200),
  );
}
