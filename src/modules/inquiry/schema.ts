import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations, people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { INQUIRY_FORMS } from './constants.js';

/** What an inquiry holds: per phase, its fields' text and whether the phase is marked done. */
export interface InquiryData {
  phases: Record<string, { fields: Record<string, string>; done: boolean }>;
}

/** One field change as a client sends it: the value it started from and the value it wants. */
export interface FieldChange {
  phase: string;
  field: string;
  from: string;
  to: string;
}

/**
 * A structured inquiry (a learning circle now; the quality team's trial action, the data work and
 * the progression model later) of a subject, usually behind a goal.
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    form: text('form', { enum: INQUIRY_FORMS }).notNull(),
    subjectPersonId: uuid('subject_person_id').references(() => people.id, { onDelete: 'cascade' }),
    subjectTeamId: uuid('subject_team_id').references(() => teams.id, { onDelete: 'cascade' }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'cascade' }),
    /** The circle this one continues, when started from a finished circle's learning phase. */
    previousId: uuid('previous_id'),
    sequence: integer('sequence').notNull().default(1),
    deadline: date('deadline'),
    status: text('status', { enum: ['open', 'done'] })
      .notNull()
      .default('open'),
    data: jsonb('data').$type<InquiryData>().notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('inquiries_org_goal_idx').on(t.orgId, t.goalId),
    index('inquiries_org_person_idx').on(t.orgId, t.subjectPersonId, t.status),
    index('inquiries_org_team_idx').on(t.orgId, t.subjectTeamId, t.status),
    check('inquiries_one_subject', sql`(${t.subjectPersonId} is null) <> (${t.subjectTeamId} is null)`),
  ],
);

/** What one save changed: the fields applied, the phases marked (un)done, a moved deadline. */
export interface RevisionChanges {
  fields: FieldChange[];
  done: { phase: string; done: boolean }[];
  deadline?: { from: string | null; to: string | null };
}

/** Every saved change, so the history of a circle can be read back and nothing is lost. */
export const inquiryRevisions = pgTable(
  'inquiry_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    actorId: uuid('actor_id').references(() => people.id, { onDelete: 'set null' }),
    changes: jsonb('changes').$type<RevisionChanges>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inquiry_revisions_version_idx').on(t.orgId, t.inquiryId, t.version)],
);

/** A colleague invited to work on a circle with its owner. */
export const inquiryCollaborators = pgTable(
  'inquiry_collaborators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('inquiry_collaborators_unique_idx').on(t.orgId, t.inquiryId, t.personId),
    index('inquiry_collaborators_person_idx').on(t.orgId, t.personId),
  ],
);
