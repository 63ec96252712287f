import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { FEEDBACK_KINDS } from '../../feedback/constants.js';
import { expectBothLanguages } from '../../../../test/localized.js';
import { ANCHORING_TEXTS, EVERYDAY_NOTE } from './anchoring.js';
import { EXAMPLE_INITIATIVES } from './cases.js';
import { FIELDS, TASK_DEFINITION, TASK_TESTS, TASK_TEST_KEYS } from './fields.js';
import { FORMATS, FORMAT_IDS, FORMAT_SUIT_TEXTS, formatsFor } from './formats.js';
import { IMPACT_LEVELS, IMPACT_LEVEL_TEXTS, IMPACT_MAP_NOTE } from './impact-map.js';
import { GOAL_LEVEL_TEXTS, GOAL_LEVELS_NOTE } from './learning-goal-levels.js';
import { CURRENT_LEVEL_TEXTS, TARGET_LEVEL_NOTE, TARGET_LEVEL_TEXTS } from './levels.js';
import { FEEDBACK_KIND_TEXTS, TEMPO_TEXTS, TRAINING_TRACK_NOTE } from './training-track.js';
import { FOLLOW_UP_AFTER_MONTHS, TRANSFER_NOTE, TRANSFER_PHASES, TRANSFER_PHASE_TEXTS } from './transfer.js';
import {
  ANCHORING_KINDS,
  CURRENT_LEVELS,
  FIELD_KEYS,
  FORMAT_SUITS,
  GOAL_LEVELS,
  TARGET_LEVELS,
  TEMPI,
} from './types.js';

const keys = (list: readonly { key: string }[]) => list.map((item) => item.key);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter(Boolean).length;

