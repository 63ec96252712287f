import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people, units } from '../org/schema.js';
import { forums } from '../forums/schema.js';
import { ENTRY_KINDS } from './constants.js';

/** One mark on a unit's data year-wheel: when which data is collected, or when it is discussed in which forum. */
export const yearWheelEntries = pgTable(
  'year_wheel_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ENTRY_KINDS }).notNull(),
    title: text('title').notNull(),
    /** Which data: "sprogvurderinger", "trivselsmåling", "observationer af overgange". */
    data: text('data'),
    note: text('note'),
    startsOn: date('starts_on').notNull(),
    /** The last day of a collection period; null for a single day. */
    endsOn: date('ends_on'),
    forumId: uuid('forum_id').references(() => forums.id, { onDelete: 'set null' }),
    /** Days before the start that the unit's people get a reminder; null for none. */
    remindDaysBefore: integer('remind_days_before'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('year_wheel_entries_org_unit_idx').on(t.orgId, t.unitId, t.startsOn)],
);

/** A reminder sent: one per entry, start day and person, so a second tick or process sends none. */
export const yearWheelReminders = pgTable(
  'year_wheel_reminders',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => yearWheelEntries.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.entryId, t.startsOn, t.personId] })],
);

/**
 * A person's secret calendar feed of one unit's year-wheel. Only the token's SHA-256 is kept; a new
 * feed or a revocation ends the old address.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_org_token_idx').on(t.orgId, t.tokenHash),
    index('calendar_feeds_org_person_idx').on(t.orgId, t.personId, t.unitId),
  ],
);
