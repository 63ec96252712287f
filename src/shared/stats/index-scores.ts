/**
 * Scores of survey items and indices. An index is the mean of a respondent's answers to its
 * items, computed when at least half of them are answered (the convention of COPSOQ and of the
 * Danish social-capital surveys, so one skipped item does not void a respondent); a group's
 * index is the mean of its respondents' indices. The social-capital reports speak in points
 * from 0 to 100, a linear map of the scale: its lowest answer is 0, its highest 100.
 */
import { mean } from './descriptive.js';

export interface Scale {
  min: number;
  max: number;
}

/** The five-point agreement scale of the built-in instruments. */
export const FIVE_POINT: Scale = { min: 1, max: 5 };

/** A score on the scale as 0–100 points (1–5: 1 → 0, 3 → 50, 5 → 100). */
export function toPoints(score: number, scale: Scale = FIVE_POINT): number {
  if (!(scale.max > scale.min)) throw new RangeError('A scale needs max > min');
  if (!(score >= scale.min && score <= scale.max)) {
    throw new RangeError(`${score} lies outside the scale ${scale.min}–${scale.max}`);
  }
  return ((score - scale.min) / (scale.max - scale.min)) * 100;
}

/**
 * One respondent's index: the mean of the items answered (null: not answered), or null when
 * fewer than `minAnswered` are (by default half of the items, rounded up).
 */
export function indexScore(
  answers: readonly (number | null)[],
  minAnswered = Math.ceil(answers.length / 2),
): number | null {
  const given = answers.filter((a): a is number => a !== null);
  if (given.length === 0 || given.length < minAnswered) return null;
  return mean(given);
}

/** A group's index: the mean of its respondents' indices, leaving out those without one. */
export function groupIndexScore(respondents: readonly (readonly (number | null)[])[], minAnswered?: number) {
  const scores = respondents
    .map((answers) => indexScore(answers, minAnswered))
    .filter((s): s is number => s !== null);
  return { score: mean(scores), respondents: scores.length };
}

/** How many chose each value of the scale, in the scale's order; unanswered items are not counted. */
export function distribution(
  answers: readonly (number | null)[],
  values: readonly number[],
): { value: number; count: number }[] {
  const counts = new Map(values.map((v) => [v, 0]));
  for (const answer of answers) {
    if (answer === null) continue;
    const count = counts.get(answer);
    if (count === undefined) throw new RangeError(`${answer} is not one of the scale's values`);
    counts.set(answer, count + 1);
  }
  return values.map((value) => ({ value, count: counts.get(value)! }));
}
