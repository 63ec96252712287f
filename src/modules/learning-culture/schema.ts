import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, teams } from '../org/schema.js';

/**
 * A learning-culture self-assessment (003): the beacons scored as things stand, by a leader for
 * themselves (`personId`) or by a team together (`teamId`), with a reflection in their own words.
 * Taken again later, the rows make the trend. `client_key` makes a double tap land once.
 */
export const cultureAssessments = pgTable(
  'culture_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    takenOn: date('taken_on').notNull(),
    scores: integer('scores').array().$type<number[]>().notNull(),
    note: text('note').notNull().default(''),
    clientKey: text('client_key').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('culture_assessments_key_idx').on(t.orgId, t.clientKey),
    index('culture_assessments_person_idx').on(t.orgId, t.personId),
    index('culture_assessments_team_idx').on(t.orgId, t.teamId),
  ],
);

/**
 * A trend shared: a leader's with their own nearest leaders, a team's with its unit's leaders.
 * No row, not shared — the trend is the person's or the team's own.
 */
export const cultureShares = pgTable(
  'culture_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    sharedBy: uuid('shared_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('culture_shares_person_idx').on(t.orgId, t.personId),
    uniqueIndex('culture_shares_team_idx').on(t.orgId, t.teamId),
  ],
);
