/**
 * Ordinary least-squares regression of y on x, for the relationship between two indices across
 * departments (004: about +9 points of learning community per +10 points of social capital).
 * The slope's confidence interval uses Student's t with n − 2 degrees of freedom, the textbook
 * interval under independent, normally distributed residuals of equal variance — an assumption
 * worth remembering with a few dozen departments.
 *
 * Sums are taken around the means, which keeps them accurate when the indices sit far from 0.
 * Too few points or no spread in x is answered, not thrown: a page shows why there is no line.
 */
import { studentTQuantile } from './student-t.js';

export interface Pair {
  x: number;
  y: number;
}

export type RegressionRefusal = 'too_few_points' | 'no_variance_in_x';

export type RegressionResult =
  | {
      ok: true;
      n: number;
      slope: number;
      intercept: number;
      /** The slope's confidence interval at `level`. */
      slopeInterval: { lower: number; upper: number; level: number };
      slopeStandardError: number;
      /** Share of y's variance explained; null when y does not vary at all (0/0). */
      rSquared: number | null;
    }
  | { ok: false; reason: RegressionRefusal; n: number };

/** The fewest pairs for which a line and its interval mean anything (n − 2 ≥ 1). */
export const MIN_REGRESSION_POINTS = 3;

export function linearRegression(pairs: readonly Pair[], level = 0.95): RegressionResult {
  if (!(level > 0 && level < 1))
    throw new RangeError(`The confidence level must lie in (0, 1), got ${level}`);
  pairs.forEach(({ x, y }, i) => {
    if (!Number.isFinite(x) || !Number.isFinite(y))
      throw new RangeError(`Pair ${i} is not two finite numbers`);
  });
  const n = pairs.length;
  if (n < MIN_REGRESSION_POINTS) return { ok: false, reason: 'too_few_points', n };
  const meanX = pairs.reduce((s, p) => s + p.x, 0) / n;
  const meanY = pairs.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y } of pairs) {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
    syy += (y - meanY) ** 2;
  }
  // Relative to x's own size: equal x values leave rounding dust in sxx, not spread.
  if (sxx <= n * (1e-10 * meanX) ** 2) return { ok: false, reason: 'no_variance_in_x', n };
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residual = Math.max(syy - slope * sxy, 0);
  const standardError = Math.sqrt(residual / (n - 2) / sxx);
  const t = studentTQuantile(1 - (1 - level) / 2, n - 2);
  return {
    ok: true,
    n,
    slope,
    intercept,
    slopeInterval: { lower: slope - t * standardError, upper: slope + t * standardError, level },
    slopeStandardError: standardError,
    rSquared: syy > n * (1e-10 * meanY) ** 2 ? (sxy * sxy) / (sxx * syy) : null,
  };
}
