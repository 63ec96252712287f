import { and, desc, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { isAdmin } from '../policy/actor.js';
import { people } from '../../modules/org/schema.js';
import { mailOutbox } from './schema.js';
import type { OutboxMail } from '../../shared/outbox.js';

/**
 * The outbox for development and the demo (off in production): admins see every mail of their
 * organisation, anyone else only the mails sent to their own address.
 */
export async function listOutbox({ ctx }: { ctx: SignedInContext }): Promise<OutboxMail[]> {
  const { db, actor, config } = ctx;
  if (!config.showOutbox) throw notFound();
  let onlyTo: string | null = null;
  if (!isAdmin(actor)) {
    const [me] = await db
      .select({ email: people.email })
      .from(people)
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
    if (!me?.email) return [];
    onlyTo = me.email.toLowerCase();
  }
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(
      and(eq(mailOutbox.orgId, actor.orgId), onlyTo ? sql`lower(${mailOutbox.to}) = ${onlyTo}` : undefined),
    )
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(200);
  return rows.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    hasCalendar: Boolean(m.ics),
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}
