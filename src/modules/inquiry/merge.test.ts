import { describe, expect, it } from 'vitest';
import { learningCircle } from './forms/learning-circle.js';
import { currentPhase, emptyData, mergeChanges, progress } from './merge.js';

describe('merging circle changes', () => {
  it('applies changes made from the stored value', () => {
    const data = emptyData(learningCircle);
    const {
      data: next,
      applied,
      conflicts,
    } = mergeChanges(data, [{ phase: 'plan', field: 'theme', from: '', to: 'Overgange' }]);
    expect(conflicts).toEqual([]);
    expect(applied).toHaveLength(1);
    expect(next.phases.plan!.fields.theme).toBe('Overgange');
    expect(data.phases.plan!.fields.theme).toBe('');
  });

  it('keeps both versions when two people changed the same field', () => {
    const stored = mergeChanges(emptyData(learningCircle), [
      { phase: 'plan', field: 'focus', from: '', to: 'Hans version' },
    ]).data;
    const { data, conflicts } = mergeChanges(stored, [
      { phase: 'plan', field: 'focus', from: '', to: 'Hendes version' },
      { phase: 'plan', field: 'theme', from: '', to: 'Leg' },
    ]);
    expect(conflicts).toEqual([
      { phase: 'plan', field: 'focus', base: '', mine: 'Hendes version', theirs: 'Hans version' },
    ]);
    expect(data.phases.plan!.fields.focus).toBe('Hans version');
    expect(data.phases.plan!.fields.theme).toBe('Leg');
  });

  it('treats the same edit by both as no conflict', () => {
    const stored = mergeChanges(emptyData(learningCircle), [
      { phase: 'action', field: 'firstStep', from: '', to: 'Start mandag' },
    ]).data;
    const { conflicts, applied } = mergeChanges(stored, [
      { phase: 'action', field: 'firstStep', from: '', to: 'Start mandag' },
    ]);
    expect(conflicts).toEqual([]);
    expect(applied).toEqual([]);
  });

  it('tells the current phase and progress from the phases marked done', () => {
    let data = emptyData(learningCircle);
    expect(currentPhase(learningCircle, data)).toBe('plan');
    data = mergeChanges(
      data,
      [],
      [
        { phase: 'plan', done: true },
        { phase: 'action', done: true },
      ],
    ).data;
    expect(currentPhase(learningCircle, data)).toBe('inAction');
    expect(progress(learningCircle, data)).toBeCloseTo(2 / 6);
  });
});
