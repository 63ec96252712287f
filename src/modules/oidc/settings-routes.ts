import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { getOidcSettings, removeOidcSettings, saveOidcSettings } from './services/oidc-settings.js';
import { oidcSettingsInput } from './validation.js';
import { oidcSettingsAnswer } from './answers.js';

/** The organisation's single sign-on, for its organisation admins (the service checks the role). */
export function registerOrganisationSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/organisation/oidc',
      access: 'admin',
      responses: { 200: json(oidcSettingsAnswer) },
    }),
    async (c) => c.json(await getOidcSettings({ ctx: c.var.ctx }), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/organisation/oidc',
      access: 'admin',
      request: jsonBody(oidcSettingsInput),
      responses: { 200: json(oidcSettingsAnswer) },
    }),
    async (c) => c.json(await saveOidcSettings({ ctx: c.var.ctx, input: c.req.valid('json') }), 200),
  );

  app.openapi(
    route({
      method: 'delete',
      path: '/organisation/oidc',
      access: 'admin',
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await removeOidcSettings({ ctx: c.var.ctx });
      return c.json({ ok: true as const }, 200);
    },
  );
}
