import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations, people, teams } from '../org/schema.js';
import { frameItems } from '../framing/schema.js';
import { GOAL_SOURCES, GOAL_STATUSES } from './constants.js';

export { GOAL_SOURCES, GOAL_STATUSES };

/**
 * A learning goal of a subject: a person or a team (team goals and personal goals are the same
 * thing with a different owner). At most two in focus per subject, enforced by the service.
 */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    subjectPersonId: uuid('subject_person_id').references(() => people.id, { onDelete: 'cascade' }),
    subjectTeamId: uuid('subject_team_id').references(() => teams.id, { onDelete: 'cascade' }),
    frameItemId: uuid('frame_item_id').references(() => frameItems.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    why: text('why'),
    progressSigns: text('progress_signs'),
    source: text('source', { enum: GOAL_SOURCES }).notNull().default('practice'),
    status: text('status', { enum: GOAL_STATUSES }).notNull().default('in_focus'),
    statusReason: text('status_reason'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('goals_org_person_idx').on(t.orgId, t.subjectPersonId, t.status),
    index('goals_org_team_idx').on(t.orgId, t.subjectTeamId, t.status),
    check('goals_one_subject', sql`(${t.subjectPersonId} is null) <> (${t.subjectTeamId} is null)`),
  ],
);

/** The history of a goal's status: in focus → achieved / put aside (and back), with reasons. */
export const goalEvents = pgTable(
  'goal_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id').references(() => people.id, { onDelete: 'set null' }),
    fromStatus: text('from_status', { enum: GOAL_STATUSES }),
    toStatus: text('to_status', { enum: GOAL_STATUSES }).notNull(),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_events_org_goal_idx').on(t.orgId, t.goalId, t.at)],
);

/** A goal (or its finished circle) shared by its owner with a colleague or a team. */
export const goalShares = pgTable(
  'goal_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('goal_shares_org_goal_idx').on(t.orgId, t.goalId),
    index('goal_shares_org_person_idx').on(t.orgId, t.personId),
    index('goal_shares_org_team_idx').on(t.orgId, t.teamId),
    check('goal_shares_one_target', sql`(${t.personId} is null) <> (${t.teamId} is null)`),
  ],
);
