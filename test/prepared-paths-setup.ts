import fs from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { compareEveryCall, type PathComparison } from './prepared-paths.js';

/*
 * With MUP_COMPARE_PREPARED=<file> (vitest.config.ts), every test file compares the named and the
 * unnamed PGlite path on every prepared call it makes, fails on a difference, and appends the
 * names it compared to <file>, so a run over the suites shows which statements were covered.
 */
let comparison: PathComparison | null = null;

beforeAll(() => {
  comparison = compareEveryCall();
});

afterAll(() => {
  if (!comparison) return;
  comparison.stop();
  const file = process.env.MUP_COMPARE_PREPARED;
  if (file) fs.appendFileSync(file, [...comparison.calls.keys()].map((name) => `${name}\n`).join(''));
  expect(comparison.differences).toEqual([]);
});
