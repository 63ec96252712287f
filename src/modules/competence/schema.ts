import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from '../org/schema.js';
import {
  actorColumn,
  idAndOrg,
  orgColumn,
  personColumn,
  versionAndCreated,
} from '../../server/db/columns.js';
import { frameItems } from '../framing/schema.js';
import { goals } from '../goals/schema.js';
import type { FieldChange, InquiryData } from '../inquiry/schema.js';
import {
  CURRENT_LEVELS,
  FORMAT_SUITS,
  INITIATIVE_STATUSES,
  PLAN_KINDS,
  PROPOSAL_STATUSES,
  TARGET_LEVELS,
} from './constants.js';

/**
 * A competence initiative (seeds/002): a leader's plan for one task of a unit (or an area across
 * its units). Its texts — the five fields and the impact map — are an inquiry form's data, saved
 * field by field through the inquiry engine's merge (ADR 0012).
 */
export const initiatives = pgTable(
  'competence_initiatives',
  {
    ...idAndOrg(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    ownerId: actorColumn('owner_id'),
    title: text('title').notNull(),
    status: text('status', { enum: INITIATIVE_STATUSES }).notNull().default('draft'),
    /** The example case it was started from (content/cases.ts), if any. */
    caseKey: text('case_key'),
    data: jsonb('data').$type<InquiryData>().notNull(),
    ...versionAndCreated(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('competence_initiatives_org_unit_idx').on(t.orgId, t.unitId, t.status)],
);

/** The initiative a row belongs to: it goes with the initiative. */
const ofInitiative = () =>
  uuid('initiative_id')
    .notNull()
    .references(() => initiatives.id, { onDelete: 'cascade' });

/** What one change did: fields saved, a title, a status step. Kept so the history can be read back. */
export interface InitiativeRevisionChanges {
  fields: FieldChange[];
  title?: { from: string; to: string };
  status?: { from: string; to: string };
}

export const initiativeRevisions = pgTable(
  'competence_initiative_revisions',
  {
    ...idAndOrg(),
    initiativeId: ofInitiative(),
    version: integer('version').notNull(),
    actorId: actorColumn('actor_id'),
    changes: jsonb('changes').$type<InitiativeRevisionChanges>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('competence_initiative_revisions_idx').on(t.orgId, t.initiativeId, t.version)],
);

/** The frame items an initiative serves: its perspective and the impact map's strategic goals. */
export const initiativeFrameItems = pgTable(
  'competence_initiative_frame_items',
  {
    orgId: orgColumn(),
    initiativeId: ofInitiative(),
    frameItemId: uuid('frame_item_id')
      .notNull()
      .references(() => frameItems.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.initiativeId, t.frameItemId] })],
);

/**
 * A participant with their responsibility levels for the task, and the learning goal the
 * initiative proposes for their MUP. Once accepted or rewritten, the goal is theirs (goalId).
 */
export const initiativeParticipants = pgTable(
  'competence_initiative_participants',
  {
    ...idAndOrg(),
    initiativeId: ofInitiative(),
    personId: personColumn(),
    currentLevel: text('current_level', { enum: CURRENT_LEVELS }).notNull(),
    targetLevel: text('target_level', { enum: TARGET_LEVELS }).notNull(),
    proposedGoal: text('proposed_goal'),
    proposalStatus: text('proposal_status', { enum: PROPOSAL_STATUSES }),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    ...versionAndCreated(),
  },
  (t) => [
    uniqueIndex('competence_participants_one_idx').on(t.orgId, t.initiativeId, t.personId),
    index('competence_participants_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * A line of the plan: a step of the training track (phase: a tempo; formats, people, dates) or an
 * arrangement anchoring the task in the everyday (phase: an anchoring kind; owner and date).
 */
export const initiativePlanLines = pgTable(
  'competence_plan_lines',
  {
    ...idAndOrg(),
    initiativeId: ofInitiative(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    phase: text('phase').notNull(),
    text: text('text').notNull(),
    formats: jsonb('formats').$type<string[]>().notNull().default([]),
    people: text('people'),
    ownerId: actorColumn('owner_id'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    ...versionAndCreated(),
  },
  (t) => [index('competence_plan_lines_idx').on(t.orgId, t.initiativeId)],
);

/**
 * A course or training day one participant attends, with the conversation before (expectations,
 * goal commitment), the application during and the follow-up after (seeds/001: transfer).
 */
export const initiativeCourses = pgTable(
  'competence_courses',
  {
    ...idAndOrg(),
    initiativeId: ofInitiative(),
    personId: personColumn(),
    title: text('title').notNull(),
    courseOn: date('course_on').notNull(),
    beforeOn: date('before_on').notNull(),
    followUpOn: date('follow_up_on').notNull(),
    expectations: text('expectations'),
    commitment: text('commitment'),
    application: text('application'),
    followUp: text('follow_up'),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    ...versionAndCreated(),
  },
  (t) => [
    index('competence_courses_idx').on(t.orgId, t.initiativeId),
    index('competence_courses_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * An organisation's own version of a built-in learning format (content/formats.ts), copied on
 * first edit (docs/content.md): same key, its own texts and suits, or hidden from suggestions.
 */
export const orgLearningFormats = pgTable(
  'competence_org_formats',
  {
    orgId: orgColumn(),
    key: text('key').notNull(),
    nameDa: text('name_da').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionDa: text('description_da').notNull(),
    descriptionEn: text('description_en').notNull(),
    suits: jsonb('suits').$type<(typeof FORMAT_SUITS)[number][]>().notNull(),
    hidden: boolean('hidden').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedBy: actorColumn('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);
