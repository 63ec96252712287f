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
import { organisations, people, teams, units } from '../org/schema.js';
import { FORUM_LEVELS, INSTRUMENTS } from './constants.js';

/** A unit's recurring forum (staff meeting, case review, leaders' meeting), described as in 003. */
export const forums = pgTable(
  'forums',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    level: text('level', { enum: FORUM_LEVELS }).notNull(),
    name: text('name').notNull(),
    purpose: text('purpose'),
    form: text('form'),
    cadence: text('cadence'),
    duration: text('duration'),
    participants: text('participants'),
    content: text('content'),
    data: text('data'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('forums_org_unit_idx').on(t.orgId, t.unitId),
    index('forums_org_team_idx').on(t.orgId, t.teamId),
  ],
);

/** One held meeting of a forum. The conversation link is a plain id: a meeting may be run as a conversation. */
export const forumMeetings = pgTable(
  'forum_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    forumId: uuid('forum_id')
      .notNull()
      .references(() => forums.id, { onDelete: 'cascade' }),
    heldOn: date('held_on').notNull(),
    conversationId: uuid('conversation_id'),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('forum_meetings_org_forum_idx').on(t.orgId, t.forumId, t.heldOn)],
);

/**
 * One anonymous collection: a meeting's evaluation or a team's safety check. `code` is the short
 * link. Results are computed only once the round is closed (manually or at `closesAt`), so no one
 * can watch them change as a particular person answers.
 */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    instrument: text('instrument', { enum: INSTRUMENTS }).notNull(),
    meetingId: uuid('meeting_id').references(() => forumMeetings.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    openedBy: uuid('opened_by').references(() => people.id, { onDelete: 'set null' }),
    openedOn: date('opened_on').notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set once the closed round's rows were rewritten in one batch (see survey/seal.ts). */
    sealed: boolean('sealed').notNull().default(false),
  },
  (t) => [
    uniqueIndex('survey_rounds_code_idx').on(t.code),
    uniqueIndex('survey_rounds_meeting_idx').on(t.orgId, t.meetingId),
    index('survey_rounds_org_team_idx').on(t.orgId, t.teamId),
  ],
);

/**
 * An anonymous answer. Deliberately no person, no timestamp, no serial: the id is a random UUID
 * and every read orders by it, so neither time nor insertion order can point to a respondent.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    scores: integer('scores').array().notNull(),
    comment: text('comment'),
  },
  (t) => [index('survey_responses_org_round_idx').on(t.orgId, t.roundId)],
);

/** Who has answered a round: prevents answering twice and is never read together with the responses. */
export const surveyParticipations = pgTable(
  'survey_participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('survey_participations_unique_idx').on(t.orgId, t.roundId, t.personId)],
);

/** The organisation's anonymity threshold (default 5, never below 3). */
export const surveySettings = pgTable('survey_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  threshold: integer('threshold').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
