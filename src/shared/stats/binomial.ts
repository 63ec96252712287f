/**
 * The binomial lower quantile, as R's qbinom defines it: the smallest k with P(X ≤ k) ≥ p.
 * The Anhøj crossings rule needs qbinom(0.05, n − 1, 0.5).
 *
 * The probabilities are summed as weights relative to the mode (the mode weighs 1, each
 * neighbour follows by the ratio P(k+1)/P(k) = (n−k)/(k+1) · π/(1−π)), smallest first. That
 * never overflows, underflows only for terms too small to matter, and keeps the sum accurate to
 * a few units in the last place — far finer than any gap between the cumulative probabilities
 * and 0.05 (with π = ½ they are multiples of 2^−(n−1) and never equal 1/20 exactly).
 * Like R, the target is lowered by 64 machine epsilons so an exact tie (P(X ≤ k) = p) is not
 * lost to rounding.
 */

function relativeWeights(size: number, prob: number): number[] {
  const mode = Math.min(size, Math.floor((size + 1) * prob));
  const odds = prob / (1 - prob);
  const weights = new Array<number>(size + 1).fill(0);
  weights[mode] = 1;
  for (let k = mode + 1; k <= size; k++) weights[k] = ((weights[k - 1]! * (size - k + 1)) / k) * odds;
  for (let k = mode - 1; k >= 0; k--) weights[k] = (weights[k + 1]! * (k + 1)) / (size - k) / odds;
  return weights;
}

/** The smallest k in 0…size with P(X ≤ k) ≥ p for X ~ Binomial(size, prob) (R: qbinom(p, size, prob)). */
export function binomialQuantile(p: number, size: number, prob: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must lie in [0, 1], got ${p}`);
  if (!Number.isInteger(size) || size < 0)
    throw new RangeError(`size must be a whole number ≥ 0, got ${size}`);
  if (!(prob >= 0 && prob <= 1)) throw new RangeError(`prob must lie in [0, 1], got ${prob}`);
  if (size === 0 || prob === 0 || p === 0) return 0;
  if (prob === 1 || p === 1) return size;
  const weights = relativeWeights(size, prob);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const target = p * (1 - 64 * Number.EPSILON) * total;
  let cumulative = 0;
  for (let k = 0; k <= size; k++) {
    cumulative += weights[k]!;
    if (cumulative >= target) return k;
  }
  return size;
}
