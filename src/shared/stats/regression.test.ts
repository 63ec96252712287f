import { describe, expect, it } from 'vitest';
import { linearRegression, type Pair } from './regression.js';
import { seededRandom } from './seeded-random.js';

/** Departments with social capital x (0–100) and a learning-community index y = 0.9x + 5 + noise. */
function departments(seed: number, n: number, noiseSd = 3): Pair[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const x = 40 + 40 * random.next();
    return { x, y: 0.9 * x + 5 + random.normal(0, noiseSd) };
  });
}

function fitted(pairs: Pair[]) {
  const result = linearRegression(pairs);
  if (!result.ok) throw new Error(`expected a fit, got ${result.reason}`);
  return result;
}

describe('linear regression', () => {
  it('a hand-computed case', () => {
    // x̄ = 3, ȳ = 4, Sxx = 10, Sxy = 6, Syy = 6 → slope 0.6, intercept 2.2, R² = 36/60;
    // residuals −0.8, 0.6, 1, −0.6, −0.2 → s² = 2.4 / 3, SE = √(0.8 / 10); t(0.975, 3) = 3.182446.
    const fit = fitted([
      { x: 1, y: 2 },
      { x: 2, y: 4 },
      { x: 3, y: 5 },
      { x: 4, y: 4 },
      { x: 5, y: 5 },
    ]);
    expect(fit.n).toBe(5);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.rSquared).toBeCloseTo(0.6, 12);
    expect(fit.slopeStandardError).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(fit.slopeInterval.lower).toBeCloseTo(0.6 - 3.182446 * Math.sqrt(0.08), 5);
    expect(fit.slopeInterval.upper).toBeCloseTo(0.6 + 3.182446 * Math.sqrt(0.08), 5);
    expect(fit.slopeInterval.level).toBe(0.95);
  });

  it('recovers a known relationship across 40 departments', () => {
    const fit = fitted(departments(13, 40));
    expect(fit.n).toBe(40);
    expect(Math.abs(fit.slope - 0.9)).toBeLessThan(0.1);
    expect(Math.abs(fit.intercept - 5)).toBeLessThan(6);
    expect(fit.slopeInterval.lower).toBeLessThan(0.9);
    expect(fit.slopeInterval.upper).toBeGreaterThan(0.9);
    // About 0.1 wide on each side with this spread of x and noise — not a vague band.
    expect(fit.slopeInterval.upper - fit.slopeInterval.lower).toBeLessThan(0.3);
    // Var(0.9x) ≈ 0.81 · 40² / 12 ≈ 108 against noise variance 9: R² near 0.92.
    expect(fit.rSquared).toBeGreaterThan(0.85);
    expect(fit.rSquared).toBeLessThan(0.97);
  });

  it('the 95 % interval covers the true slope about 95 % of the time, even with six departments', () => {
    // With the normal quantile instead of t(4) the coverage would fall to about 88 %.
    let covered = 0;
    const trials = 2000;
    for (let seed = 1; seed <= trials; seed++) {
      const fit = fitted(departments(seed, 6, 8));
      if (fit.slopeInterval.lower <= 0.9 && 0.9 <= fit.slopeInterval.upper) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.93);
    expect(covered / trials).toBeLessThan(0.97);
  });

  it('a perfect line and a flat y', () => {
    const line = fitted([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 })));
    expect([line.slope, line.intercept, line.rSquared]).toEqual([2, 1, 1]);
    expect(line.slopeInterval.upper - line.slopeInterval.lower).toBeCloseTo(0, 12);
    const flat = fitted([1, 2, 3, 4].map((x) => ({ x, y: 7 })));
    expect(flat.slope).toBe(0);
    expect(flat.rSquared).toBeNull();
  });

  it('refuses, without throwing, too few departments or no spread in x', () => {
    expect(linearRegression([])).toEqual({ ok: false, reason: 'too_few_points', n: 0 });
    expect(
      linearRegression([
        { x: 1, y: 2 },
        { x: 2, y: 3 },
      ]),
    ).toEqual({ ok: false, reason: 'too_few_points', n: 2 });
    expect(linearRegression([5, 6, 7].map((y) => ({ x: 50, y })))).toEqual({
      ok: false,
      reason: 'no_variance_in_x',
      n: 3,
    });
    // Equal x values whose mean is not exact in binary still have no spread.
    expect(linearRegression([1, 2, 3].map((y) => ({ x: 0.1, y })))).toMatchObject({
      reason: 'no_variance_in_x',
    });
    expect(linearRegression(departments(1, 3)).ok).toBe(true);
  });

  it('treats non-numbers as a programming error', () => {
    expect(() => linearRegression([{ x: Number.NaN, y: 1 }])).toThrow(RangeError);
    expect(() => linearRegression(departments(1, 5), 1)).toThrow(RangeError);
  });
});
