import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { LED_ROLES, rolesText } from './roles.js';
import { unitSubtreeText } from './unit-tree.js';

/*
 * A unit's respondents (issue 13): the active staff of the unit and of every unit below it, each
 * counted in the unit of their own membership. A round sent to a unit invites them, and their
 * answers count in that unit (or, when it is too small, in the nearest unit above that reaches
 * the threshold). Learning partners work with a unit but are not its staff; HR and admins answer
 * where they are staff, not by their role.
 */

/** The respondents of `unit` and of every unit below it: one column, person_id. */
export const unitRespondentsText = sqlFragment(
  (org: string, unit: string) => `select distinct m.person_id from memberships m
    join people p on p.org_id = ${org} and p.id = m.person_id and p.active
    where m.org_id = ${org} and m.role in (${rolesText(LED_ROLES)})
      and m.unit_id in (${unitSubtreeText(org, unit)})`,
);

/** The inverse, the units whose respondents include `person`: their own units and every unit above. One column, id. */
export const respondentUnitsText = sqlFragment(
  (org: string, person: string) => `with recursive up(id) as (
      select m.unit_id from memberships m
      join people p on p.org_id = ${org} and p.id = m.person_id and p.active
      where m.org_id = ${org} and m.person_id = ${person} and m.role in (${rolesText(LED_ROLES)})
      union
      select u.parent_id from up join units u on u.org_id = ${org} and u.id = up.id where u.parent_id is not null
    )
    select id from up`,
);

/**
 * Where each respondent of `unit`'s subtree is counted: person_id and unit_id, one row a person
 * (someone on the staff of two units counts in the first by unit id, so they answer once).
 */
export const respondentPlacementsText = sqlFragment(
  (org: string, unit: string) => `select distinct on (m.person_id) m.person_id, m.unit_id
    from memberships m join people p on p.org_id = ${org} and p.id = m.person_id and p.active
    where m.org_id = ${org} and m.role in (${rolesText(LED_ROLES)})
      and m.unit_id in (${unitSubtreeText(org, unit)})
    order by m.person_id, m.unit_id`,
);

const respondentUnitsStatement = preparedStatement<{ id: string }>(
  'policy_respondent_units',
  respondentUnitsText('$1::uuid', '$2::uuid'),
);

/** The ids of the units whose respondents include `personId`. */
export async function respondentUnitsOf(db: Db, orgId: string, personId: string): Promise<string[]> {
  return (await respondentUnitsStatement(db, [orgId, personId])).map((r) => r.id);
}

/** Whether the actor is one of the unit's respondents. */
export async function isUnitRespondent(ctx: SignedInContext, unitId: string): Promise<boolean> {
  return (await respondentUnitsOf(ctx.db, ctx.actor.orgId, ctx.actor.personId)).includes(unitId);
}
