import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, jsonBody, route } from '../../server/http/route.js';
import { digestNowAnswer, reminderSettingsAnswer } from './answers.js';
import { reminderSettingsInput } from './validation.js';
import { getReminderSettings, updateReminderSettings } from './services/settings.js';
import { sendDigestNow } from './services/send-now.js';

const signedIn = (c: { var: AppEnv['Variables'] }) => c.var.ctx as SignedInContext;

// A person's own reminder settings: `signedIn`, always about the actor themself.
export function registerReminderRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/reminders/settings',
      access: 'signedIn',
      responses: { 200: json(reminderSettingsAnswer) },
    }),
    async (c) => c.json(await getReminderSettings({ ctx: signedIn(c) }), 200),
  );

  app.openapi(
    route({
      method: 'put',
      path: '/reminders/settings',
      access: 'signedIn',
      request: jsonBody(reminderSettingsInput),
      responses: { 200: json(reminderSettingsAnswer) },
    }),
    async (c) => c.json(await updateReminderSettings({ ctx: signedIn(c), input: c.req.valid('json') }), 200),
  );

  // "Send me a digest now": at most once a minute (429 with Retry-After otherwise).
  app.openapi(
    route({
      method: 'post',
      path: '/reminders/digest',
      access: 'signedIn',
      responses: { 200: json(digestNowAnswer) },
    }),
    async (c) => c.json(await sendDigestNow({ ctx: signedIn(c) }), 200),
  );
}
