import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { LED_ROLES, rolesText } from './roles.js';
import { ledUnitsCte } from './unit-leaders.js';

/*
 * A person's nearest leader(s) (PRODUCT.md "People and their places"): for each unit where they
 * are staff (LED_ROLES) — starting at that unit, or at its parent when they lead it — walk up to
 * the first unit with an active leader other than them; those leaders are their nearest leaders.
 * HR, org admin and learning partner memberships give no leader. Everything is one recursive
 * query, so the answer costs the same for 50 people as for 50,000.
 */

/** The staff roles that are led within the unit itself: a unit's leader is led from the unit above. */
const STAFF_WHO_ARE_LED = LED_ROLES.filter((r) => r !== 'leader');

export interface PersonRef {
  id: string;
  name: string;
}

/**
 * Rows of (person_id, leader_id, leader_name), sorted by the leader's name. `people` is an
 * expression for the uuid[] of the people asked about, e.g. '$2::uuid[]'. The text never depends
 * on how many people are asked about, so it is planned once.
 */
export const nearestLeadersText = sqlFragment(
  (org: string, people: string) => `with recursive starts as (
    select m.person_id,
      case when exists (
        select 1 from memberships own
        where own.org_id = m.org_id and own.unit_id = m.unit_id and own.person_id = m.person_id and own.role = 'leader'
      ) then u.parent_id else m.unit_id end as unit_id
    from memberships m
    join units u on u.org_id = m.org_id and u.id = m.unit_id
    where m.org_id = ${org} and m.person_id = any(${people}) and m.role in (${rolesText(LED_ROLES)})
  ),
  walk(person_id, unit_id) as (
    select person_id, unit_id from starts where unit_id is not null
    union
    select w.person_id, u.parent_id
    from walk w
    join units u on u.org_id = ${org} and u.id = w.unit_id
    where u.parent_id is not null and not exists (
      select 1 from memberships l
      join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
      where l.org_id = ${org} and l.unit_id = w.unit_id and l.role = 'leader' and l.person_id <> w.person_id)
  )
  select distinct w.person_id, p.id as leader_id, p.name as leader_name
  from walk w
  join memberships l on l.org_id = ${org} and l.unit_id = w.unit_id and l.role = 'leader' and l.person_id <> w.person_id
  join people p on p.org_id = ${org} and p.id = l.person_id and p.active
  order by p.name, p.id`,
);

/**
 * The inverse, everyone whose nearest leaders include `leader`: one column, person_id. From each
 * unit whose nearest leader they are (unit-leaders.ts), the staff who do not lead it themselves,
 * and the leaders of its direct sub-units.
 */
export const ledPeopleText = sqlFragment(
  (org: string, leader: string) => `${ledUnitsCte(org, leader)}
    select m.person_id from led
    join memberships m on m.org_id = ${org} and m.unit_id = led.unit_id and m.role in (${rolesText(STAFF_WHO_ARE_LED)})
    where m.person_id <> ${leader} and not exists (
      select 1 from memberships own
      where own.org_id = ${org} and own.unit_id = m.unit_id and own.person_id = m.person_id and own.role = 'leader')
    union
    select l.person_id from led
    join units c on c.org_id = ${org} and c.parent_id = led.unit_id
    join memberships l on l.org_id = ${org} and l.unit_id = c.id and l.role = 'leader'
    where l.person_id <> ${leader}`,
);

const nearestLeadersStatement = preparedStatement<{
  person_id: string;
  leader_id: string;
  leader_name: string;
}>('policy_nearest_leaders', nearestLeadersText('$1::uuid', '$2::uuid[]'));

/** The nearest leaders of each of `personIds` (sorted by name); people without one map to []. */
export async function nearestLeaders(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<Map<string, PersonRef[]>> {
  const result = new Map<string, PersonRef[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const found = await nearestLeadersStatement(db, [orgId, [...personIds]]);
  for (const row of found) result.get(row.person_id)?.push({ id: row.leader_id, name: row.leader_name });
  return result;
}

export async function isNearestLeaderOf(
  db: Db,
  orgId: string,
  leaderId: string,
  personId: string,
): Promise<boolean> {
  const leaders = await nearestLeaders(db, orgId, [personId]);
  return (leaders.get(personId) ?? []).some((l) => l.id === leaderId);
}

const ledPeopleStatement = preparedStatement<{ person_id: string }>(
  'policy_people_led',
  ledPeopleText('$1::uuid', '$2::uuid'),
);

/** The ids of everyone `leaderId` is nearest leader of. */
export async function peopleLedBy(db: Db, orgId: string, leaderId: string): Promise<string[]> {
  const found = await ledPeopleStatement(db, [orgId, leaderId]);
  return found.map((r) => r.person_id);
}
