import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { okAnswer } from '../../shared/answers.js';
import { os2moRunAnswer, os2moRunListAnswer, os2moSettingsAnswer, os2moTestAnswer } from './answers.js';
import { applyOs2moPreview, getOs2moRun, listOs2moRuns, startOs2moRun } from './services/runs.js';
import { getOs2moSettings, removeOs2moSettings, saveOs2moSettings } from './services/settings.js';
import { testOs2moConnection } from './services/test-connection.js';
import { os2moSettingsInput, os2moStartRunInput } from './validation.js';

/** The organisation's OS2mo sync, for its organisation admins (the services check the role). */
export function registerOs2moRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/organisation/os2mo',
      access: 'admin',
      responses: { 200: json(os2moSettingsAnswer) },
    }),
    async (c) => c.json(await getOs2moSettings({ ctx: c.var.ctx }), 200),
  );
  app.openapi(
    route({
      method: 'put',
      path: '/organisation/os2mo',
      access: 'admin',
      request: jsonBody(os2moSettingsInput),
      responses: { 200: json(os2moSettingsAnswer) },
    }),
    async (c) => c.json(await saveOs2moSettings({ ctx: c.var.ctx, input: c.req.valid('json') }), 200),
  );
  app.openapi(
    route({
      method: 'delete',
      path: '/organisation/os2mo',
      access: 'admin',
      responses: { 200: json(okAnswer) },
    }),
    async (c) => {
      await removeOs2moSettings({ ctx: c.var.ctx });
      return c.json({ ok: true as const }, 200);
    },
  );
  app.openapi(
    route({
      method: 'post',
      path: '/organisation/os2mo/test',
      access: 'admin',
      responses: { 200: json(os2moTestAnswer) },
    }),
    async (c) => c.json(await testOs2moConnection({ ctx: c.var.ctx }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/organisation/os2mo/runs',
      access: 'admin',
      request: jsonBody(os2moStartRunInput),
      responses: { 202: json(os2moRunAnswer) },
    }),
    async (c) => c.json(await startOs2moRun({ ctx: c.var.ctx, input: c.req.valid('json') }), 202),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/organisation/os2mo/runs',
      access: 'admin',
      responses: { 200: json(os2moRunListAnswer) },
    }),
    async (c) => c.json(await listOs2moRuns({ ctx: c.var.ctx }), 200),
  );
  app.openapi(
    route({
      method: 'get',
      path: '/organisation/os2mo/runs/{id}',
      access: 'admin',
      request: { params: idParam },
      responses: { 200: json(os2moRunAnswer) },
    }),
    async (c) => c.json(await getOs2moRun({ ctx: c.var.ctx, input: c.req.valid('param') }), 200),
  );
  app.openapi(
    route({
      method: 'post',
      path: '/organisation/os2mo/runs/{id}/apply',
      access: 'admin',
      request: { params: idParam },
      responses: { 202: json(os2moRunAnswer) },
    }),
    async (c) => c.json(await applyOs2moPreview({ ctx: c.var.ctx, input: c.req.valid('param') }), 202),
  );
}
