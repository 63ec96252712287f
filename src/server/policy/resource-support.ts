import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { unitWithAncestorsText } from './unit-tree.js';

/*
 * Whom a resource person supports (PRODUCT.md: a resource person — fagligt fyrtårn, vejleder —
 * "supports colleagues"): the teams they belong to in a unit where they are resource person (or
 * below it), and the competence initiatives they are the resource person of — taking part with
 * the target level "as resource person" (seeds/002: colleagues draw on them), or owning a line of
 * the plan (a training step or the ongoing support). Supporting gives who takes part, by name, not
 * anyone's levels or record: those stay with the person and their nearest leaders.
 */

/** The teams `person` supports: one column, team_id. */
export const supportedTeamsText = sqlFragment(
  (org: string, person: string) => `select distinct tm.team_id from team_members tm
    join teams t on t.org_id = tm.org_id and t.id = tm.team_id
    where tm.org_id = ${org} and tm.person_id = ${person} and t.unit_id in (
      with recursive down(unit_id) as (
        select m.unit_id from memberships m
        where m.org_id = ${org} and m.person_id = ${person} and m.role = 'resource_person'
        union
        select c.id from down join units c on c.org_id = ${org} and c.parent_id = down.unit_id
      )
      select unit_id from down)`,
);

/** The inverse, the resource persons who support `team`: one column, person_id. */
export const teamSupportersText = sqlFragment(
  (org: string, team: string) => `select distinct tm.person_id from team_members tm
    join teams t on t.org_id = tm.org_id and t.id = tm.team_id
    join memberships m on m.org_id = tm.org_id and m.person_id = tm.person_id and m.role = 'resource_person'
    where tm.org_id = ${org} and tm.team_id = ${team}
      and m.unit_id in (select id from (${unitWithAncestorsText(org, 't.unit_id')}) anc)`,
);

/** The competence initiatives `person` supports: one column, initiative_id. */
export const supportedInitiativesText = sqlFragment(
  (org: string, person: string) => `select ip.initiative_id from competence_initiative_participants ip
      where ip.org_id = ${org} and ip.person_id = ${person} and ip.target_level = 'resource_person'
    union
    select pl.initiative_id from competence_plan_lines pl
      where pl.org_id = ${org} and pl.owner_id = ${person}`,
);

/** The inverse, the people who support `initiative`: one column, person_id. */
export const initiativeSupportersText = sqlFragment(
  (org: string, initiative: string) => `select ip.person_id from competence_initiative_participants ip
      where ip.org_id = ${org} and ip.initiative_id = ${initiative} and ip.target_level = 'resource_person'
    union
    select pl.owner_id from competence_plan_lines pl
      where pl.org_id = ${org} and pl.initiative_id = ${initiative} and pl.owner_id is not null`,
);

const supportsInitiativeStatement = preparedStatement<{ found: number }>(
  'policy_supports_initiative',
  `select 1 as found where $2::uuid in (${supportedInitiativesText('$1::uuid', '$3::uuid')})`,
);

/** Whether the actor supports the initiative. */
export async function supportsInitiative(ctx: SignedInContext, initiativeId: string): Promise<boolean> {
  const { actor } = ctx;
  return (await supportsInitiativeStatement(ctx.db, [actor.orgId, initiativeId, actor.personId])).length > 0;
}
