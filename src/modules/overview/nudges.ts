import type { Nudge } from './answers.js';

/*
 * What a leader might act on for one person. Pure, so the rules can be tested without a database
 * and the web can turn each code into a short sentence with a link.
 */

export const NUDGE_KINDS = [
  'no_goal',
  'circle_deadline_passed',
  'circle_untouched',
  'one_to_one_due',
  'overdue_agreements',
  'no_feedback',
] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

export interface NudgeInput {
  goalIds: readonly string[];
  circles: readonly { goalId: string; deadline: string | null; status: 'open' | 'done'; updatedAt: Date }[];
  lastOneToOne: Date | null;
  nextOneToOne: Date | null;
  cadenceWeeks: number;
  overdueAgreements: number;
  lastFeedbackAt: Date | null;
}

const DAY = 24 * 60 * 60 * 1000;
export const UNTOUCHED_DAYS = 30;
export const FEEDBACK_DAYS = 30;
export const DEFAULT_CADENCE_WEEKS = 8;

/** Whole days from `from` to `now` (null when there is no date). */
export const daysSince = (from: Date | null, now: Date): number | null =>
  from ? Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY)) : null;

/** `today` is the Copenhagen calendar date (YYYY-MM-DD) the deadlines are compared with. */
export function computeNudges(input: NudgeInput, now: Date, today: string): Nudge[] {
  const nudges: Nudge[] = [];
  if (input.goalIds.length === 0) nudges.push({ kind: 'no_goal' });
  for (const circle of input.circles) {
    if (circle.status !== 'open') continue;
    if (circle.deadline && circle.deadline < today)
      nudges.push({ kind: 'circle_deadline_passed', goalId: circle.goalId });
    else if ((daysSince(circle.updatedAt, now) ?? 0) >= UNTOUCHED_DAYS)
      nudges.push({ kind: 'circle_untouched', goalId: circle.goalId });
  }
  const sinceLast = daysSince(input.lastOneToOne, now);
  if (!input.nextOneToOne && (sinceLast === null || sinceLast > input.cadenceWeeks * 7))
    nudges.push({ kind: 'one_to_one_due' });
  if (input.overdueAgreements > 0)
    nudges.push({ kind: 'overdue_agreements', count: input.overdueAgreements });
  const sinceFeedback = daysSince(input.lastFeedbackAt, now);
  if (sinceFeedback === null || sinceFeedback >= FEEDBACK_DAYS) nudges.push({ kind: 'no_feedback' });
  return nudges;
}
