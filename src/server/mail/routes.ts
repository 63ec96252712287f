import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { and, desc, eq } from 'drizzle-orm';
import type { AppEnv } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { json, route } from '../http/route.js';
import { mailOutbox } from './schema.js';

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
 * The outbox page for development and the demo: every mail the organisation sent, so invitations
 * and reset links can be followed without a mail server. Off in production.
 */
export function registerOutboxRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(
    route({
      method: 'get',
      path: '/outbox',
      access: 'signedIn',
      responses: { 200: json(z.object({ mails: z.array(outboxMail) })) },
    }),
    async (c) => {
      const { db, actor, config } = c.var.ctx;
      if (!config.showOutbox) throw notFound();
      const rows = await db
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.orgId, actor!.orgId)))
        .orderBy(desc(mailOutbox.createdAt))
        .limit(200);
      return c.json(
        {
          mails: rows.map((m) => ({
            id: m.id,
            to: m.to,
            subject: m.subject,
            text: m.text,
            hasCalendar: Boolean(m.ics),
            createdAt: m.createdAt.toISOString(),
            sentAt: m.sentAt?.toISOString() ?? null,
          })),
        },
        200,
      );
    },
  );
}
