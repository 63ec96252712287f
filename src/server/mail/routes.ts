import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import type { AppEnv, SignedInContext } from '../http/context.js';
import { json, route } from '../http/route.js';
import { listOutbox } from './list.js';

const outboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  hasCalendar: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

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
      responses: { 200: json(z.object({ mails: z.array(outboxMail) })) },
    }),
    async (c) => c.json({ mails: await listOutbox({ ctx: c.var.ctx as SignedInContext }) }, 200),
  );
}
