import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { CADENCE_UNITS, FORUM_LEVELS, INSTRUMENTS } from './constants.js';

// The answers of /api/forums, /api/meetings, /api/evaluations, /api/teams/{id}/safety-checks and
// /api/survey-settings: declared by the routes, returned by the services, read by the screens.

const text = z.string().nullable();

/** A meeting forum on one of three levels, described by the questions of the forum template. */
export const forum = z.object({
  id,
  unitId: id,
  unitName: z.string(),
  teamId: id.nullable(),
  teamName: text,
  level: z.enum(FORUM_LEVELS),
  name: z.string(),
  purpose: text,
  form: text,
  /** Every `cadenceEvery` weeks or months; both null when the forum has no set rhythm. */
  cadenceEvery: z.number().int().nullable(),
  cadenceUnit: z.enum(CADENCE_UNITS).nullable(),
  durationMinutes: z.number().int().nullable(),
  firstMeetingOn: day.nullable(),
  /** HH:MM in Copenhagen. */
  meetingTime: text,
  /** The free text of before the structured fields, where it did not parse; to its managers only. */
  cadenceNote: text,
  durationNote: text,
  /** The next meeting days by the cadence (from today), at most three; empty without a cadence and a day to count from. */
  nextMeetings: z.array(day),
  participants: text,
  content: text,
  data: text,
  version: z.number().int(),
  can: z.object({ edit: z.boolean(), facilitate: z.boolean() }),
});
export type Forum = z.infer<typeof forum>;

export const forumAnswer = z.object({ forum });
export type ForumAnswer = z.infer<typeof forumAnswer>;

/**
 * An anonymous round (a meeting evaluation or a safety check): the link code only while it is
 * open; means and comments only once closed with at least the threshold of answers.
 */
export const round = z.object({
  id,
  code: text,
  closesAt: instant,
  respondents: z.number().int(),
  closed: z.boolean(),
  shown: z.boolean(),
  /**
   * The mean score per item (two decimals), under the items of the answer it is part of (by key);
   * null for an item this round did not ask or no one scored (an optional item left blank is no
   * score, not a low one); null as a whole when not shown.
   */
  means: z.array(z.number().nullable()).nullable(),
  /** Free comments, sorted alphabetically so their order says nothing about who wrote them. */
  comments: z.array(z.string()).nullable(),
});
export type Round = z.infer<typeof round>;

/** Across the shown rounds: the mean per item and the weakest items (indexes). */
export const roundSummary = z.object({
  rounds: z.number().int(),
  means: z.array(z.number().nullable()).nullable(),
  weakest: z.array(z.number().int()),
});
export type RoundSummary = z.infer<typeof roundSummary>;

const localized = z.object({ da: z.string(), en: z.string() });

/** An item as the rounds asked it: its key, its question and its few words for charts and tables. */
export const questionText = z.object({ key: z.string(), text: localized, short: localized });
export type QuestionText = z.infer<typeof questionText>;

/** The items of a view over several rounds (keys, newest round's order first) with their texts and scale. */
const itemsOfView = {
  items: z.array(z.string()),
  questions: z.array(questionText),
  scale: z.object({ min: z.number().int(), max: z.number().int() }),
};

/** A team's safety checks, newest first, for its members and leaders. */
export const teamChecksAnswer = z.object({
  team: ref,
  ...itemsOfView,
  threshold: z.number().int(),
  checks: z.array(round.extend({ openedOn: day })),
  summary: roundSummary,
  can: z.object({ open: z.boolean(), relation: z.enum(['member', 'leader']) }),
});
export type TeamChecks = z.infer<typeof teamChecksAnswer>;

export const trendPoint = z.object({
  meetingId: id,
  heldOn: day,
  respondents: z.number().int(),
  shown: z.boolean(),
  means: z.array(z.number().nullable()).nullable(),
});
export type TrendPoint = z.infer<typeof trendPoint>;

export const meeting = z.object({ id, heldOn: day, conversationId: id.nullable() });
export type Meeting = z.infer<typeof meeting>;

/** A forum with its held meetings, the trend of their evaluations and, for a team's forum, its safety checks. */
export const forumDetailAnswer = z.object({
  forum,
  meetings: z.array(meeting.extend({ evaluation: round.nullable() })),
  trend: z.object({
    ...itemsOfView,
    threshold: z.number().int(),
    points: z.array(trendPoint),
    summary: roundSummary,
  }),
  safety: teamChecksAnswer.nullable(),
});
export type ForumDetail = z.infer<typeof forumDetailAnswer>;

/** A unit the actor may add forums to, with its teams. */
export const manageableUnit = ref.extend({ teams: z.array(ref) });
export type ManageableUnit = z.infer<typeof manageableUnit>;

export const forumListAnswer = z.object({ forums: z.array(forum), manageableUnits: z.array(manageableUnit) });
export type ForumListAnswer = z.infer<typeof forumListAnswer>;

export const meetingAnswer = z.object({ meeting });
export type MeetingAnswer = z.infer<typeof meetingAnswer>;

/** A round just opened: the code participants type or scan. */
const openedRound = z.object({ id, code: z.string(), closesAt: instant });
export const evaluationOpenedAnswer = z.object({ evaluation: openedRound });
export type EvaluationOpenedAnswer = z.infer<typeof evaluationOpenedAnswer>;
export const checkOpenedAnswer = z.object({ check: openedRound });
export type CheckOpenedAnswer = z.infer<typeof checkOpenedAnswer>;

/** What a participant answers: the instrument's items, and whether they may still answer. */
export const answerFormAnswer = z.object({
  evaluation: z.object({
    code: z.string(),
    instrument: z.enum(INSTRUMENTS),
    title: z.string(),
    heldOn: day.nullable(),
    items: z.array(z.string()),
    /** The items' texts as the round asks them (HR may have edited the instrument). */
    questions: z.array(questionText),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    /** The items that may be left blank (a subset of items). */
    optional: z.array(z.string()),
    closesAt: instant,
    status: z.enum(['open', 'closed', 'answered']),
  }),
});
export type AnswerForm = z.infer<typeof answerFormAnswer>['evaluation'];
export type AnswerFormAnswer = z.infer<typeof answerFormAnswer>;

/**
 * What a personal answer link opens, signed in or not: the same form without the round's code (the
 * link answers for its one person; the code is for those signed in).
 */
export const linkFormAnswer = z.object({
  evaluation: answerFormAnswer.shape.evaluation.omit({ code: true }),
});
export type LinkFormAnswer = z.infer<typeof linkFormAnswer>;

/** Personal answer links sent: how many mails went (never to whom, nor who has answered). */
export const linksSentAnswer = z.object({ sent: z.number().int() });
export type LinksSentAnswer = z.infer<typeof linksSentAnswer>;

/** The teams whose safety checks the actor may open or read. */
export const checkTeamsAnswer = z.object({ teams: z.array(ref.extend({ unitName: text })) });
export type CheckTeamsAnswer = z.infer<typeof checkTeamsAnswer>;

/** From how many answers results show: the organisation's threshold, never below the floor. */
export const surveySettingsAnswer = z.object({
  settings: z.object({
    threshold: z.number().int(),
    version: z.number().int(),
    floor: z.number().int(),
    can: z.object({ edit: z.boolean() }),
  }),
});
export type SurveySettings = z.infer<typeof surveySettingsAnswer>['settings'];
export type SurveySettingsAnswer = z.infer<typeof surveySettingsAnswer>;
