import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { UNIT_PEOPLE_ROLES, rolesText } from './roles.js';
import { unitSubtreeText } from './unit-tree.js';

/*
 * A unit's people (roles.ts UNIT_PEOPLE_ROLES): those who belong to the unit or a unit below it as
 * staff or learning partner. They read what the unit shares with its people — its forums, its
 * lever plan, its published frames. HR and org admins are none of a unit's people by their role.
 */

/**
 * The people of `unit` and of every unit below it: one column, person_id (active or not; once per
 * membership). Driven from the subtree, each unit's memberships by key (memberships_org_unit_role_idx):
 * the planner's guess of the subtree's size made a join of it scan the organisation's memberships.
 */
export const unitPeopleText = sqlFragment(
  (org: string, unit: string) => `select m.person_id from (${unitSubtreeText(org, unit)}) s
    cross join lateral (
      select m.person_id from memberships m
      where m.org_id = ${org} and m.unit_id = s.id and m.role in (${rolesText(UNIT_PEOPLE_ROLES)})
      offset 0) m`,
);

/** The inverse, the units whose people include `person`: their own units and every unit above. One column, id. */
export const peoplesUnitsText = sqlFragment(
  (org: string, person: string) => `with recursive up(id) as (
      select m.unit_id from memberships m
      where m.org_id = ${org} and m.person_id = ${person} and m.role in (${rolesText(UNIT_PEOPLE_ROLES)})
      union
      select u.parent_id from up join units u on u.org_id = ${org} and u.id = up.id where u.parent_id is not null
    )
    select id from up`,
);

const peoplesUnitsStatement = preparedStatement<{ id: string }>(
  'policy_peoples_units',
  peoplesUnitsText('$1::uuid', '$2::uuid'),
);

/** The ids of the units whose people include `personId`. */
export async function unitsOfPerson(db: Db, orgId: string, personId: string): Promise<string[]> {
  return (await peoplesUnitsStatement(db, [orgId, personId])).map((r) => r.id);
}

/** Whether the actor is one of the unit's people. */
export async function isOneOfUnitsPeople(ctx: SignedInContext, unitId: string): Promise<boolean> {
  return (await unitsOfPerson(ctx.db, ctx.actor.orgId, ctx.actor.personId)).includes(unitId);
}