describe('the five fields', () => {
  it('come in the guide’s order, each with its leader’s task, a pitfall and prompts', () => {
    expect(keys(FIELDS)).toEqual([...FIELD_KEYS]);
    expect(FIELDS.map((f) => f.number)).toEqual([1, 2, 3, 4, 5]);
    for (const field of FIELDS) expect(field.prompts.length, field.key).toBeGreaterThanOrEqual(3);
  });

  it('ask the three tests of a task, each with an example that fails it and a rewrite', () => {
    expect(keys(TASK_TESTS)).toEqual([...TASK_TEST_KEYS]);
    for (const test of TASK_TESTS) {
      expect(test.question.da.endsWith('?'), test.key).toBe(true);
      expect(test.examples.length, test.key).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the learning-format catalogue', () => {
  it('holds the guide’s fifteen formats with unique ids, each suiting at least one level', () => {
    expect(FORMATS).toHaveLength(15);
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(15);
    expect(FORMATS.map((f) => f.id)).toEqual([...FORMAT_IDS]);
    for (const format of FORMATS) {
      expect(format.suits.length, format.id).toBeGreaterThanOrEqual(1);
      expect(new Set(format.suits).size, format.id).toBe(format.suits.length);
      for (const suit of format.suits) expect(FORMAT_SUITS).toContain(suit);
    }
  });

  it('places formats on every level the way the guide does: five, three, four and three', () => {
    const primary = (suit: string) => FORMATS.filter((f) => f.suits[0] === suit).length;
    expect([primary('methods'), primary('knowledge'), primary('role'), primary('complex')]).toEqual([
      5, 3, 4, 3,
    ]);
    expect(keys(FORMAT_SUIT_TEXTS)).toEqual([...FORMAT_SUITS]);
  });

  it('describes each format in two sentences', () => {
    for (const format of FORMATS) {
      expect(sentences(format.description.da), `${format.id} da`).toBe(2);
      expect(sentences(format.description.en), `${format.id} en`).toBe(2);
    }
  });

  it('suggests the formats placed on a level before those that also suit it', () => {
    const methods = formatsFor('methods').map((f) => f.id);
    expect(methods.slice(0, 5)).toEqual([
      'training_workshop',
      'development_workshop',
      'side_by_side',
      'e_learning',
      'tool_course',
    ]);
    expect(methods.slice(5)).toEqual(['mentoring', 'action_learning', 'learning_network']);
    expect(formatsFor('complex').map((f) => f.id)).toEqual([
      'learning_network',
      'project_work',
      'long_education',
      'seminar',
    ]);
  });
});

describe('levels', () => {
  it('name three current and three target levels, each target usually reached from its own start', () => {
    expect(keys(CURRENT_LEVEL_TEXTS)).toEqual([...CURRENT_LEVELS]);
    expect(keys(TARGET_LEVEL_TEXTS)).toEqual([...TARGET_LEVELS]);
    expect(TARGET_LEVEL_TEXTS.map((t) => t.usualStart)).toEqual([...CURRENT_LEVELS]);
    for (const target of TARGET_LEVEL_TEXTS) expect(target.relevantWhen.length).toBeGreaterThanOrEqual(1);
  });

  it('give every learning-goal level its questions and the leader’s role', () => {
    expect(keys(GOAL_LEVEL_TEXTS)).toEqual([...GOAL_LEVELS]);
    for (const level of GOAL_LEVEL_TEXTS) {
      expect(level.questions.length, level.key).toBeGreaterThanOrEqual(2);
      expect(level.includes.length, level.key).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('training track and everyday', () => {
  it('has three tempi and the three kinds of feedback the feedback module knows', () => {
    expect(keys(TEMPO_TEXTS)).toEqual([...TEMPI]);
    expect(keys(FEEDBACK_KIND_TEXTS)).toEqual(['evaluating', 'instructing', 'reflecting']);
    for (const kind of FEEDBACK_KIND_TEXTS) expect(FEEDBACK_KINDS).toContain(kind.key);
  });

  it('has the four kinds of anchoring, each with a question and two or three examples', () => {
    expect(keys(ANCHORING_TEXTS)).toEqual([...ANCHORING_KINDS]);
    for (const kind of ANCHORING_TEXTS) {
      expect(kind.question.da.endsWith('?'), kind.key).toBe(true);
      expect(kind.examples.length, kind.key).toBeGreaterThanOrEqual(2);
      expect(kind.examples.length, kind.key).toBeLessThanOrEqual(3);
    }
  });
});

describe('the six worked cases', () => {
  it('are six, with unique keys and formats that exist in the catalogue', () => {
    expect(EXAMPLE_INITIATIVES).toHaveLength(6);
    expect(new Set(keys(EXAMPLE_INITIATIVES)).size).toBe(6);
    for (const example of EXAMPLE_INITIATIVES) {
      expect(example.trainingTrack.formats.length, example.key).toBeGreaterThanOrEqual(1);
      for (const id of example.trainingTrack.formats) expect(FORMAT_IDS, example.key).toContain(id);
    }
  });

  it('fill every field: a goal on at least one level, a tempo and an anchoring each', () => {
    for (const example of EXAMPLE_INITIATIVES) {
      expect(Object.keys(example.learningGoals).sort()).toEqual([...GOAL_LEVELS].sort());
      expect(Object.keys(example.trainingTrack.tempi).sort()).toEqual([...TEMPI].sort());
      expect(Object.keys(example.anchoring).sort()).toEqual([...ANCHORING_KINDS].sort());
      expect(Object.values(example.learningGoals).filter(Boolean).length, example.key).toBeGreaterThan(0);
      expect(Object.values(example.anchoring).filter(Boolean).length, example.key).toBeGreaterThanOrEqual(2);
      expect(Object.values(example.trainingTrack.tempi).filter(Boolean).length, example.key).toBe(3);
    }
  });

  it('give licences in the care home’s meal case, with a level for C, B and A', () => {
    const withLicences = EXAMPLE_INITIATIVES.filter((e) => e.licences);
    expect(keys(withLicences)).toEqual(['care_home_meals']);
    expect(Object.keys(withLicences[0]!.licences!.levels).sort()).toEqual(['A', 'B', 'C']);
  });
});

describe('impact map and transfer', () => {
  it('go from the strategic goal to learning goals, and from before to after a course', () => {
    expect(keys(IMPACT_LEVEL_TEXTS)).toEqual([...IMPACT_LEVELS]);
    expect(keys(TRANSFER_PHASE_TEXTS)).toEqual([...TRANSFER_PHASES]);
    expect(FOLLOW_UP_AFTER_MONTHS).toBe(1);
  });

  it('put most of a course’s effect before and after it', () => {
    const [before, during, after] = TRANSFER_PHASE_TEXTS.map((p) => p.shareOfEffect);
    expect(before!.from + after!.from).toBeGreaterThan(during!.to * 3);
    for (const phase of TRANSFER_PHASE_TEXTS) expect(phase.prompts.length).toBeGreaterThanOrEqual(3);
  });
});

describe('every text', () => {
  it('is written in Danish and English and fits the limits an organisation’s copy will have', () => {
    const all = {
      FIELDS,
      TASK_DEFINITION,
      TASK_TESTS,
      FORMATS,
      FORMAT_SUIT_TEXTS,
      CURRENT_LEVEL_TEXTS,
      TARGET_LEVEL_TEXTS,
      TARGET_LEVEL_NOTE,
      GOAL_LEVEL_TEXTS,
      GOAL_LEVELS_NOTE,
      TEMPO_TEXTS,
      FEEDBACK_KIND_TEXTS,
      TRAINING_TRACK_NOTE,
      ANCHORING_TEXTS,
      EVERYDAY_NOTE,
      EXAMPLE_INITIATIVES,
      IMPACT_LEVEL_TEXTS,
      IMPACT_MAP_NOTE,
      TRANSFER_PHASE_TEXTS,
      TRANSFER_NOTE,
    };
    expect(expectBothLanguages(all, LIMITS.description)).toBeGreaterThan(320);
    const names = [...FIELDS, ...FORMATS, ...GOAL_LEVEL_TEXTS, ...EXAMPLE_INITIATIVES].map((x) => x.name);
    for (const name of names)
      expect(Math.max(name.da.length, name.en.length)).toBeLessThanOrEqual(LIMITS.name);
  });
});
