import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organisations, people, teams } from '../org/schema.js';
import { conversations } from '../conversations/schema.js';
import { PROMPT_KEYS, TURN_STATES } from './constants.js';

/*
 * The reflective-dialogue frame of a conversation (source 004): the stage (purpose), rounds that
 * give everyone a turn, and the team's own discussion guidelines. Access follows the conversation
 * (and, for guidelines, the team's content rule); these tables hold no private notes.
 */

/** One per conversation, created on first use; also the row that serialises a facilitator's actions. */
export const dialogueFrames = pgTable(
  'dialogue_frames',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull().default(''),
    /** The guideline the facilitator points to on the shared screen, if any. */
    highlightedGuidelineId: uuid('highlighted_guideline_id').references(
      (): AnyPgColumn => dialogueGuidelines.id,
      { onDelete: 'set null' },
    ),
    highlightedAt: timestamp('highlighted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dialogue_frames_conversation_idx').on(t.orgId, t.conversationId)],
);

/** A round: one prompt, every participant's turn in order; at most one open per conversation. */
export const dialogueRounds = pgTable(
  'dialogue_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    prompt: text('prompt').notNull(),
    /** Set when the prompt is one of the suggested ones, so each viewer reads it in their language. */
    promptKey: text('prompt_key', { enum: PROMPT_KEYS }),
    openedBy: uuid('opened_by').references(() => people.id, { onDelete: 'set null' }),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dialogue_rounds_number_idx').on(t.orgId, t.conversationId, t.number),
    uniqueIndex('dialogue_rounds_one_open_idx')
      .on(t.orgId, t.conversationId)
      .where(sql`${t.closedAt} is null`),
  ],
);

/** One row per participant and round, so two people marking turns at once never touch the same row. */
export const dialogueTurns = pgTable(
  'dialogue_turns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => dialogueRounds.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    state: text('state', { enum: TURN_STATES }).notNull().default('waiting'),
    markedBy: uuid('marked_by').references(() => people.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dialogue_turns_person_idx').on(t.orgId, t.roundId, t.personId),
    index('dialogue_turns_round_idx').on(t.orgId, t.roundId, t.position),
  ],
);

/** The version of a team's guideline list as a whole (the list is edited as one). */
export const dialogueGuidelineSets = pgTable(
  'dialogue_guideline_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => people.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('dialogue_guideline_sets_team_idx').on(t.orgId, t.teamId)],
);

/** A team's agreed discussion guidelines, in the team's order. */
export const dialogueGuidelines = pgTable(
  'dialogue_guidelines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('dialogue_guidelines_team_idx').on(t.orgId, t.teamId, t.position)],
);
