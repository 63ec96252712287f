import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from '../org/schema.js';
import { actorColumn, idAndOrg, personColumn } from '../../server/db/columns.js';
import { BELOW_REQUIRED, LICENCE_LEVELS, REVIEW_DECISIONS } from './constants.js';

/**
 * A driving licence a workplace (a unit) defines for one task: what C, B and A mean for it, the
 * level the task needs to be carried alone, and how long a licence is valid.
 */
export const licenceDefinitions = pgTable(
  'licence_definitions',
  {
    ...idAndOrg(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    /** The competence initiative the licence belongs to; wired to the competence module later. */
    initiativeId: uuid('initiative_id'),
    task: text('task').notNull(),
    description: text('description'),
    meaningC: text('meaning_c').notNull(),
    meaningB: text('meaning_b').notNull(),
    meaningA: text('meaning_a').notNull(),
    requiredLevel: text('required_level', { enum: LICENCE_LEVELS }),
    belowRequired: text('below_required', { enum: BELOW_REQUIRED }).notNull().default('warn'),
    /** How many people at the required level (or any level) the department needs. */
    neededHolders: integer('needed_holders'),
    validityMonths: integer('validity_months'),
    createdBy: actorColumn('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('licence_definitions_org_unit_idx').on(t.orgId, t.unitId)],
);

/** The licence a row belongs to: it goes with the licence's definition. */
const ofDefinition = () =>
  uuid('definition_id')
    .notNull()
    .references(() => licenceDefinitions.id, { onDelete: 'cascade' });

/**
 * A practice review: a reviewer watches a person do the task with an agreed focus, records what
 * was seen and decides — the licence at a level, or "not yet" with next steps.
 */
export const practiceReviews = pgTable(
  'practice_reviews',
  {
    ...idAndOrg(),
    definitionId: ofDefinition(),
    personId: personColumn(),
    reviewerId: personColumn('reviewer_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    focus: text('focus').notNull(),
    observed: text('observed'),
    decision: text('decision', { enum: REVIEW_DECISIONS }),
    level: text('level', { enum: LICENCE_LEVELS }),
    reason: text('reason'),
    nextSteps: text('next_steps'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    calendarUid: text('calendar_uid').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('practice_reviews_org_definition_idx').on(t.orgId, t.definitionId),
    index('practice_reviews_org_person_idx').on(t.orgId, t.personId),
    index('practice_reviews_org_reviewer_idx').on(t.orgId, t.reviewerId),
  ],
);

/** A person's licence for a task: one per person and task, renewed in place by a later review. */
export const licences = pgTable(
  'licences',
  {
    ...idAndOrg(),
    definitionId: ofDefinition(),
    personId: personColumn(),
    level: text('level', { enum: LICENCE_LEVELS }).notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
    reviewId: uuid('review_id').references(() => practiceReviews.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('licences_person_task_unique_idx').on(t.orgId, t.definitionId, t.personId),
    index('licences_org_person_idx').on(t.orgId, t.personId),
  ],
);

/** A person assigned to carry a task; below the required level only where the workplace allows it. */
export const taskAssignments = pgTable(
  'licence_task_assignments',
  {
    ...idAndOrg(),
    definitionId: ofDefinition(),
    personId: personColumn(),
    belowRequired: boolean('below_required').notNull().default(false),
    assignedBy: actorColumn('assigned_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('licence_task_assignments_unique_idx').on(t.orgId, t.definitionId, t.personId)],
);
