import {
  boolean,
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
import { organisations, people, teams, units } from '../org/schema.js';
import type { Instrument } from './instruments/types.js';

/*
 * One survey engine (issue 13): the forums' meeting evaluations and safety checks and HR's rounds to
 * units and teams are rows of the same tables, under the same threshold.
 */

/**
 * An organisation's own copy of an instrument, made when HR first edits it (until then the built-in
 * of instruments/ is used). The key is the built-in's, so results across edits stay comparable.
 */
export const surveyInstruments = pgTable(
  'survey_instruments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    definition: jsonb('definition').$type<Instrument>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_instruments_org_key_idx').on(t.orgId, t.key)],
);

/**
 * One anonymous collection. A forum's meeting evaluation (`meetingId`) or a team's safety check
 * (`teamId`), or HR's round to units and teams (`definition` set: the instrument as it stood when the
 * round opened, so an edit never changes a round under its respondents). `code` is the short link.
 * Results are computed only once the round is closed, so no one can watch them move as a particular
 * person answers. `threshold` and `commentThreshold` are locked when the round opens.
 */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    instrument: text('instrument').notNull(),
    // A plain id, as forums' meetings hold their conversation: the survey module does not import forums.
    meetingId: uuid('meeting_id'),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    openedBy: uuid('opened_by').references(() => people.id, { onDelete: 'set null' }),
    openedOn: date('opened_on').notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set once the closed round's rows were rewritten in one batch (see sealRound). */
    sealed: boolean('sealed').notNull().default(false),
    title: text('title'),
    definition: jsonb('definition').$type<Instrument>(),
    threshold: integer('threshold'),
    commentThreshold: integer('comment_threshold'),
    remindersSent: integer('reminders_sent').notNull().default(0),
  },
  (t) => [
    uniqueIndex('survey_rounds_code_idx').on(t.code),
    uniqueIndex('survey_rounds_meeting_idx').on(t.orgId, t.meetingId),
    index('survey_rounds_org_team_idx').on(t.orgId, t.teamId),
  ],
);

/**
 * Where a round was sent: a unit (with every unit below it), a team, or a forum's members
 * (policy/forum-members.ts; a plain id, as the rounds hold their meeting: surveys does not import forums).
 */
export const surveyRoundTargets = pgTable(
  'survey_round_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    forumId: uuid('forum_id'),
  },
  (t) => [index('survey_round_targets_org_round_idx').on(t.orgId, t.roundId)],
);

/**
 * An anonymous answer. Deliberately no person, no token, no timestamp, no serial: the id is a random
 * UUID and every read orders by it, so neither time nor insertion order can point to a respondent.
 * `unitId` is the unit the answer counts in (results show it only in groups at the threshold).
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
    /** One score per item in the instrument's order; null where an optional item was left blank. */
    scores: integer('scores').array().$type<(number | null)[]>().notNull(),
    comment: text('comment'),
    unitId: uuid('unit_id'),
  },
  // With the unit: a unit's page reads its group's answers and counts per unit without reading the rest.
  (t) => [index('survey_responses_org_round_unit_idx').on(t.orgId, t.roundId, t.unitId)],
);

/**
 * Who takes part in a round: prevents answering twice and is never read together with the
 * responses. A forum's round writes the row when someone answers; HR's rounds invite everyone when
 * the round opens (`answered` false) with a random participation `token` for the link, and the
 * answer only flips `answered` — no time is kept.
 */
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
    token: text('token'),
    unitId: uuid('unit_id'),
    answered: boolean('answered').notNull().default(true),
  },
  (t) => [
    uniqueIndex('survey_participations_unique_idx').on(t.orgId, t.roundId, t.personId),
    uniqueIndex('survey_participations_token_idx').on(t.token),
  ],
);

/**
 * The organisation's anonymity thresholds: for scores (default 5, never below 3) and for free-text
 * comments (default higher; never below the score threshold).
 */
export const surveySettings = pgTable('survey_settings', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  threshold: integer('threshold').notNull(),
  commentThreshold: integer('comment_threshold'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
