import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, teams, units } from '../org/schema.js';
import { ACTION_STATUSES, LEVER_KEYS } from './constants.js';

/**
 * A lever plan: a unit's (made by its leaders) or a team's plan for a period, built from levers
 * of the toolbox. Exactly one of unit and team is set.
 */
export const leverPlans = pgTable(
  'lever_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lever_plans_org_unit_idx').on(t.orgId, t.unitId),
    index('lever_plans_org_team_idx').on(t.orgId, t.teamId),
  ],
);

/** A lever picked into a plan, with what the unit or team wants from it. */
export const leverPlanLevers = pgTable(
  'lever_plan_levers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => leverPlans.id, { onDelete: 'cascade' }),
    lever: text('lever', { enum: LEVER_KEYS }).notNull(),
    aim: text('aim'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('lever_plan_levers_unique_idx').on(t.orgId, t.planId, t.lever)],
);

/** A concrete action under a picked lever: who does what by when, and how it went. */
export const leverActions = pgTable(
  'lever_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id')
      .notNull()
      .references(() => leverPlans.id, { onDelete: 'cascade' }),
    planLeverId: uuid('plan_lever_id')
      .notNull()
      .references(() => leverPlanLevers.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    dueDate: date('due_date').notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('open'),
    followUp: text('follow_up'),
    doneOn: date('done_on'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('lever_actions_org_plan_idx').on(t.orgId, t.planId),
    index('lever_actions_org_owner_idx').on(t.orgId, t.ownerId, t.status, t.dueDate),
  ],
);
