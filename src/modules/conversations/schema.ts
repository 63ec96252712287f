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
import { organisations, people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { AGENDA_SECTIONS, CONVERSATION_KINDS, PARTICIPANT_ROLES } from './constants.js';

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: CONVERSATION_KINDS }).notNull(),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(30),
    location: text('location'),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] })
      .notNull()
      .default('planned'),
    sharedNotes: text('shared_notes').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** The calendar event's UID and SEQUENCE, so moving or cancelling updates the same event. */
    calendarUid: text('calendar_uid').notNull(),
    calendarSequence: integer('calendar_sequence').notNull().default(0),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    heldAt: timestamp('held_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversations_org_starts_idx').on(t.orgId, t.startsAt)],
);

export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** In a 1:1: the leader and the person whose development it is (the subject). */
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
  },
  (t) => [
    uniqueIndex('conversation_participants_unique_idx').on(t.orgId, t.conversationId, t.personId),
    index('conversation_participants_person_idx').on(t.orgId, t.personId),
  ],
);

export { AGENDA_SECTIONS };

export const agendaItems = pgTable(
  'agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    section: text('section', { enum: AGENDA_SECTIONS }).notNull(),
    text: text('text').notNull(),
    /** A participant's own goal (or its finished circle) brought into a team conversation. */
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    inquiryId: uuid('inquiry_id'),
    done: boolean('done').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agenda_items_org_conversation_idx').on(t.orgId, t.conversationId)],
);

/** A participant's private note: every query for it filters by its author, nobody else reads it. */
export const privateNotes = pgTable(
  'private_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The note, sealed with the organisation's key of `keyVersion` (src/server/crypto). */
    sealed: text('sealed'),
    keyVersion: integer('key_version'),
    /**
     * A note written before notes were sealed, in clear text: sealed at the next start
     * (sealPlainNotes) and emptied. Nothing writes it any more.
     */
    text: text('text'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('private_notes_unique_idx').on(t.orgId, t.conversationId, t.authorId)],
);

/** An agreement (aftale): born in a conversation (later also an initiative or a quality team). */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').references(() => conversations.id, { onDelete: 'cascade' }),
    /** Whose development record the agreement belongs to. */
    subjectPersonId: uuid('subject_person_id').references(() => people.id, { onDelete: 'cascade' }),
    subjectTeamId: uuid('subject_team_id').references(() => teams.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    dueDate: date('due_date'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agreements_org_subject_idx').on(t.orgId, t.subjectPersonId),
    index('agreements_org_owner_idx').on(t.orgId, t.ownerId, t.dueDate),
    index('agreements_org_conversation_idx').on(t.orgId, t.conversationId),
  ],
);

/** How often a leader and a person hold their 1:1 (default every two months). */
export const cadences = pgTable(
  'cadences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    leaderId: uuid('leader_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    intervalWeeks: integer('interval_weeks').notNull().default(8),
  },
  (t) => [uniqueIndex('cadences_pair_idx').on(t.orgId, t.leaderId, t.personId)],
);

/** How often a team holds its team conversation (default half-yearly); the nudge counts from it. */
export const teamCadences = pgTable(
  'team_cadences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    intervalWeeks: integer('interval_weeks').notNull().default(26),
  },
  (t) => [uniqueIndex('team_cadences_team_idx').on(t.orgId, t.teamId)],
);
