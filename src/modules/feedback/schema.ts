import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { agreements } from '../conversations/schema.js';

import { FEEDBACK_KINDS } from './constants.js';

export { FEEDBACK_KINDS };

/** Everyday feedback from a person to a person or a team; an observation carries its learning focus. */
export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    fromId: uuid('from_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    toPersonId: uuid('to_person_id').references(() => people.id, { onDelete: 'cascade' }),
    toTeamId: uuid('to_team_id').references(() => teams.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FEEDBACK_KINDS }).notNull(),
    text: text('text').notNull(),
    observationFocus: text('observation_focus'),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    agreementId: uuid('agreement_id').references(() => agreements.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback_org_to_person_idx').on(t.orgId, t.toPersonId, t.createdAt),
    index('feedback_org_from_idx').on(t.orgId, t.fromId, t.createdAt),
    index('feedback_org_to_team_idx').on(t.orgId, t.toTeamId, t.createdAt),
  ],
);

export const feedbackReplies = pgTable(
  'feedback_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    feedbackId: uuid('feedback_id')
      .notNull()
      .references(() => feedback.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('feedback_replies_org_feedback_idx').on(t.orgId, t.feedbackId)],
);
