import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { CONVERSATION_KINDS, CONVERSATION_STATUSES, PARTICIPANT_ROLES } from '../conversations/index.js';
import { FEEDBACK_KINDS } from '../feedback/index.js';
import { GOAL_STATUSES } from '../goals/index.js';
import { circleState } from '../inquiry/index.js';
import { INITIATIVE_STATUSES, PROPOSAL_STATUSES } from '../competence/index.js';
import { CURRENT_LEVELS, TARGET_LEVELS } from '../../shared/vocabulary.js';
import { NUDGE_KINDS } from './nudges.js';

// The answers of /api/home, /api/overview and /api/development: declared by the routes, returned
// by the services, read by the start page, the leader's overview and a person's development pages.

/** A person with the units they belong to. */
export const personWithUnits = ref.extend({ units: z.array(ref) });
export type PersonWithUnits = z.infer<typeof personWithUnits>;

/** A goal's latest learning circle: its phase and progress, never its text. */
export const goalCircle = circleState.omit({ circleId: true }).extend({ id });
export type GoalCircle = z.infer<typeof goalCircle>;

const goalInFocus = z.object({ id, title: z.string(), circle: goalCircle.nullable() });
const goalStatus = z.enum(GOAL_STATUSES);

/** What a leader might act on for one person; the web turns each code into a sentence with a link. */
export const nudge = z.object({
  kind: z.enum(NUDGE_KINDS),
  goalId: id.optional(),
  count: z.number().int().optional(),
});
export type Nudge = z.infer<typeof nudge>;

export const overviewPerson = personWithUnits.extend({
  goals: z.array(goalInFocus),
  lastOneToOne: instant.nullable(),
  nextOneToOne: instant.nullable(),
  overdueAgreements: z.number().int(),
  daysSinceFeedback: z.number().int().nullable(),
  nudges: z.array(nudge),
});
export type OverviewPerson = z.infer<typeof overviewPerson>;

/** Everyone the actor is nearest leader of, with the figures a leader acts on. */
export const overviewAnswer = z.object({ people: z.array(overviewPerson) });
export type OverviewAnswer = z.infer<typeof overviewAnswer>;

export const conversationRef = z.object({ id, startsAt: instant, status: z.enum(CONVERSATION_STATUSES) });
export type ConversationRef = z.infer<typeof conversationRef>;

/** One person's development record at a glance. */
export const developmentAnswer = z.object({
  person: personWithUnits,
  relation: z.enum(['self', 'leader']),
  /** `stalled`: the goal's open circle is past its deadline or untouched for a month (as the nudges say). */
  goals: z.array(goalInFocus.extend({ status: goalStatus, stalled: z.boolean() })),
  conversations: z.object({ past: z.array(conversationRef), upcoming: z.array(conversationRef) }),
  openAgreements: z.array(
    z.object({ id, text: z.string(), dueDate: day.nullable(), conversationId: id.nullable() }),
  ),
  feedbackCount: z.number().int(),
});
export type DevelopmentAnswer = z.infer<typeof developmentAnswer>;

/** One person's year, for printing: goals and their changes, circles, held 1:1s, agreements, feedback. */
export const yearSummaryAnswer = z.object({
  person: personWithUnits,
  year: z.number().int(),
  goals: z.array(
    z.object({
      id,
      title: z.string(),
      status: goalStatus,
      changes: z.array(z.object({ from: goalStatus.nullable(), to: goalStatus, at: instant })),
    }),
  ),
  circles: z.array(
    z.object({
      id,
      goal: z.object({ id, title: z.string() }).nullable(),
      phasesDone: z.array(z.string()),
      phaseCount: z.number().int(),
      finished: z.boolean(),
      finishedAt: instant.nullable(),
      deadline: day.nullable(),
    }),
  ),
  conversations: z.array(z.object({ id, startsAt: instant, summary: z.string() })),
  agreements: z.array(z.object({ id, text: z.string(), dueDate: day.nullable(), done: z.boolean() })),
  feedbackByKind: z.array(z.object({ kind: z.enum(FEEDBACK_KINDS), count: z.number().int() })),
  /** The competence initiatives the person took part in during the year, with their levels. */
  initiatives: z.array(
    z.object({
      id,
      title: z.string(),
      status: z.enum(INITIATIVE_STATUSES),
      unit: ref,
      currentLevel: z.enum(CURRENT_LEVELS),
      targetLevel: z.enum(TARGET_LEVELS),
      proposalStatus: z.enum(PROPOSAL_STATUSES).nullable(),
    }),
  ),
});
export type YearSummaryAnswer = z.infer<typeof yearSummaryAnswer>;

