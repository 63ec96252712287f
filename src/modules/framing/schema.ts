import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, units } from '../org/schema.js';
import { FRAME_ITEM_KINDS } from './constants.js';

export { FRAME_ITEM_KINDS };

/** A leader's frame for a unit and a period: the items inside which goals are chosen. */
export const frames = pgTable(
  'frames',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    intro: text('intro'),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('frames_org_unit_idx').on(t.orgId, t.unitId, t.periodStart)],
);

export const frameItems = pgTable(
  'frame_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    frameId: uuid('frame_id')
      .notNull()
      .references(() => frames.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FRAME_ITEM_KINDS }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('frame_items_org_frame_idx').on(t.orgId, t.frameId)],
);
