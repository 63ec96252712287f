import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { leadsAnyUnit } from './actor.js';
import { sqlFragment } from './fragment.js';

/*
 * A unit's nearest leaders: the active leaders of the unit or, where it has none, of the first unit
 * above it with one — the same walk that finds a person's nearest leader (nearest-leaders.ts). A
 * team's content belongs to its members and the nearest leaders of its unit (team-content.ts); a
 * leader further up sees what is shared upward, not the content.
 */

/** The unit's nearest leaders: one column, leader_id. */
export const unitLeadersText = sqlFragment(
  (org: string, unit: string) => `with recursive walk(unit_id, depth) as (
    select id, 0 from units where org_id = ${org} and id = ${unit}
    union all
    select u.parent_id, w.depth + 1
    from walk w join units u on u.org_id = ${org} and u.id = w.unit_id
    where u.parent_id is not null and w.depth < 1000 and not exists (
      select 1 from memberships l
      join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
      where l.org_id = ${org} and l.unit_id = w.unit_id and l.role = 'leader')
  )
  select distinct l.person_id as leader_id from walk w
  join memberships l on l.org_id = ${org} and l.unit_id = w.unit_id and l.role = 'leader'
  join people p on p.org_id = ${org} and p.id = l.person_id and p.active`,
);

/**
 * The recursive part of the inverse: the units whose nearest leader `leader` is — the units they
 * lead, and below them every unit without an active leader of its own.
 */
export const ledUnitsCte = (org: string, leader: string) => `with recursive led(unit_id) as (
      select m.unit_id from memberships m where m.org_id = ${org} and m.person_id = ${leader} and m.role = 'leader'
      union
      select c.id from led
      join units c on c.org_id = ${org} and c.parent_id = led.unit_id
      where not exists (
        select 1 from memberships l
        join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
        where l.org_id = ${org} and l.unit_id = c.id and l.role = 'leader' and l.person_id <> ${leader})
    )`;

/** The inverse of unitLeadersText, the units whose nearest leader `leader` is: one column, unit_id. */
export const ledUnitsText = sqlFragment(
  (org: string, leader: string) => `${ledUnitsCte(org, leader)}
    select unit_id from led`,
);

const unitLeadersStatement = preparedStatement<{ leader_id: string }>(
  'policy_unit_leaders',
  unitLeadersText('$1::uuid', '$2::uuid'),
);

/** The ids of the unit's nearest leaders. */
export async function unitLeaders(db: Db, orgId: string, unitId: string): Promise<string[]> {
  return (await unitLeadersStatement(db, [orgId, unitId])).map((r) => r.leader_id);
}

/** Whether the actor is a nearest leader of the unit. */
export async function isUnitLeader(ctx: SignedInContext, unitId: string): Promise<boolean> {
  if (!leadsAnyUnit(ctx.actor)) return false;
  return (await unitLeaders(ctx.db, ctx.actor.orgId, unitId)).includes(ctx.actor.personId);
}
