import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import { expectBothLanguages } from '../../../test/localized.js';
import { LICENCE_LEVELS, TARGET_LEVELS } from '../competence/constants.js';
import * as licences from './content.js';

describe('driving licences', () => {
  it('maps C, B and A one to one onto the target levels', () => {
    expect(licences.LICENCE_LEVEL_TEXTS.map((l) => l.level)).toEqual([...LICENCE_LEVELS]);
    expect(licences.LICENCE_LEVEL_TEXTS.map((l) => l.matchesTarget)).toEqual([...TARGET_LEVELS]);
  });

  it('says "expiring" with the same number of days the rule uses', () => {
    const days = String(licences.EXPIRY_WARNING_DAYS);
    for (const status of ['valid', 'expiring'] as const) {
      expect(licences.LICENCE_STATUS_TEXTS[status].explanation.da).toContain(days);
      expect(licences.LICENCE_STATUS_TEXTS[status].explanation.en).toContain(days);
    }
  });

  it('offers several kind wordings for a review that does not grant the licence yet', () => {
    expect(licences.NOT_YET_PHRASES.length).toBeGreaterThanOrEqual(3);
    expect(licences.REVIEW_DECISIONS).toEqual(['granted', 'not_yet']);
  });
});

describe('the licence texts', () => {
  it('are written in both languages within the description limit', () => {
    expect(expectBothLanguages(licences, LIMITS.description)).toBeGreaterThan(25);
  });
});
