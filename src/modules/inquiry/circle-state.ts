import { FORMS } from './forms/index.js';
import { currentPhase, progress } from './merge.js';
import type { InquiryData } from './schema.js';
import type { CircleState } from './answers.js';

/*
 * A goal's latest learning circle as other modules' prepared statements embed it (the leader's
 * overview, the 1:1 page): only the phases' done marks are read, never the circle's text, and the
 * phase and progress are worked out here by the form's own rules (merge.ts).
 */

export interface CircleStateRow {
  id: string;
  deadline: string | null;
  status: 'open' | 'done';
  updatedMs: number;
  /** Each phase's done mark, by phase key. */
  done: Record<string, boolean> | null;
}

/**
 * A scalar subquery: the latest learning circle of the goal `goal` (a column or parameter
 * expression) as JSON in the shape of CircleStateRow, or null. `org` is the organisation's.
 */
export const latestCircleText = (org: string, goal: string) => `(
  select json_build_object('id', i.id, 'deadline', i.deadline, 'status', i.status,
    'updatedMs', (extract(epoch from i.updated_at) * 1000)::float8,
    'done', (select jsonb_object_agg(e.key, coalesce((e.value->>'done')::boolean, false)) from jsonb_each(i.data->'phases') e))
  from inquiries i
  where i.org_id = ${org} and i.goal_id = ${goal} and i.form = 'learning_circle'
  order by i.sequence desc, i.created_at desc limit 1)`;

/** The circle's state from its row, as `circleStates` gives it. */
export function circleStateFrom(row: CircleStateRow): CircleState {
  const form = FORMS.learning_circle;
  const data: InquiryData = {
    phases: Object.fromEntries(
      Object.entries(row.done ?? {}).map(([key, done]) => [key, { fields: {}, done }]),
    ),
  };
  return {
    circleId: row.id,
    phase: currentPhase(form, data),
    progress: progress(form, data),
    deadline: row.deadline,
    status: row.status,
  };
}
