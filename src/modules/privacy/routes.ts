import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { idParam, json, jsonBody, route } from '../../server/http/route.js';
import { erasureAnswer, exportAnswer, retentionAnswer, retentionRunAnswer } from './answers.js';
import { erasureApplyInput, retentionSaveInput, retentionSwitchInput } from './validation.js';
import { exportMyData } from './services/export.js';
import { eraseOnRequest } from './services/erasure.js';
import {
  getRetention,
  previewSavedRetention,
  saveRetention,
  switchRetention,
} from './services/retention-policy.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

/** GDPR rights (export, erasure) and the organisation's retention rules. */
export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/privacy/export',
      access: 'signedIn',
      description:
        'Everything MUP holds about the signed-in person, per module, with their own private notes (GDPR art. 15).',
      responses: { 200: json(exportAnswer) },
    }),
    async (c) => c.json(await exportMyData({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/privacy/erasures/{id}/preview',
      access: 'admin',
      description: 'What erasing the person would remove and what the law keeps; nothing changes.',
      request: { params: idParam },
      responses: { 200: json(erasureAnswer) },
    }),
    async (c) =>
      c.json(
        await eraseOnRequest({ ctx: signedIn(c), input: { ...c.req.valid('param'), apply: false } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/privacy/erasures/{id}',
      access: 'admin',
      description: 'Erases the person’s personal data (organisation admins, never oneself).',
      request: { params: idParam, ...jsonBody(erasureApplyInput) },
      responses: { 200: json(erasureAnswer) },
    }),
    async (c) =>
      c.json(
        await eraseOnRequest({ ctx: signedIn(c), input: { ...c.req.valid('param'), apply: true } }),
        200,
      ),
  );

  app.openapi(
    route({
      method: 'get',
      path: '/privacy/retention',
      access: 'admin',
      responses: { 200: json(retentionAnswer) },
    }),
    async (c) => c.json(await getRetention({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/privacy/retention',
      access: 'admin',
      description: 'Saves the retention periods; the rules are then off until previewed and switched on.',
      request: jsonBody(retentionSaveInput),
      responses: { 200: json(retentionAnswer) },
    }),
    async (c) => c.json(await saveRetention({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );

  app.openapi(
    route({
      method: 'post',
      path: '/privacy/retention/preview',
      access: 'admin',
      description: 'What the saved rules would remove today, as counts; nothing changes.',
      responses: { 200: json(retentionRunAnswer) },
    }),
    async (c) => c.json(await previewSavedRetention({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/privacy/retention/enabled',
      access: 'admin',
      request: jsonBody(retentionSwitchInput),
      responses: { 200: json(retentionAnswer) },
    }),
    async (c) => c.json(await switchRetention({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );
}
