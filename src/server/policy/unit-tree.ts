import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';

/*
 * The unit tree (PRODUCT.md "People and their places"): the units above a unit and a unit's
 * subtree. Every relation that walks the tree walks it with these two texts or one of the
 * leader walks built on the same shape (unit-leaders.ts, unit-leadership.ts).
 */

export interface AncestorUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * The unit and the units above it: rows of (id, name, parent_id, depth), the unit itself at depth
 * 0. The depth guard ends the walk should the tree ever hold a cycle.
 */
export const unitWithAncestorsText = sqlFragment(
  (org: string, unit: string) => `with recursive up(id, name, parent_id, depth) as (
    select id, name, parent_id, 0 from units where org_id = ${org} and id = ${unit}
    union all
    select u.id, u.name, u.parent_id, up.depth + 1
    from up join units u on u.org_id = ${org} and u.id = up.parent_id
    where up.depth < 1000
  )
  select id, name, parent_id, depth from up`,
);

/**
 * The unit and every unit below it: one column, id. Each level's children are looked up by their
 * parent (units_org_parent_idx): the planner guesses a subtree of ~1,000 units and, given a plain
 * join, scans every unit of the organisation once per level (the lateral `offset 0` keeps it a
 * lookup per unit; docs/benchmarks.md, issue 11).
 */
export const unitSubtreeText = sqlFragment(
  (org: string, unit: string) => `with recursive sub(id) as (
      select id from units where org_id = ${org} and id = ${unit}
      union
      select c.id from sub
      cross join lateral (select c.id from units c where c.org_id = ${org} and c.parent_id = sub.id offset 0) c
    )
    select id from sub`,
);

const unitWithAncestorsStatement = preparedStatement<{ id: string; name: string; parent_id: string | null }>(
  'policy_unit_with_ancestors',
  `${unitWithAncestorsText('$1::uuid', '$2::uuid')} order by depth`,
);

/** The unit and its ancestors, nearest first (the unit itself, its parent, …, the root). */
export async function unitWithAncestors(db: Db, orgId: string, unitId: string): Promise<AncestorUnit[]> {
  const found = await unitWithAncestorsStatement(db, [orgId, unitId]);
  return found.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}
