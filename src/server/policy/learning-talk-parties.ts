import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { leadsAnyUnit } from './actor.js';
import { sqlFragment } from './fragment.js';
import { ledUnitsCte, unitLeadersText } from './unit-leaders.js';

/*
 * The parties to a unit's learning conversation (004): the unit's nearest leaders and the nearest
 * leaders of the unit directly above it — the level the unit talks with. They, and only they, see
 * the conversation and the data package assembled for it. The unit's staff, leaders further up,
 * HR and admins are no party.
 */

/** The parties of `unit`'s learning conversation: one column, person_id. */
export const learningTalkPartiesText = sqlFragment(
  (org: string, unit: string) => `select leader_id as person_id from (${unitLeadersText(org, unit)}) own
    union
    select leader_id as person_id from (${unitLeadersText(
      org,
      `(select parent_id from units where org_id = ${org} and id = ${unit})`,
    )}) above`,
);

/**
 * The inverse, the units whose learning conversation `person` is a party to: the units they lead
 * nearest, and the units directly below those. One column, unit_id.
 */
export const learningTalkUnitsText = sqlFragment(
  (org: string, person: string) => `${ledUnitsCte(org, person)}
    select unit_id from led
    union
    select c.id as unit_id from units c where c.org_id = ${org} and c.parent_id in (select unit_id from led)`,
);

const partiesStatement = preparedStatement<{ person_id: string }>(
  'policy_learning_talk_parties',
  learningTalkPartiesText('$1::uuid', '$2::uuid'),
);

/** The ids of the parties to the unit's learning conversation. */
export async function learningTalkParties(db: Db, orgId: string, unitId: string): Promise<string[]> {
  return (await partiesStatement(db, [orgId, unitId])).map((r) => r.person_id);
}

/** Whether the actor is a party to the unit's learning conversation. */
export async function isLearningTalkParty(ctx: SignedInContext, unitId: string): Promise<boolean> {
  if (!leadsAnyUnit(ctx.actor)) return false;
  return (await learningTalkParties(ctx.db, ctx.actor.orgId, unitId)).includes(ctx.actor.personId);
}
