import { desc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isOrgAdmin } from '../../../server/policy/actor.js';
import { mailOutbox } from '../../../server/mail/schema.js';
import type { OutboxMail } from '../answers.js';

/**
 * A link carrying a token signs its holder in as the mail's recipient, so it is never shown to
 * anyone else: the recipient follows it from their own mailbox.
 */
const SIGN_IN_LINK = /https?:\/\/\S+?[?&]token=[^\s<>"]+/g;
export const LINK_REMOVED = '[…]';

export function withoutSignInLinks(text: string): { text: string; removed: boolean } {
  const cleaned = text.replace(SIGN_IN_LINK, LINK_REMOVED);
  return { text: cleaned, removed: cleaned !== text };
}

/**
 * The outbox of the demo and of development: what MUP would have mailed, when it mails nothing
 * (config.showOutbox). For the organisation's admins only (404 for everyone else, HR included),
 * with sign-in links taken out.
 */
export async function listOutbox({ ctx }: { ctx: SignedInContext }): Promise<OutboxMail[]> {
  const { db, actor, config } = ctx;
  if (!config.showOutbox || !isOrgAdmin(actor)) throw notFound();
  const rows = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.orgId, actor.orgId))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(200);
  return rows.map((m) => {
    const { text, removed } = withoutSignInLinks(m.text);
    return {
      id: m.id,
      to: m.to,
      subject: m.subject,
      text,
      linkRemoved: removed,
      hasCalendar: Boolean(m.ics),
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    };
  });
}
