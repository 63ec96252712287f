import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { circleHistoryAnswer, fieldConflict, inquiryView } from '../inquiry/index.js';
import { teamCadence } from '../conversations/index.js';
import {
  MEASURE_DIRECTIONS,
  MEASURE_FREQUENCIES,
  MEASURE_KINDS,
  QUALITY_ROLES,
  TRIAL_CONCLUSIONS,
  TRIAL_OUTCOMES,
} from './constants.js';

// The answers of /api/quality: declared by the routes, returned by the services, read by the screens.

const role = z.enum(QUALITY_ROLES);
/** member: holds one of the four roles; leader: a nearest leader of the team's unit without a role. */
const relation = z.enum(['member', 'leader']);

export const qualityTeamListAnswer = z.object({
  teams: z.array(z.object({ id, name: z.string(), unit: ref.nullable(), myRole: role.nullable(), relation })),
  /** The units the actor may start a quality team in (those they lead). */
  units: z.array(ref),
});
export type QualityTeamListAnswer = z.infer<typeof qualityTeamListAnswer>;

export const trialSummary = z.object({
  id,
  title: z.string(),
  startedOn: day,
  outcome: z.enum(TRIAL_OUTCOMES).nullable(),
  conclusion: z.enum(TRIAL_CONCLUSIONS).nullable(),
  currentPhase: z.string(),
  progress: z.number(),
  measure: ref.nullable(),
});
export type TrialSummary = z.infer<typeof trialSummary>;

const workItem = z.object({ id, title: z.string(), description: z.string(), createdAt: instant });

export const measureSummary = z.object({
  id,
  name: z.string(),
  unit: z.string(),
  frequency: z.enum(MEASURE_FREQUENCIES),
  points: z.number().int(),
  latest: z.object({ on: day, value: z.number() }).nullable(),
});

export const qualityTeamAnswer = z.object({
  team: z.object({ id, name: z.string(), unit: ref.nullable() }),
  relation,
  myRole: role.nullable(),
  roles: z.array(z.object({ person: ref, role })),
  /** The monthly meetings: the team conversations' rhythm (conversations module). */
  cadence: teamCadence,
  points: z.array(workItem.extend({ actions: z.array(workItem.extend({ trials: z.array(trialSummary) })) })),
  measures: z.array(measureSummary),
  dataWorks: z.array(z.object({ id, title: z.string(), currentPhase: z.string(), progress: z.number() })),
  can: z.object({ edit: z.boolean(), manageRoles: z.boolean() }),
});
export type QualityTeamAnswer = z.infer<typeof qualityTeamAnswer>;

export const workItemAnswer = z.object({ item: workItem });
export type WorkItemAnswer = z.infer<typeof workItemAnswer>;

export const trialAnswer = z.object({
  trial: trialSummary.extend({
    concludedAt: instant.nullable(),
    team: ref,
    point: z.object({ id, title: z.string() }),
    action: z.object({ id, title: z.string() }),
  }),
  inquiry: inquiryView,
  /** The team's measures, to link the trial to one. */
  measures: z.array(ref),
  can: z.object({ edit: z.boolean() }),
});
export type TrialAnswer = z.infer<typeof trialAnswer>;

/** A save: the trial as stored now, the fields written, and those that collided with someone else's save. */
export const trialSaveAnswer = trialAnswer.extend({
  saved: z.array(z.object({ phase: z.string(), field: z.string() })),
  conflicts: z.array(fieldConflict),
});
export type TrialSaveAnswer = z.infer<typeof trialSaveAnswer>;

export const inquiryHistoryAnswer = circleHistoryAnswer;
export type InquiryHistoryAnswer = z.infer<typeof inquiryHistoryAnswer>;

const signal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('long_run'),
    side: z.enum(['above', 'below']),
    length: z.number().int(),
    limit: z.number().int(),
    indices: z.array(z.number().int()),
    assessment: z.enum(['improvement', 'deterioration']),
  }),
  z.object({ kind: z.literal('few_crossings'), crossings: z.number().int(), limit: z.number().int() }),
]);

/** One phase of the run chart by the Anhøj rules (src/shared/stats), with its plain explanation. */
export const runChartPhase = z.object({
  status: z.enum(['analysed', 'too_few_points']),
  start: z.number().int(),
  end: z.number().int(),
  median: z.number(),
  frozen: z.boolean(),
  baselineCount: z.number().int(),
  n: z.number().int(),
  nUseful: z.number().int(),
  onMedian: z.number().int(),
  longestRun: z.number().int(),
  crossings: z.number().int(),
  longestRunLimit: z.number().int().nullable(),
  crossingsLimit: z.number().int().nullable(),
  signals: z.array(signal),
  signalPoints: z.array(z.number().int()),
  explanation: z.object({ da: z.array(z.string()), en: z.array(z.string()) }),
});
export type RunChartPhase = z.infer<typeof runChartPhase>;

export const dataPoint = z.object({ id, on: day, value: z.number() });
export type DataPoint = z.infer<typeof dataPoint>;

export const annotation = z.object({
  on: day,
  label: z.string(),
  kind: z.enum(['trial', 'change']),
  startsPhase: z.boolean(),
  trialId: id.nullable(),
  outcome: z.enum(TRIAL_OUTCOMES).nullable(),
});
export type Annotation = z.infer<typeof annotation>;

export const measure = z.object({
  id,
  name: z.string(),
  description: z.string(),
  kind: z.enum(MEASURE_KINDS),
  unit: z.string(),
  frequency: z.enum(MEASURE_FREQUENCIES),
  recorder: z.string(),
  direction: z.enum(MEASURE_DIRECTIONS),
  minValue: z.number(),
  maxValue: z.number(),
  baselinePoints: z.number().int().nullable(),
});
export type Measure = z.infer<typeof measure>;

export const measureAnswer = z.object({
  measure,
  team: ref,
  /** In time order; the run chart's indices point into this list. */
  points: z.array(dataPoint),
  annotations: z.array(annotation),
  phases: z.array(runChartPhase),
  can: z.object({ edit: z.boolean() }),
});
export type MeasureAnswer = z.infer<typeof measureAnswer>;

export const createdMeasureAnswer = z.object({ measure });

/** A recorded value; `duplicate` when this entry (its client key) was already recorded. */
export const pointAnswer = z.object({ point: dataPoint, duplicate: z.boolean() });
export type PointAnswer = z.infer<typeof pointAnswer>;

export const dataWorkAnswer = z.object({
  dataWork: z.object({ id, title: z.string(), team: ref, measures: z.array(measureSummary) }),
  inquiry: inquiryView,
  /** The team's measures, to link. */
  teamMeasures: z.array(ref),
  can: z.object({ edit: z.boolean() }),
});
export type DataWorkAnswer = z.infer<typeof dataWorkAnswer>;

export const dataWorkSaveAnswer = dataWorkAnswer.extend({
  saved: z.array(z.object({ phase: z.string(), field: z.string() })),
  conflicts: z.array(fieldConflict),
});
export type DataWorkSaveAnswer = z.infer<typeof dataWorkSaveAnswer>;