/** What the signed-in person does next, all of it their own. */
export const homeAnswer = z.object({
  goals: z.array(goalInFocus),
  upcoming: z.array(
    z.object({
      id,
      kind: z.enum(CONVERSATION_KINDS),
      startsAt: instant,
      /** In a 1:1: 'leader' when the person leads it, 'subject' when it is about them. */
      role: z.enum(PARTICIPANT_ROLES),
      /** The other person of a 1:1, or the team of a team conversation. */
      with: z.string(),
    }),
  ),
  agreements: z.array(
    z.object({
      id,
      text: z.string(),
      dueDate: day.nullable(),
      conversationId: id.nullable(),
      overdue: z.boolean(),
    }),
  ),
  feedback: z.array(z.object({ id, kind: z.enum(FEEDBACK_KINDS), createdAt: instant, from: z.string() })),
  /** Whether the person has ever had a learning goal: without one, the start page offers a first step. */
  hasGoals: z.boolean(),
  /**
   * For a leader: how many people they lead, how many 1:1s they have led or planned (none yet: the
   * start page leads them to plan the first), and the first of their people by name to plan it with.
   */
  leader: z
    .object({ people: z.number().int(), oneToOnes: z.number().int(), firstPerson: ref.nullable() })
    .nullable(),
});
export type HomeAnswer = z.infer<typeof homeAnswer>;

/** What an area leader reads about one unit: numbers over its whole subtree, never a person's record. */
export const areaFigures = z.object({
  /** Have a learning goal in focus now. */
  goalInFocus: z.number().int(),
  /** Had a held 1:1 within their rhythm (the pair's cadence, every eight weeks when none is set). */
  inRhythm: z.number().int(),
  /** Out of rhythm with no 1:1 planned: what the leader's overview nudges as a 1:1 due. */
  overdue: z.number().int(),
  /** Open learning circles past their deadline or untouched for a month. */
  stalledCircles: z.number().int(),
});
export type AreaFigures = z.infer<typeof areaFigures>;

export const areaUnit = z.object({
  unit: ref,
  /** The unit's own leaders: the people the area leader leads, one by one on the overview. */
  leaders: z.array(ref),
  /** Staff counted in the unit and its sub-units (each person once). */
  people: z.number().int(),
  /** Null when fewer than `minGroup` people are counted: the layer above sees no small group's figures. */
  figures: areaFigures.nullable(),
});
export type AreaUnit = z.infer<typeof areaUnit>;

/** The units whose leaders the actor leads (an area leader's institutions), summed up. */
export const areaAnswer = z.object({ minGroup: z.number().int(), units: z.array(areaUnit) });
export type AreaAnswer = z.infer<typeof areaAnswer>;

/** What the resource person's role adds to their start page: whom they support and what they hold. */
export const supportAnswer = z.object({
  /** Teams they belong to where they are the resource person, with the other members' names. */
  teams: z.array(ref.extend({ members: z.array(ref) })),
  /** Competence initiatives they support, with who takes part (names only, never levels). */
  initiatives: z.array(ref.extend({ participants: z.array(ref) })),
  /** Practice reviews they are to hold: planned, not yet decided. */
  reviews: z.array(z.object({ id, startsAt: instant, task: z.string(), person: ref })),
  /** Licences they may certify through a practice review. */
  licences: z.array(z.object({ id, task: z.string(), unit: ref })),
  /** The team and peer-group conversations they facilitate next. */
  meetings: z.array(z.object({ id, startsAt: instant, kind: z.enum(CONVERSATION_KINDS), team: z.string() })),
});
export type SupportAnswer = z.infer<typeof supportAnswer>;
