import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { FACILITATOR_ROLES, rolesText } from './roles.js';
import { unitSubtreeText, unitWithAncestorsText } from './unit-tree.js';

/*
 * Who may hold a practice review for a unit's task and certify a driving licence (PRODUCT.md:
 * "a resource person certifies through a practice review"): a facilitator — a leader or a
 * resource person (roles.ts FACILITATOR_ROLES) — of the unit or a unit above it, and a resource
 * person of a unit below it (a room's resource person reviews the institution's task). HR and
 * admins review nothing by their role.
 */

/** The people who may review for `unit`'s tasks: one column, person_id (active or not). */
export const taskReviewersText = sqlFragment(
  (org: string, unit: string) => `select m.person_id from memberships m
    where m.org_id = ${org} and (
      (m.role in (${rolesText(FACILITATOR_ROLES)})
        and m.unit_id in (select id from (${unitWithAncestorsText(org, unit)}) anc))
      or (m.role = 'resource_person' and m.unit_id in (${unitSubtreeText(org, unit)})))`,
);

/** The inverse, the units whose tasks `person` may review: one column, unit_id. */
export const reviewedUnitsText = sqlFragment(
  (org: string, person: string) => `with recursive
    down(unit_id) as (
      select m.unit_id from memberships m
      where m.org_id = ${org} and m.person_id = ${person} and m.role in (${rolesText(FACILITATOR_ROLES)})
      union
      select c.id from down join units c on c.org_id = ${org} and c.parent_id = down.unit_id
    ),
    up(unit_id) as (
      select m.unit_id from memberships m
      where m.org_id = ${org} and m.person_id = ${person} and m.role = 'resource_person'
      union
      select u.parent_id from up join units u on u.org_id = ${org} and u.id = up.unit_id
      where u.parent_id is not null
    )
    select unit_id from down union select unit_id from up`,
);

const reviewerStatement = preparedStatement<{ found: number }>(
  'policy_task_reviewer',
  `select 1 as found where $3::uuid in (${taskReviewersText('$1::uuid', '$2::uuid')})`,
);

/** Whether `personId` may review for `unitId`'s tasks. */
export async function isTaskReviewer(
  db: Db,
  orgId: string,
  unitId: string,
  personId: string,
): Promise<boolean> {
  return (await reviewerStatement(db, [orgId, unitId, personId])).length > 0;
}

/** Whether the actor may review for `unitId`'s tasks. */
export async function mayReviewForUnit(ctx: SignedInContext, unitId: string): Promise<boolean> {
  return isTaskReviewer(ctx.db, ctx.actor.orgId, unitId, ctx.actor.personId);
}
