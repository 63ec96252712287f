import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { createScimToken, getScimSettings, mapScimGroup, revokeScimToken } from './services/settings.js';
import { createTokenInput, mapGroupInput } from './validation.js';
import { scimSettingsAnswer, scimTokenAnswer } from './answers.js';

/** Provisioning settings for the organisation's admins (the services check the role): the token and the group mapping. */
export function registerScimSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/organisation/scim',
      access: 'admin',
      responses: { 200: json(scimSettingsAnswer) },
    }),
    async (c) => c.json(await getScimSettings({ ctx: c.var.ctx }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/organisation/scim/token',
      access: 'admin',
      request: jsonBody(createTokenInput),
      responses: { 201: json(scimTokenAnswer, 'The new token, shown this once') },
    }),
    async (c) => c.json(await createScimToken({ ctx: c.var.ctx, input: c.req.valid('json') }), 201),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/organisation/scim/token',
      access: 'admin',
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await revokeScimToken({ ctx: c.var.ctx });
      return c.json({ ok: true as const }, 200);
    },
  );

  app.openapi(
    route({
      method: 'put',
      path: '/organisation/scim/groups/{id}',
      access: 'admin',
      request: { params: idParam, ...jsonBody(mapGroupInput) },
      responses: { 200: json(scimSettingsAnswer) },
    }),
    async (c) =>
      c.json(
        await mapScimGroup({
          ctx: c.var.ctx,
          input: { ...c.req.valid('json'), id: c.req.valid('param').id },
        }),
        200,
      ),
  );
}
