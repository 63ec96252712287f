import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../http/context.js';
import { json, route } from '../http/route.js';
import { listOutbox } from './list.js';
import { outboxAnswer } from '../../shared/outbox.js';

/**
 * The outbox page for development and the demo, so invitations and reset links can be followed
 * without a mail server. 404 when SHOW_OUTBOX is off (production).
 */
export function registerOutboxRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/outbox',
      access: 'signedIn',
      description: 'Admins see every mail of the organisation, others the mails sent to them; newest first.',
      responses: { 200: json(outboxAnswer) },
    }),
    async (c) => c.json({ mails: await listOutbox({ ctx: c.var.ctx as SignedInContext }) }, 200),
  );
}
