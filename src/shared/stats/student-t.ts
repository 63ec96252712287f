/**
 * Student's t distribution: the upper tail from the incomplete beta function,
 * P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0 (Abramowitz & Stegun 26.7.1 with 26.5.27), and
 * the quantile by bisection on that tail. Bisection is slower than Newton's method but cannot
 * wander off; forty-odd tail evaluations per quantile cost nothing at our sizes, and the tail is
 * computed directly (never as 1 − CDF), so far quantiles keep their precision.
 */
import { regularizedBeta } from './special-functions.js';

function assertDegrees(df: number) {
  if (!(df > 0) || !Number.isFinite(df))
    throw new RangeError(`Degrees of freedom must be positive, got ${df}`);
}

/** P(T > t) for t ≥ 0. */
function upperTail(t: number, df: number): number {
  return 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** P(T ≤ t) with ν = df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  assertDegrees(df);
  if (Number.isNaN(t)) throw new RangeError('t must be a number');
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  return t >= 0 ? 1 - upperTail(t, df) : upperTail(-t, df);
}

/** The t with P(T ≤ t) = p, for 0 < p < 1 (R: qt(p, df)). */
export function studentTQuantile(p: number, df: number): number {
  assertDegrees(df);
  if (!(p > 0 && p < 1)) throw new RangeError(`p must lie strictly between 0 and 1, got ${p}`);
  if (p === 0.5) return 0;
  // The distribution is symmetric: find the positive t whose upper tail is the smaller tail.
  const tail = p > 0.5 ? 1 - p : p;
  let low = 0;
  let high = 1;
  while (upperTail(high, df) > tail) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (upperTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  const t = (low + high) / 2;
  return p > 0.5 ? t : -t;
}
