import type { SignedInContext } from '../http/context.js';
import { leadsAnyUnit } from './actor.js';
import { sqlFragment } from './fragment.js';
import { unitWithAncestors, unitWithAncestorsText } from './unit-tree.js';

/*
 * Leading a unit or a unit above it: the leaders who manage what a unit holds — its teams'
 * structure, its frames, its forums, its lever plan. This is management, not a person's or a
 * team's content: that belongs to the nearest leader(s) only (nearest-leaders.ts, unit-leaders.ts).
 */

/** The units `person` leads and every unit below them: one column, unit_id. */
export const ledSubtreeText = sqlFragment(
  (org: string, person: string) => `with recursive sub(unit_id) as (
      select m.unit_id from memberships m where m.org_id = ${org} and m.person_id = ${person} and m.role = 'leader'
      union
      select c.id from sub join units c on c.org_id = ${org} and c.parent_id = sub.unit_id
    )
    select unit_id from sub`,
);

/**
 * Whether `person` leads `unit` or a unit above it, as a boolean SQL expression (the unit's few
 * ancestors, not the person's whole subtree).
 */
export const leadsUnitOrAboveText = sqlFragment(
  (org: string, person: string, unit: string) => `exists (
    select 1 from memberships lm
    where lm.org_id = ${org} and lm.person_id = ${person} and lm.role = 'leader'
      and lm.unit_id in (select id from (${unitWithAncestorsText(org, unit)}) anc))`,
);

/** The leaders (memberships, active or not) of `unit` or of a unit above it: one column, person_id. */
export const leadersAtOrAboveText = sqlFragment(
  (org: string, unit: string) => `select l.person_id from memberships l
    where l.org_id = ${org} and l.role = 'leader'
      and l.unit_id in (select id from (${unitWithAncestorsText(org, unit)}) anc)`,
);

/** Whether the actor leads `unitId` or a unit above it. */
export async function leadsUnitOrAbove(ctx: SignedInContext, unitId: string): Promise<boolean> {
  if (!leadsAnyUnit(ctx.actor)) return false;
  const led = new Set(ctx.actor.memberships.filter((m) => m.role === 'leader').map((m) => m.unitId));
  const chain = await unitWithAncestors(ctx.db, ctx.actor.orgId, unitId);
  return chain.some((u) => led.has(u.id));
}
