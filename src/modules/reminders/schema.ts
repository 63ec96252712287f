import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';

/** A person's reminder settings; reminders are gathered into one digest mail per person. */
export const reminderPrefs = pgTable(
  'reminder_prefs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    frequency: text('frequency', { enum: ['daily', 'weekly', 'off'] })
      .notNull()
      .default('daily'),
    prepareDaysBefore: integer('prepare_days_before').notNull().default(2),
    circleDeadlineDaysBefore: integer('circle_deadline_days_before').notNull().default(3),
    includeOverdueAgreements: boolean('include_overdue_agreements').notNull().default(true),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] })],
);
