import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { INSTRUMENTS, INSTRUMENT_ITEMS } from '../../forums/constants.js';
import { forumsMessages } from '../../forums/web/messages.js';
import { expectBothLanguages } from '../../../../test/localized.js';
import { BUILT_IN_INSTRUMENTS, builtInInstrument } from './index.js';
import { learningCommunityItems } from './learning-community.js';
import type { Instrument } from './types.js';

const itemKeys = (instrument: Instrument) => instrument.items.map((item) => item.key);
const byKey = (key: string) => builtInInstrument(key)!;

describe('the built-in instruments', () => {
  it('are the six the issue names, with unique keys, and include the forums’ two', () => {
    expect(BUILT_IN_INSTRUMENTS.map((i) => i.key)).toEqual([
      'meeting',
      'safety',
      'learning_culture',
      'mup_process',
      'learning_community',
      'social_capital',
    ]);
    for (const key of INSTRUMENTS) expect(builtInInstrument(key)).toBeDefined();
    expect(builtInInstrument('nope')).toBeUndefined();
  });

  it.each(BUILT_IN_INSTRUMENTS.map((i) => [i.key, i] as const))(
    '%s: item keys are unique and every index refers to items or indices that exist',
    (_key, instrument: Instrument) => {
      const keys = itemKeys(instrument);
      expect(new Set(keys).size).toBe(keys.length);
      const indexKeys = instrument.indices.map((index) => index.key);
      expect(new Set(indexKeys).size).toBe(indexKeys.length);
      for (const item of instrument.items) {
        if (item.index) expect(indexKeys, item.key).toContain(item.index);
      }
      for (const index of instrument.indices) {
        if (index.of) {
          expect(index.of.length, index.key).toBeGreaterThanOrEqual(2);
          for (const part of index.of) {
            const found = instrument.indices.find((i) => i.key === part);
            expect(found, `${index.key} → ${part}`).toBeDefined();
            expect(found!.of, `${part} must have items of its own`).toBeUndefined();
          }
        } else {
          expect(
            instrument.items.filter((item) => item.index === index.key).length,
            index.key,
          ).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each(BUILT_IN_INSTRUMENTS.map((i) => [i.key, i] as const))(
    '%s: the scale names both ends and only points on it',
    (_key, instrument: Instrument) => {
      const { min, max, labels } = instrument.scale;
      expect(min).toBeLessThan(max);
      const values = labels.map((label) => label.value);
      expect(values[0]).toBe(min);
      expect(values.at(-1)).toBe(max);
      expect([...values].sort((a, b) => a - b)).toEqual(values);
      expect(new Set(values).size).toBe(values.length);
    },
  );

  it('write every text in Danish and English, with short labels that fit a chart', () => {
    expect(expectBothLanguages(BUILT_IN_INSTRUMENTS, LIMITS.description)).toBeGreaterThan(150);
    for (const instrument of BUILT_IN_INSTRUMENTS) {
      for (const item of instrument.items as Instrument['items']) {
        expect(item.short.da.length, item.key).toBeLessThanOrEqual(30);
        expect(item.short.en.length, item.key).toBeLessThanOrEqual(30);
        expect(item.text.da.length, item.key).toBeLessThanOrEqual(LIMITS.shortText);
      }
    }
  });
});

describe('the meeting evaluation and the safety check', () => {
  const { da, en } = forumsMessages;

  it('keep the forums’ keys, order and texts, so those who answer see no change', () => {
    const meeting = byKey('meeting');
    expect(itemKeys(meeting)).toEqual([...INSTRUMENT_ITEMS.meeting]);
    for (const item of meeting.items) {
      const key = item.key as keyof typeof da.meetingItems;
      expect(item.text).toEqual({ da: da.meetingItems[key], en: en.meetingItems[key] });
      expect(item.short).toEqual({ da: da.meetingShort[key], en: en.meetingShort[key] });
    }
    const safety = byKey('safety');
    expect(itemKeys(safety)).toEqual([...INSTRUMENT_ITEMS.safety]);
    for (const item of safety.items) {
      const key = item.key as keyof typeof da.safetyItems;
      expect(item.text).toEqual({ da: da.safetyItems[key], en: en.safetyItems[key] });
      expect(item.short).toEqual({ da: da.safetyShort[key], en: en.safetyShort[key] });
    }
  });

  it('show the scale’s ends in the forums’ words', () => {
    for (const instrument of [byKey('meeting'), byKey('safety')]) {
      const [low, high] = instrument.scale.labels;
      expect(`1 = ${low!.text.da}`).toBe(da.answer.scaleLow);
      expect(`5 = ${high!.text.da}`).toBe(da.answer.scaleHigh);
      expect(`1 = ${low!.text.en}`).toBe(en.answer.scaleLow);
      expect(`5 = ${high!.text.en}`).toBe(en.answer.scaleHigh);
    }
  });

  it('let the meeting’s eighth question, "other", be skipped and no other', () => {
    const meeting = byKey('meeting');
    expect(meeting.items.filter((item) => item.optional).map((item) => item.key)).toEqual(['other']);
    expect(meeting.items.findIndex((item) => item.key === 'other')).toBe(7);
  });
});

describe('the new instruments', () => {
  it('ask the twelve learning-culture beacons in seven themes with an overall index', () => {
    const culture = byKey('learning_culture');
    expect(culture.items).toHaveLength(12);
    const themes = culture.indices.filter((index) => !index.of);
    expect(themes).toHaveLength(7);
    const overall = culture.indices.find((index) => index.of)!;
    expect([...overall.of!].sort()).toEqual(themes.map((t) => t.key).sort());
  });

  it('ask the ten check questions of the development-talk process', () => {
    expect(byKey('mup_process').items).toHaveLength(10);
  });

  it('measure social capital in four parts of three or four items, with the four learning-community items', () => {
    const social = byKey('social_capital');
    for (const part of ['trustVertical', 'trustHorizontal', 'justice', 'cooperation']) {
      const count = social.items.filter((item) => item.index === part).length;
      expect(count, part).toBeGreaterThanOrEqual(3);
      expect(count, part).toBeLessThanOrEqual(4);
    }
    expect(social.indices.find((i) => i.key === 'socialCapital')!.of).toEqual([
      'trustVertical',
      'trustHorizontal',
      'justice',
      'cooperation',
    ]);
    const community = social.items.filter((item) => item.index === 'learningCommunity');
    expect(community).toEqual([...learningCommunityItems]);
    expect(itemKeys(byKey('learning_community'))).toEqual(learningCommunityItems.map((i) => i.key));
    expect(learningCommunityItems).toHaveLength(4);
  });

  it('turn round only items where agreeing is the unwanted answer', () => {
    const reversed = BUILT_IN_INSTRUMENTS.flatMap((i) =>
      (i.items as Instrument['items']).filter((item) => item.reverse).map((item) => item.key),
    );
    expect(reversed).toEqual(['informationHeldBack']);
  });
});
