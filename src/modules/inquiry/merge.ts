import type { FieldChange, InquiryData } from './schema.js';
import type { FormDefinition } from './forms/types.js';
import type { FieldConflict } from './answers.js';

export interface DoneChange {
  phase: string;
  done: boolean;
}

export interface MergeResult {
  data: InquiryData;
  applied: FieldChange[];
  conflicts: FieldConflict[];
}

/** An inquiry with every phase of the form present and empty. */
export function emptyData(form: FormDefinition): InquiryData {
  return {
    phases: Object.fromEntries(
      form.phases.map((p) => [
        p.key,
        { fields: Object.fromEntries(p.fields.map((f) => [f.key, ''])), done: false },
      ]),
    ),
  };
}

export const fieldValue = (data: InquiryData, phase: string, field: string) =>
  data.phases[phase]?.fields[field] ?? '';

/**
 * Applies a saver's changes to what is stored now, field by field. A change applies when the
 * stored value is still the one the saver started from (or already equals what they want). When
 * someone else changed the same field in between, nothing is overwritten: the field is returned
 * as a conflict with both versions. Changes to other fields still apply, so two people working on
 * different parts of a circle never block each other.
 */
export function mergeChanges(
  current: InquiryData,
  changes: readonly FieldChange[],
  doneChanges: readonly DoneChange[] = [],
): MergeResult {
  const data: InquiryData = structuredClone(current);
  const applied: FieldChange[] = [];
  const conflicts: FieldConflict[] = [];
  for (const change of changes) {
    const stored = fieldValue(data, change.phase, change.field);
    if (stored === change.to) continue;
    if (stored !== change.from) {
      conflicts.push({
        phase: change.phase,
        field: change.field,
        base: change.from,
        mine: change.to,
        theirs: stored,
      });
      continue;
    }
    const phase = (data.phases[change.phase] ??= { fields: {}, done: false });
    phase.fields[change.field] = change.to;
    applied.push(change);
  }
  for (const d of doneChanges) {
    const phase = (data.phases[d.phase] ??= { fields: {}, done: false });
    phase.done = d.done;
  }
  return { data, applied, conflicts };
}

/** The phase the inquiry stands in: the first not marked done (or the last when all are). */
export function currentPhase(form: FormDefinition, data: InquiryData): string {
  return (form.phases.find((p) => !data.phases[p.key]?.done) ?? form.phases[form.phases.length - 1]!).key;
}

/** Share of phases marked done, 0..1. */
export function progress(form: FormDefinition, data: InquiryData): number {
  return form.phases.filter((p) => data.phases[p.key]?.done).length / form.phases.length;
}
