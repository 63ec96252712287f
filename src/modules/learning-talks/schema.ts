import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, units } from '../org/schema.js';
import { TALK_CADENCES } from './constants.js';

/**
 * A learning conversation (004) between a unit and the level above on a data package the product
 * assembles: the agreed learning focus, the unit's own notes and links, what was said, and the
 * agreed next step that the next conversation follows up.
 */
export const learningTalks = pgTable(
  'learning_talks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    cadence: text('cadence', { enum: TALK_CADENCES }).notNull(),
    heldOn: date('held_on').notNull(),
    /** The package covers what happened from here to heldOn. */
    periodStart: date('period_start').notNull(),
    focus: text('focus').notNull().default(''),
    unitNotes: text('unit_notes').notNull().default(''),
    links: jsonb('links').$type<{ title: string; url: string }[]>().notNull().default([]),
    conversationNotes: text('conversation_notes').notNull().default(''),
    followUp: text('follow_up').notNull().default(''),
    nextStep: text('next_step').notNull().default(''),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('learning_talks_org_unit_idx').on(t.orgId, t.unitId, t.heldOn)],
);
