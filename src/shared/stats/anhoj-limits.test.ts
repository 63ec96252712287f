import { describe, expect, it } from 'vitest';
import { crossingsLimit, longestRunLimit, MIN_USEFUL_POINTS } from './anhoj-limits.js';

/**
 * The limits worked out here a second way, in integers only:
 * - round(log2 n) = k exactly when 2^(k − ½) ≤ n < 2^(k + ½), i.e. 2^(2k − 1) ≤ n² < 2^(2k + 1);
 * - qbinom(0.05, n − 1, ½) is the smallest c with 20 · Σ_{i ≤ c} C(n − 1, i) ≥ 2^(n − 1).
 */
function expectedRunLimit(n: number): number {
  let k = 0;
  while (2 ** (2 * k + 1) <= n * n) k++;
  return k + 3;
}

function expectedCrossingsLimit(n: number): number {
  const m = n - 1;
  const total = 1n << BigInt(m);
  let coefficient = 1n;
  let cumulative = 0n;
  for (let c = 0; c <= m; c++) {
    cumulative += coefficient;
    if (20n * cumulative >= total) return c;
    coefficient = (coefficient * BigInt(m - c)) / BigInt(c + 1);
  }
  return m;
}

describe('the Anhøj limits', () => {
  it('match the table for n = 10 … 100 worked out independently', () => {
    for (let n = 10; n <= 100; n++) {
      expect([longestRunLimit(n), crossingsLimit(n)], `n = ${n}`).toEqual([
        expectedRunLimit(n),
        expectedCrossingsLimit(n),
      ]);
    }
  });

  it('match published values (Anhøj & Olesen 2014, table 1), each checked against the formulas', () => {
    // [n, longest run allowed (a longer one signals), fewest crossings allowed (fewer signals)]
    const published: [number, number, number][] = [
      [10, 6, 2],
      [12, 7, 3],
      [20, 7, 6],
      [24, 8, 8],
      [30, 8, 10],
      [100, 10, 41],
    ];
    for (const [n, run, crossings] of published) {
      expect([longestRunLimit(n), crossingsLimit(n)], `n = ${n}`).toEqual([run, crossings]);
    }
  });

  it('start at ten useful points', () => {
    expect(MIN_USEFUL_POINTS).toBe(10);
  });

  it('refuse a count that is not a whole number ≥ 1', () => {
    expect(() => longestRunLimit(0)).toThrow(RangeError);
    expect(() => crossingsLimit(2.5)).toThrow(RangeError);
  });
});
