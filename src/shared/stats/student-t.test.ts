import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta } from './special-functions.js';
import { studentTCdf, studentTQuantile } from './student-t.js';

describe('special functions', () => {
  it('logGamma matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(101)).toBeCloseTo(363.73937555556347, 9); // ln 100!
  });

  it('regularizedBeta matches closed forms', () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b.
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedBeta(0.6, 3, 1)).toBeCloseTo(0.216, 14);
    expect(regularizedBeta(0.2, 1, 4)).toBeCloseTo(1 - 0.8 ** 4, 14);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});

describe('Student t', () => {
  it('gives the table values people look up', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042, 3);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(studentTQuantile(0.975, 5)).toBeCloseTo(2.571, 3);
    expect(studentTQuantile(0.995, 20)).toBeCloseTo(2.845, 3);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom to ten digits', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      // ν = 1 is the Cauchy distribution; for ν = 2, t = (2p − 1) / √(2p(1 − p)).
      expect(studentTQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(studentTQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 10);
    }
  });

  it('approaches the normal quantile for many degrees of freedom, and is symmetric', () => {
    expect(studentTQuantile(0.975, 1e7)).toBeCloseTo(1.959964, 5);
    expect(studentTQuantile(0.025, 12)).toBeCloseTo(-studentTQuantile(0.975, 12), 12);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('the quantile inverts the distribution function', () => {
    for (const df of [1, 3, 8.5, 38]) {
      for (const p of [0.01, 0.3, 0.8, 0.975]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it('refuses nonsense', () => {
    expect(() => studentTQuantile(1, 10)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, 0)).toThrow(RangeError);
  });
});
