import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { LED_ROLES, rolesText } from './roles.js';
import { respondentUnitsText } from './unit-respondents.js';
import { unitSubtreeText } from './unit-tree.js';

/*
 * A forum's members (issue 13, rounds sent to forums): for a team's forum, the team's active members,
 * counted in the team's unit (as a round sent to a team counts them); for a unit's forum, the unit's
 * respondents (unit-respondents.ts: the active staff of the unit and of every unit below), each
 * counted in the unit of their own membership. Who manages a forum is the forums module's rule
 * (forums/policy.ts: a leader of its unit or above); this file only says who belongs to it.
 */

const forumUnit = (org: string, forum: string) =>
  `(select f.unit_id from forums f where f.org_id = ${org} and f.id = ${forum} and f.team_id is null)`;

/** Where each member of `forum` is counted: person_id and unit_id, one row a person. */
export const forumMemberPlacementsText = sqlFragment(
  (org: string, forum: string) => `select distinct on (x.person_id) x.person_id, x.unit_id from (
      select tm.person_id, t.unit_id from forums f
      join teams t on t.org_id = ${org} and t.id = f.team_id and t.unit_id is not null
      join team_members tm on tm.org_id = ${org} and tm.team_id = t.id
      join people p on p.org_id = ${org} and p.id = tm.person_id and p.active
      where f.org_id = ${org} and f.id = ${forum}
      union all
      select m.person_id, m.unit_id from memberships m
      join people p on p.org_id = ${org} and p.id = m.person_id and p.active
      where m.org_id = ${org} and m.role in (${rolesText(LED_ROLES)})
        and m.unit_id in (${unitSubtreeText(org, forumUnit(org, forum))})
    ) x order by x.person_id, x.unit_id`,
);

/** The members of `forum`: one column, person_id. */
export const forumMembersText = sqlFragment(
  (org: string, forum: string) =>
    `select placed.person_id from (${forumMemberPlacementsText(org, forum)}) placed`,
);

/** The inverse, the forums `person` is a member of: one column, forum_id. */
export const forumsOfMemberText = sqlFragment(
  (org: string, person: string) => `select f.id as forum_id from forums f
    where f.org_id = ${org} and (
      (f.team_id is not null and exists (
        select 1 from team_members tm
        join teams t on t.org_id = ${org} and t.id = tm.team_id and t.unit_id is not null
        join people p on p.org_id = ${org} and p.id = tm.person_id and p.active
        where tm.org_id = ${org} and tm.team_id = f.team_id and tm.person_id = ${person}))
      or (f.team_id is null and f.unit_id in (${respondentUnitsText(org, person)})))`,
);

const forumsOfStatement = preparedStatement<{ forum_id: string }>(
  'policy_forums_of_member',
  forumsOfMemberText('$1::uuid', '$2::uuid'),
);

/** Whether the actor is a member of the forum. */
export async function isForumMember(ctx: SignedInContext, forumId: string): Promise<boolean> {
  const rows = await forumsOfStatement(ctx.db, [ctx.actor.orgId, ctx.actor.personId]);
  return rows.some((r) => r.forum_id === forumId);
}

const forumStatement = preparedStatement<{ id: string; name: string; unit_id: string }>(
  'policy_forum_unit',
  'select id, name, unit_id from forums where org_id = $1::uuid and id = any($2::uuid[])',
);

/** The forums among `ids` with their names and units (whose leaders manage them); unknown ids are left out. */
export async function forumsById(db: Db, orgId: string, ids: string[]) {
  return (await forumStatement(db, [orgId, ids])).map((r) => ({ id: r.id, name: r.name, unitId: r.unit_id }));
}
