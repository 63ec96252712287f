import { describe, expect, it } from 'vitest';
import { binomialQuantile } from './binomial.js';

/** P(X ≤ k) ≥ p for Binomial(size, ½), decided exactly in integers: Σ C(size, i) ≥ p · 2^size. */
function exactHalfQuantile(p: { num: bigint; den: bigint }, size: number): number {
  const total = 1n << BigInt(size);
  let coefficient = 1n;
  let cumulative = 0n;
  for (let k = 0; k <= size; k++) {
    cumulative += coefficient;
    if (cumulative * p.den >= p.num * total) return k;
    coefficient = (coefficient * BigInt(size - k)) / BigInt(k + 1);
  }
  return size;
}

describe('binomialQuantile', () => {
  it('matches an exact integer computation of qbinom(0.05, m, 0.5) for m = 0 … 400', () => {
    for (let m = 0; m <= 400; m++) {
      expect(binomialQuantile(0.05, m, 0.5), `m = ${m}`).toBe(exactHalfQuantile({ num: 1n, den: 20n }, m));
    }
  });

  it('keeps an exact tie on the lower value, as R does', () => {
    // P(X ≤ 0) = ½ exactly for one toss, and P(X ≤ 1) = 4/8 = ½ exactly for three.
    expect(binomialQuantile(0.5, 1, 0.5)).toBe(0);
    expect(binomialQuantile(0.5, 3, 0.5)).toBe(1);
    expect(binomialQuantile(0.25, 1, 0.5)).toBe(0);
    expect(binomialQuantile(0.75, 1, 0.5)).toBe(1);
  });

  it('handles other probabilities and the edges', () => {
    // Binomial(10, 0.2): P(X ≤ 1) = 0.3758…, so the 30 % quantile is 1; P(X ≤ 2) = 0.6778.
    expect(binomialQuantile(0.3, 10, 0.2)).toBe(1);
    expect(binomialQuantile(0.5, 10, 0.2)).toBe(2);
    expect(binomialQuantile(0, 10, 0.2)).toBe(0);
    expect(binomialQuantile(1, 10, 0.2)).toBe(10);
    expect(binomialQuantile(0.5, 10, 0)).toBe(0);
    expect(binomialQuantile(0.5, 10, 1)).toBe(10);
    expect(binomialQuantile(0.05, 0, 0.5)).toBe(0);
  });

  it('stays exact where 2^−n underflows', () => {
    expect(binomialQuantile(0.05, 5000, 0.5)).toBe(exactHalfQuantile({ num: 1n, den: 20n }, 5000));
  });

  it('refuses nonsense', () => {
    expect(() => binomialQuantile(1.5, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialQuantile(0.5, 2.5, 0.5)).toThrow(RangeError);
    expect(() => binomialQuantile(0.5, 10, -0.1)).toThrow(RangeError);
  });
});
