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
import { LEVELS, SUBJECT_KINDS } from './constants.js';

/**
 * The areas a unit follows progression in (language, social, motor …), in its own words. A unit
 * without its own list uses the nearest unit above that has one, so an area can set them once.
 */
export const progressionAreas = pgTable(
  'progression_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('progression_areas_unit_name_idx').on(t.orgId, t.unitId, t.name)],
);

/**
 * A progression course (004's progression model): challenge → initiative → outcome for a group of
 * children or a citizen's course, under a pseudonym or a group's name — never a name or CPR number.
 */
export const progressionCourses = pgTable(
  'progression_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    subjectKind: text('subject_kind', { enum: SUBJECT_KINDS }).notNull(),
    label: text('label').notNull(),
    challenge: text('challenge').notNull().default(''),
    initiative: text('initiative').notNull().default(''),
    outcome: text('outcome').notNull().default(''),
    startedOn: date('started_on').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('progression_courses_org_unit_idx').on(t.orgId, t.unitId)],
);

/** One area's level for a course on a day; a second save of the same day replaces it (a double tap). */
export const progressionRatings = pgTable(
  'progression_ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => progressionCourses.id, { onDelete: 'cascade' }),
    area: text('area').notNull(),
    ratedOn: date('rated_on').notNull(),
    level: text('level', { enum: LEVELS }).notNull(),
    note: text('note'),
    ratedBy: uuid('rated_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('progression_ratings_unique_idx').on(t.orgId, t.courseId, t.area, t.ratedOn),
    index('progression_ratings_org_day_idx').on(t.orgId, t.ratedOn),
  ],
);

/**
 * How many of a unit's own courses stood at each level in an area and quarter, each course counted
 * once at its latest rating that quarter: the overviews' numbers, kept when a rating is recorded or
 * a course deleted (counts.ts) instead of found among every rating of the subtree on each read —
 * an area's overview read about 18,000 ratings for 635 numbers (docs/benchmarks.md). Keyed by the
 * course's own unit, so a unit moved in the tree takes its counts along.
 */
export const progressionCounts = pgTable(
  'progression_counts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    area: text('area').notNull(),
    /** The quarter's first day. */
    quarter: date('quarter').notNull(),
    red: integer('red').notNull().default(0),
    yellow: integer('yellow').notNull().default(0),
    green: integer('green').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.unitId, t.area, t.quarter] })],
);
