import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { TEAM_KINDS } from '../../shared/roles.js';
import { instrumentDefinition } from './validation.js';

// What the survey module answers: declared by the routes, returned by the services, read by the screens.

const localized = z.object({ da: z.string(), en: z.string() });
const count = z.number().int();

export const instrumentSummary = z.object({
  key: z.string(),
  name: localized,
  description: localized,
  items: count,
  indices: count,
  /** The organisation has its own copy (HR edited it). */
  edited: z.boolean(),
  version: count,
  /** Asked by the forums (meeting evaluation, safety check): read-only here, rounds are opened there. */
  forum: z.boolean(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummary>;

export const instrumentsAnswer = z.object({ instruments: z.array(instrumentSummary) });
export type InstrumentsAnswer = z.infer<typeof instrumentsAnswer>;

export const instrumentAnswer = z.object({
  instrument: instrumentDefinition,
  version: count,
  edited: z.boolean(),
  forum: z.boolean(),
});
export type InstrumentAnswer = z.infer<typeof instrumentAnswer>;

export const thresholdsAnswer = z.object({
  settings: z.object({ threshold: count, commentThreshold: count, version: count, floor: count }),
});
export type ThresholdsAnswer = z.infer<typeof thresholdsAnswer>;

export const roundSummary = z.object({
  id,
  title: z.string(),
  instrument: z.object({ key: z.string(), name: localized }),
  openedOn: day,
  closesAt: instant,
  closed: z.boolean(),
  invited: count,
  answered: count,
  remindersSent: count,
  threshold: count,
  commentThreshold: count,
  can: z.object({ manage: z.boolean() }),
});
export type RoundSummary = z.infer<typeof roundSummary>;

export const roundsAnswer = z.object({
  rounds: z.array(roundSummary),
  can: z.object({ open: z.boolean() }),
});
export type RoundsAnswer = z.infer<typeof roundsAnswer>;

/** A group's response rate: a unit with the small units below it that are counted in it. */
export const rateGroup = z.object({ unit: ref, rolledUp: z.array(ref), invited: count, answered: count });
export type RateGroup = z.infer<typeof rateGroup>;

/** Where a round was sent: a unit (with every unit below), a team, or a forum's members. */
export const roundTarget = ref.extend({ kind: z.enum(['unit', 'team', 'forum']) });

export const roundDetailAnswer = z.object({
  round: roundSummary,
  targets: z.array(roundTarget),
  rates: z.array(rateGroup),
  /** Invited in units too small to show even at the top of what the round reached. */
  hiddenInvited: count,
});
export type RoundDetailAnswer = z.infer<typeof roundDetailAnswer>;

export const openedRoundAnswer = z.object({ round: roundSummary });

/** The forums the actor may send a round to: every forum for HR, the forums of the units a leader leads. */
/** The instruments a round may be opened with (not the forums' own): for HR and leaders, read-only. */
export const roundInstrumentsAnswer = z.object({
  instruments: z.array(z.object({ key: z.string(), name: localized, description: localized })),
});
export type RoundInstrumentsAnswer = z.infer<typeof roundInstrumentsAnswer>;

export const sendableForumsAnswer = z.object({
  forums: z.array(z.object({ id, name: z.string(), unit: ref, team: z.string().nullable() })),
});
export type SendableForumsAnswer = z.infer<typeof sendableForumsAnswer>;

export const remindedAnswer = z.object({ reminded: count });
export type RemindedAnswer = z.infer<typeof remindedAnswer>;

export const answerFormAnswer = z.object({
  form: z.object({
    title: z.string(),
    instrument: instrumentDefinition,
    closesAt: instant,
    status: z.enum(['open', 'closed', 'answered']),
  }),
});
export type AnswerFormAnswer = z.infer<typeof answerFormAnswer>;

export const invitationsAnswer = z.object({
  invitations: z.array(z.object({ token: z.string(), title: z.string(), closesAt: instant })),
});
export type InvitationsAnswer = z.infer<typeof invitationsAnswer>;

export const groupScores = z.object({
  unit: ref.nullable(),
  respondents: count,
  rolledUp: z.array(ref),
  /** Mean per item on the instrument's scale (one decimal), in the instrument's order; null if no one scored it. */
  items: z.array(z.object({ key: z.string(), mean: z.number().nullable() })),
  /** Index scores as 0–100 points (whole numbers). */
  indices: z.array(z.object({ key: z.string(), points: z.number().nullable() })),
});
export type GroupScores = z.infer<typeof groupScores>;

export const placement = z.object({
  unit: ref,
  placement: z.enum(['own', 'rolled_up', 'hidden', 'withheld', 'no_answers']),
  into: ref.nullable(),
});
export type Placement = z.infer<typeof placement>;

export const resultsAnswer = z.object({
  round: roundSummary,
  instrument: instrumentDefinition,
  organisation: groupScores.nullable(),
  groups: z.array(groupScores),
  placements: z.array(placement),
});
export type ResultsAnswer = z.infer<typeof resultsAnswer>;

export const unitResultAnswer = z.object({
  round: roundSummary,
  instrument: instrumentDefinition,
  unit: ref,
  placement,
  group: groupScores
    .extend({
      distribution: z.array(
        z.object({ key: z.string(), counts: z.array(z.object({ value: count, count })) }),
      ),
    })
    .nullable(),
  organisation: groupScores.nullable(),
  /** In random order; null when the group is below the comment threshold. */
  comments: z.array(z.string()).nullable(),
  trend: z.array(
    z.object({
      round: ref,
      closedOn: day,
      indices: z.array(z.object({ key: z.string(), points: z.number().nullable() })).nullable(),
    }),
  ),
  weak: z.array(z.object({ key: z.string(), kind: z.enum(['item', 'index']), points: z.number() })),
  /**
   * Whether the unit's own leader reads it, who may start a team conversation, a development point
   * or a lever plan from a weak result; and the unit's teams they may start them with.
   */
  can: z.object({ act: z.boolean() }),
  teams: z.array(z.object({ id, name: z.string(), kind: z.enum(TEAM_KINDS) })),
});
export type UnitResultAnswer = z.infer<typeof unitResultAnswer>;

export const relationshipAnswer = z.object({
  round: ref,
  x: z.object({ key: z.string(), name: localized }),
  y: z.object({ key: z.string(), name: localized }),
  points: z.array(z.object({ unit: ref, respondents: count, x: z.number(), y: z.number() })),
  regression: z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      n: count,
      slope: z.number(),
      intercept: z.number(),
      lower: z.number(),
      upper: z.number(),
      rSquared: z.number().nullable(),
    }),
    z.object({ ok: z.literal(false), n: count, reason: z.enum(['too_few_points', 'no_variance_in_x']) }),
  ]),
  /** Units whose answers count in no department shown (below the threshold, or withheld). */
  leftOut: count,
});
export type RelationshipAnswer = z.infer<typeof relationshipAnswer>;
