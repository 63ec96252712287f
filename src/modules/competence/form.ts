// The initiative's texts as one inquiry form (ADR 0012): phases are the five fields plus the
// impact map, so saving them goes through the inquiry engine's field-level merge.
import { LIMITS } from '../../shared/limits.js';

export type InitiativeFieldType = 'text' | 'test' | 'date';

export interface InitiativeField {
  key: string;
  type: InitiativeFieldType;
  maxLength: number;
}

const text = (key: string, maxLength: number = LIMITS.description): InitiativeField => ({
  key,
  type: 'text',
  maxLength,
});
/** One of the guide's three tests of a task: '' (not yet asked), 'yes' or 'no'. */
const test = (key: string): InitiativeField => ({ key, type: 'test', maxLength: 3 });
const day = (key: string): InitiativeField => ({ key, type: 'date', maxLength: 10 });

export const INITIATIVE_PHASES: readonly { key: string; fields: readonly InitiativeField[] }[] = [
  {
    key: 'task',
    fields: [
      text('situation'),
      text('responsibility'),
      text('why_now'),
      test('test_concrete'),
      test('test_changeable'),
      test('test_responsibility'),
    ],
  },
  { key: 'perspective', fields: [text('core_task'), text('workplace')] },
  { key: 'learning_goals', fields: [text('methods'), text('knowledge'), text('role')] },
  { key: 'training_track', fields: [text('notes'), day('starts_on'), day('ends_on')] },
  { key: 'everyday', fields: [text('notes'), day('responsibility_from')] },
  { key: 'impact', fields: [text('sub_results'), text('changed_practice')] },
];

export const TASK_TEST_FIELDS = {
  concrete: 'test_concrete',
  changeable: 'test_changeable',
  responsibility: 'test_responsibility',
} as const;

/** The form as the inquiry engine reads it (emptyData, mergeChanges). */
export const INITIATIVE_FORM = { key: 'competence_initiative', phases: INITIATIVE_PHASES } as const;

export function initiativeField(phase: string, field: string): InitiativeField | undefined {
  return INITIATIVE_PHASES.find((p) => p.key === phase)?.fields.find((f) => f.key === field);
}
