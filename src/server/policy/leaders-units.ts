import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { ledUnitsCte, unitLeadersText } from './unit-leaders.js';

/*
 * The units of the leaders one leads: an area leader's institutions (PRODUCT.md: the area leader
 * is the nearest leader of the unit leaders). They are the units just below those one leads
 * nearest that have an active leader of their own — the units whose leaders ledPeopleText gives
 * one as people led. Their staff are not one's people (their nearest leader is the unit's own
 * leader), so what the layer above reads about a unit this way is numbers, never a record.
 */

/** The units whose own leaders `leader` leads: one column, unit_id. */
export const leadersUnitsText = sqlFragment(
  (org: string, leader: string) => `${ledUnitsCte(org, leader)}
    select distinct c.id as unit_id from led
    join units c on c.org_id = ${org} and c.parent_id = led.unit_id
    where exists (
      select 1 from memberships l
      join people lp on lp.org_id = l.org_id and lp.id = l.person_id and lp.active
      where l.org_id = ${org} and l.unit_id = c.id and l.role = 'leader' and l.person_id <> ${leader})`,
);

/**
 * The inverse, the leaders who lead `unit`'s own leaders — the nearest leaders of the unit above,
 * while the unit has an active leader other than them: one column, leader_id.
 */
export const unitsLeadersAboveText = sqlFragment(
  (org: string, unit: string) => `select p.leader_id from (
      ${unitLeadersText(org, `(select parent_id from units where org_id = ${org} and id = ${unit})`)}) p
    where exists (
      select 1 from memberships own
      join people op on op.org_id = own.org_id and op.id = own.person_id and op.active
      where own.org_id = ${org} and own.unit_id = ${unit} and own.role = 'leader' and own.person_id <> p.leader_id)`,
);

const leadersUnitsStatement = preparedStatement<{ unit_id: string }>(
  'policy_leaders_units',
  leadersUnitsText('$1::uuid', '$2::uuid'),
);

/** The ids of the units whose own leaders `leaderId` leads (an area leader's institutions). */
export async function unitsOfLeadersLedBy(db: Db, orgId: string, leaderId: string): Promise<string[]> {
  return (await leadersUnitsStatement(db, [orgId, leaderId])).map((r) => r.unit_id);
}
