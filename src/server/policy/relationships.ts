import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';

/*
 * Relationships derived from the unit tree and memberships (PRODUCT.md "People and their places").
 *
 * Nearest leader(s) of a person: for each unit where they are employee, resource person or
 * leader — starting at that unit, or at its parent when they lead it — walk up to the first unit
 * with an active leader other than them; those leaders are their nearest leaders. HR, org admin
 * and learning partner memberships give no leader. Everything is one recursive query, so the
 * answer costs the same for 50 people as for 50,000.
 */

/**
 * A unit's staff: the memberships that place a person under the unit's leaders, and so give them
 * a nearest leader (a leader of a unit is led by the layer above).
 */
export const LED_ROLES = ['employee', 'resource_person', 'leader'] as const;

/**
 * A unit's people: its staff and the learning partners who work with it. They read what a unit
 * shares with its people — its forums, lever plans and published frames — in their units and the
 * units above them. HR and org admin memberships give configuration, never content.
 */
export const UNIT_PEOPLE_ROLES = [...LED_ROLES, 'learning_partner'] as const;

export interface PersonRef {
  id: string;
  name: string;
}

const ledRolesList = LED_ROLES.map((r) => `'${r}'`).join(', ');

/**
 * The text of the nearest-leaders query, to embed in a prepared statement: rows of (person_id,
 * leader_id, leader_name), sorted by the leader's name. `org` is the organisation's parameter and
 * `people` an expression for the uuid[] of the people asked about, e.g. '$1' and '$2::uuid[]'.
 * The text never depends on how many people are asked about, so it is planned once.
 */
export const nearestLeadersText = (org: string, people: string) => `with recursive starts as (
    select m.person_id,
      case when exists (
        select 1 from memberships own
        where own.org_id = m.org_id and own.unit_id = m.unit_id and own.person_id = m.person_id and own.role = 'leader'
      ) then u.parent_id else m.unit_id end as unit_id
    from memberships m
    join units u on u.org_id = m.org_id and u.id = m.unit_id
    where m.org_id = ${org} and m.person_id = any(${people}) and m.role in (${ledRolesList})
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
  order by p.name, p.id`;

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

/**
 * The text of the people-led query, to embed in a prepared statement: one column, person_id, of
 * everyone whose nearest leaders include the leader. It is the inverse of `nearestLeaders`: from
 * each unit the leader leads, descend through units without an active leader; the people led are
 * the non-leading members of those units and the leaders of their direct sub-units.
 */
/**
 * The recursive part of the people-led query: the units whose people the leader is nearest leader
 * of — the units they lead, and below them every unit without an active leader of its own.
 */
const ledUnitsCte = (org: string, leader: string) => `with recursive led(unit_id) as (
      select m.unit_id from memberships m where m.org_id = ${org} and m.person_id = ${leader} and m.role = 'leader'
      union
      select c.id from led
      join units c on c.org_id = ${org} and c.parent_id = led.unit_id
      where not exists (
        select 1 from memberships l
        join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
        where l.org_id = ${org} and l.unit_id = c.id and l.role = 'leader' and l.person_id <> ${leader})
    )`;

/** The text of the led-units query, for a prepared statement or `boundText`: one column, unit_id. */
export const ledUnitsText = (org: string, leader: string) => `${ledUnitsCte(org, leader)}
    select unit_id from led`;

/** The people-led query as described above: one column, person_id. */
export const ledPeopleText = (org: string, leader: string) => `${ledUnitsCte(org, leader)}
    select m.person_id from led
    join memberships m on m.org_id = ${org} and m.unit_id = led.unit_id and m.role in ('employee', 'resource_person')
    where m.person_id <> ${leader} and not exists (
      select 1 from memberships own
      where own.org_id = ${org} and own.unit_id = m.unit_id and own.person_id = m.person_id and own.role = 'leader')
    union
    select l.person_id from led
    join units c on c.org_id = ${org} and c.parent_id = led.unit_id
    join memberships l on l.org_id = ${org} and l.unit_id = c.id and l.role = 'leader'
    where l.person_id <> ${leader}`;

/**
 * A statement text written for prepared use (its parameters given as expressions, as the `*Text`
 * functions here take them) as a Drizzle fragment with the values bound, to embed in a query:
 * one text serves both, so the two cannot drift apart.
 */
export function boundText(text: (...params: string[]) => string, ...values: unknown[]): SQL {
  const parts = text(...values.map((_, i) => `⟨${i}⟩`)).split(/⟨(\d+)⟩/);
  return sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${values[Number(part)]}`)));
}

/** `ledPeopleText` as a subquery to embed as `people.id in (${ledPeopleQuery(...)})`. */
export const ledPeopleQuery = (orgId: string, leaderId: string): SQL =>
  boundText(ledPeopleText, orgId, leaderId);

const ledPeopleStatement = preparedStatement<{ person_id: string }>(
  'policy_people_led',
  ledPeopleText('$1::uuid', '$2::uuid'),
);

/** The ids of everyone `leaderId` is nearest leader of. */
export async function peopleLedBy(db: Db, orgId: string, leaderId: string): Promise<string[]> {
  const found = await ledPeopleStatement(db, [orgId, leaderId]);
  return found.map((r) => r.person_id);
}

/** The text of the led-subtree query, for a prepared statement: the units `person` leads and every unit below them. */
export const ledSubtreeText = (org: string, person: string) => `with recursive sub(unit_id) as (
      select m.unit_id from memberships m where m.org_id = ${org} and m.person_id = ${person} and m.role = 'leader'
      union
      select c.id from sub join units c on c.org_id = ${org} and c.parent_id = sub.unit_id
    )
    select unit_id from sub`;

/** `ledSubtreeText` as a subquery (one column, unit_id) to embed in a query. */
export const ledSubtreeQuery = (orgId: string, personId: string): SQL =>
  boundText(ledSubtreeText, orgId, personId);

export interface AncestorUnit {
  id: string;
  name: string;
  parentId: string | null;
}

/**
 * The text of the ancestors query, to embed in a prepared statement: rows of (id, name, parent_id,
 * depth), the unit itself at depth 0. The depth guard ends the walk should the tree ever hold a cycle.
 */
export const unitWithAncestorsText = (
  org: string,
  unit: string,
) => `with recursive up(id, name, parent_id, depth) as (
    select id, name, parent_id, 0 from units where org_id = ${org} and id = ${unit}
    union all
    select u.id, u.name, u.parent_id, up.depth + 1
    from up join units u on u.org_id = ${org} and u.id = up.parent_id
    where up.depth < 1000
  )
  select id, name, parent_id, depth from up`;

const unitWithAncestorsStatement = preparedStatement<{ id: string; name: string; parent_id: string | null }>(
  'policy_unit_with_ancestors',
  `${unitWithAncestorsText('$1::uuid', '$2::uuid')} order by depth`,
);

/** The unit and its ancestors, nearest first (the unit itself, its parent, …, the root). */
export async function unitWithAncestors(db: Db, orgId: string, unitId: string): Promise<AncestorUnit[]> {
  const found = await unitWithAncestorsStatement(db, [orgId, unitId]);
  return found.map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id }));
}
