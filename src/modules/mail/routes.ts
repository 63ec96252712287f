import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../../server/http/context.js';
import { json, route } from '../../server/http/route.js';
import { listOutbox } from './services/list-outbox.js';
import { outboxAnswer } from './answers.js';

/**
 * The outbox page of the demo and development, where MUP sends no mail. 404 when mail is really
 * sent (SMTP_URL) or in production, and for everyone but the organisation's admins.
 */
export function registerOutboxRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/outbox',
      access: 'signedIn',
      description:
        'The organisation’s mail, newest first, for its organisation admins; links that sign someone in are taken out.',
      responses: { 200: json(outboxAnswer) },
    }),
    async (c) => c.json({ mails: await listOutbox({ ctx: c.var.ctx as SignedInContext }) }, 200),
  );
}
