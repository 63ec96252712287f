/**
 * The two limits of the Anhøj run-chart rules (Anhøj & Olesen 2014, "Run charts revisited",
 * PLOS ONE 9(11): e113825; as used by the R package qicharts2). Both depend only on the number
 * of useful observations n — the points not lying on the centre line.
 *
 * - Unusually long run: longest run > round(log2 n) + 3. The expected longest run in n coin
 *   tosses is about log2 n; three more makes a false alarm rare.
 * - Too few crossings: crossings < the 5 % lower quantile of Binomial(n − 1, ½). Each of the
 *   n − 1 steps between useful points crosses the line with probability ½ in a random series.
 *
 * Below ten useful points the rules are not applied at all: the limits exist, but a series that
 * short cannot tell a change from noise with any useful reliability.
 */
import { binomialQuantile } from './binomial.js';

/** The fewest useful points for which the rules are applied. */
export const MIN_USEFUL_POINTS = 10;

function assertUseful(nUseful: number) {
  if (!Number.isInteger(nUseful) || nUseful < 1) {
    throw new RangeError(`The number of useful points must be a whole number ≥ 1, got ${nUseful}`);
  }
}

/** The longest run allowed before it signals: a run longer than this is unusual. */
export function longestRunLimit(nUseful: number): number {
  assertUseful(nUseful);
  // log2 of a whole number is never exactly k + ½, so R's round-half-to-even never matters here.
  return Math.round(Math.log2(nUseful)) + 3;
}

/** Up to this many useful points the crossings limit comes from a table (a year of weekly points is 52). */
const TABLED = 100;
let tabled: readonly number[] | undefined;

/** The fewest crossings expected: fewer than this signals. */
export function crossingsLimit(nUseful: number): number {
  assertUseful(nUseful);
  // A run chart is read far more often than it changes; the quantile is summed once per n ≤ 100
  // for the life of the process instead of on every read.
  if (nUseful <= TABLED) {
    tabled ??= Array.from({ length: TABLED + 1 }, (_, n) =>
      n === 0 ? 0 : binomialQuantile(0.05, n - 1, 0.5),
    );
    return tabled[nUseful]!;
  }
  return binomialQuantile(0.05, nUseful - 1, 0.5);
}
