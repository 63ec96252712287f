import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../modules/org/schema.js';

/**
 * Every mail is written here in the transaction that causes it and sent by a job afterwards
 * (a transactional outbox). In development and the demo, the outbox page shows these rows.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** Optional calendar invitation (text/calendar) sent as an alternative part. */
    ics: text('ics'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
  },
  (t) => [index('mail_outbox_org_created_idx').on(t.orgId, t.createdAt)],
);
