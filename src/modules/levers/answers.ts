import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { ACTION_STATUSES, LEVER_KEYS } from './constants.js';

// The answers of /api/lever-plans and /api/lever-actions: declared by the routes, returned by the
// services, read by the lever screens.

const leverKey = z.enum(LEVER_KEYS);

/** A concrete action under a lever of a plan, with its owner, date and follow-up. */
export const leverAction = z.object({
  id,
  planId: id,
  planLeverId: id,
  lever: leverKey,
  text: z.string(),
  owner: ref,
  dueDate: day,
  status: z.enum(ACTION_STATUSES),
  followUp: z.string().nullable(),
  doneOn: day.nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
  /** followUp: the plan's editors and the action's owner write how it went. */
  can: z.object({ edit: z.boolean(), followUp: z.boolean() }),
});
export type LeverAction = z.infer<typeof leverAction>;

export const leverActionAnswer = z.object({ action: leverAction });
export type LeverActionAnswer = z.infer<typeof leverActionAnswer>;

/** An action in a list across plans, with the plan it belongs to. */
export const listedAction = leverAction.extend({
  plan: z.object({ id, title: z.string(), scopeName: z.string() }),
});
export type ListedAction = z.infer<typeof listedAction>;

export const listedActionsAnswer = z.object({ actions: z.array(listedAction) });
export type ListedActionsAnswer = z.infer<typeof listedActionsAnswer>;

export const actionCounts = z.object({
  open: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
});
export type ActionCounts = z.infer<typeof actionCounts>;

/** A plan is a unit's or a team's. */
export const scopeRef = z.object({ type: z.enum(['unit', 'team']), id, name: z.string() });
export type ScopeRef = z.infer<typeof scopeRef>;

export const planHead = z.object({
  id,
  scope: scopeRef,
  title: z.string(),
  periodStart: day,
  periodEnd: day,
  version: z.number().int(),
  updatedAt: instant,
  can: z.object({ edit: z.boolean() }),
});
export type PlanHead = z.infer<typeof planHead>;

export const planSummary = planHead.extend({ counts: actionCounts });
export type PlanSummary = z.infer<typeof planSummary>;

/** The whole plan: its levers in toolbox order, each with its actions by due date. */
export const plan = planHead.extend({
  levers: z.array(
    z.object({ id, lever: leverKey, aim: z.string().nullable(), actions: z.array(leverAction) }),
  ),
  counts: actionCounts,
});
export type Plan = z.infer<typeof plan>;

export const planAnswer = z.object({ plan });
export type PlanAnswer = z.infer<typeof planAnswer>;

/** A plan with the people who may own its actions. */
export const planDetailAnswer = planAnswer.extend({ owners: z.array(ref) });
export type PlanDetailAnswer = z.infer<typeof planDetailAnswer>;

/** The plans the actor reads, newest period first, and the units and teams they may plan for. */
export const planListAnswer = z.object({
  plans: z.array(planSummary),
  scopes: z.object({ units: z.array(ref), teams: z.array(ref) }),
});
export type PlanListAnswer = z.infer<typeof planListAnswer>;

/** Who changed what and when: ids and field names, never the texts. */
export const planHistoryEvent = z.object({
  at: instant,
  action: z.string(),
  actor: ref.nullable(),
  lever: leverKey.nullable(),
  actionId: id.nullable(),
  fields: z.array(z.string()),
});
export type PlanHistoryEvent = z.infer<typeof planHistoryEvent>;

export const planHistoryAnswer = z.object({ events: z.array(planHistoryEvent) });
export type PlanHistoryAnswer = z.infer<typeof planHistoryAnswer>;
