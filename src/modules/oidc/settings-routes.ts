import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { getOrganisation, updateOrganisation } from './services/organisation.js';
import { getOidcSettings, removeOidcSettings, saveOidcSettings } from './services/oidc-settings.js';
import { oidcSettingsInput, organisationInput } from './validation.js';
import { oidcSettingsAnswer, organisationAnswer } from './answers.js';

/** The organisation's own settings, for its organisation admins (the service checks the role). */
export function registerOrganisationSettingsRoutes(app: OpenAPIHono<AppEnv>) {
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
