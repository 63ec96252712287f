import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organisations, people, teams } from '../org/schema.js';
import { inquiries } from '../inquiry/schema.js';
import {
  MEASURE_DIRECTIONS,
  MEASURE_FREQUENCIES,
  MEASURE_KINDS,
  QUALITY_ROLES,
  TRIAL_CONCLUSIONS,
  TRIAL_OUTCOMES,
  WORK_LEVELS,
} from './constants.js';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const teamId = () =>
  uuid('team_id')
    .notNull()
    .references(() => teams.id, { onDelete: 'cascade' });
const createdBy = () => uuid('created_by').references(() => people.id, { onDelete: 'set null' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Who holds which of the four roles on a quality team (each role holder is also on the team). */
export const qualityTeamRoles = pgTable(
  'quality_team_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    teamId: teamId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: QUALITY_ROLES }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('quality_team_roles_person_idx').on(t.orgId, t.teamId, t.personId),
    index('quality_team_roles_of_idx').on(t.orgId, t.personId),
  ],
);

/** A development point, or an improvement action under one. */
export const qualityWorkItems = pgTable(
  'quality_work_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    teamId: teamId(),
    level: text('level', { enum: WORK_LEVELS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => qualityWorkItems.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('quality_work_items_team_idx').on(t.orgId, t.teamId)],
);

/** Something a team counts or scores over time, with the range a value may take. */
export const qualityMeasures = pgTable(
  'quality_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    teamId: teamId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: MEASURE_KINDS }).notNull(),
    unit: text('unit').notNull(),
    frequency: text('frequency', { enum: MEASURE_FREQUENCIES }).notNull(),
    recorder: text('recorder').notNull(),
    direction: text('direction', { enum: MEASURE_DIRECTIONS }).notNull(),
    minValue: doublePrecision('min_value').notNull(),
    maxValue: doublePrecision('max_value').notNull(),
    /** The run chart's median frozen to the first this many points; null: not frozen. */
    baselinePoints: integer('baseline_points'),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('quality_measures_team_idx').on(t.orgId, t.teamId)],
);

/** One recorded value; `client_key` makes a repeated submission (a double tap) land once. */
export const qualityDataPoints = pgTable(
  'quality_data_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => qualityMeasures.id, { onDelete: 'cascade' }),
    on: date('on').notNull(),
    value: doublePrecision('value').notNull(),
    clientKey: text('client_key').notNull(),
    recordedBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('quality_data_points_key_idx').on(t.orgId, t.measureId, t.clientKey),
    uniqueIndex('quality_data_points_day_idx').on(t.orgId, t.measureId, t.on),
  ],
);

/** A change marked on a measure's chart; one that starts a phase splits the series there. */
export const qualityMeasureChanges = pgTable(
  'quality_measure_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => qualityMeasures.id, { onDelete: 'cascade' }),
    on: date('on').notNull(),
    label: text('label').notNull(),
    startsPhase: boolean('starts_phase').notNull().default(false),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('quality_measure_changes_idx').on(t.orgId, t.measureId)],
);

/** A trial action: a PDSA cycle (the inquiry) testing an improvement action, and what came of it. */
export const qualityTrials = pgTable(
  'quality_trials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    teamId: teamId(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => qualityWorkItems.id, { onDelete: 'cascade' }),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startedOn: date('started_on').notNull(),
    measureId: uuid('measure_id').references(() => qualityMeasures.id, { onDelete: 'set null' }),
    outcome: text('outcome', { enum: TRIAL_OUTCOMES }),
    conclusion: text('conclusion', { enum: TRIAL_CONCLUSIONS }),
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [
    index('quality_trials_team_idx').on(t.orgId, t.teamId),
    index('quality_trials_measure_idx').on(t.orgId, t.measureId),
  ],
);

/** Data work before / during / after (004): the inquiry, and the measures that are its numbers. */
export const qualityDataWorks = pgTable(
  'quality_data_works',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    teamId: teamId(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    measureIds: jsonb('measure_ids').$type<string[]>().notNull().default([]),
    createdBy: createdBy(),
    createdAt: createdAt(),
  },
  (t) => [index('quality_data_works_team_idx').on(t.orgId, t.teamId)],
);
