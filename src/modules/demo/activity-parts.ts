import type { FieldChange, InquiryData } from '../inquiry/schema.js';
import { learningCircle, emptyData } from '../inquiry/index.js';
import { demoEmail, type DemoUnitKey } from './data.js';
import type * as T from './activity-texts.js';

// Who gets which part of the demo year (activity.ts), the calendar helpers, and circle contents.

export const FRESH = new Set(['sofie.andersen']);
/** History before this month is fine for these; nothing current. */
export const QUIET = new Set([
  'lone.mikkelsen',
  'karen.frost',
  'mette.holm',
  'jesper.kristiansen',
  'hanne.vestergaard',
]);
export const local = (name: string) => demoEmail(name).split('@')[0]!;
export const DAY = 86_400_000;

export const LEADER_OF: Record<string, string> = {
  roomA: 'Lone Mikkelsen',
  roomB: 'Lone Mikkelsen',
  daycare: 'Hanne Vestergaard',
  school: 'Thomas Bach',
  care: 'Birgitte Lund',
};
/**
 * People with no leader in the demo who still keep a development record: the area leader and the
 * administration. They have goals and circles, and feedback from those they work with.
 */
export const LEADERLESS: readonly {
  name: string;
  unit: DemoUnitKey;
  sector: T.Sector;
  feedbackFrom: string[];
}[] = [
  {
    name: 'Hanne Vestergaard',
    unit: 'area',
    sector: 'leader',
    feedbackFrom: ['Lone Mikkelsen', 'Thomas Bach'],
  },
  {
    name: 'Mette Holm',
    unit: 'admin',
    sector: 'admin',
    feedbackFrom: ['Jesper Kristiansen', 'Hanne Vestergaard'],
  },
  { name: 'Jesper Kristiansen', unit: 'admin', sector: 'admin', feedbackFrom: ['Mette Holm'] },
];
export const SECTOR: Partial<Record<DemoUnitKey, T.Sector>> = {
  roomA: 'daycare',
  roomB: 'daycare',
  school: 'school',
  care: 'care',
};

export { localDay as day } from '../../shared/time.js';
/** A working day at a morning hour (Copenhagen), moved back from a weekend. */
export function workday(d: Date, hourUtc: number): Date {
  const r = new Date(d);
  r.setUTCHours(hourUtc, 0, 0, 0);
  const wd = r.getUTCDay();
  if (wd === 6) r.setTime(r.getTime() - DAY);
  if (wd === 0) r.setTime(r.getTime() - 2 * DAY);
  return r;
}

/** A circle's data and the changes that filled it: phases before `phase` done, `phase` begun. */
export function circleData(goal: T.DemoGoal, phase: number): { data: InquiryData; changes: FieldChange[] } {
  const values: Record<string, string[]> = {
    plan: goal.plan,
    action: [goal.action[0], '', goal.action[1], '', '', ''],
    inAction: [goal.watch[0], '', goal.watch[1]],
    response: [goal.response, '', ''],
    reflection: [goal.reflection[0], goal.reflection[1], ''],
    learning: goal.learning,
  };
  const data = emptyData(learningCircle);
  const changes: FieldChange[] = [];
  learningCircle.phases.forEach((p, i) => {
    if (i > phase) return;
    p.fields.forEach((f, j) => {
      const to = values[p.key]![j] ?? '';
      // The phase being worked on has its first field only.
      if (!to || (i === phase && j > 0 && phase < 6)) return;
      data.phases[p.key]!.fields[f.key] = to;
      changes.push({ phase: p.key, field: f.key, from: '', to });
    });
    data.phases[p.key]!.done = i < phase;
  });
  return { data, changes };
}
