import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import { mailOutbox } from '../src/server/mail/schema.js';

/** The outbox rows addressed to `to` in an organisation, newest first. */
export async function mailsTo(db: Db, orgId: string, to: string) {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.orgId, orgId), sql`lower(${mailOutbox.to}) = ${to.toLowerCase()}`))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
}

/** The token of the set-password link in a mail's text. */
export function linkToken(text: string): string {
  const match = /\/set-password\?token=([\w-]+)/.exec(text);
  if (!match) throw new Error(`no set-password link in:\n${text}`);
  return match[1]!;
}
