import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, teams, units } from '../org/schema.js';
import { CADENCE_UNITS, FORUM_LEVELS } from './constants.js';

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
    cadenceEvery: integer('cadence_every'),
    cadenceUnit: text('cadence_unit', { enum: CADENCE_UNITS }),
    durationMinutes: integer('duration_minutes'),
    /** The first meeting (or any one of them): the next dates are counted on from it by the cadence. */
    firstMeetingOn: date('first_meeting_on'),
    /** 'HH:MM' Copenhagen time, for invitations and the calendar feed. */
    meetingTime: text('meeting_time'),
    /**
     * The free text cadence and duration of before the structured fields (issue 12), kept where it
     * did not parse so nothing is lost; shown to those who manage the forum until they clear it.
     */
    cadenceNote: text('cadence'),
    durationNote: text('duration'),
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

// The anonymous rounds of meeting evaluations and safety checks live with every other survey round in
// the survey module's tables (surveys/schema.ts): one engine, one threshold.
