import type { Db } from '../db/client.js';
import type { SignedInContext } from '../http/context.js';
import { preparedStatement } from '../db/prepared.js';
import { sqlFragment } from './fragment.js';
import { LED_ROLES, rolesText } from './roles.js';
import { respondentUnitsText } from './unit-respondents.js';
import { unitSubtreeText } from './unit-tree.js';
import { ledSubtreeText } from './unit-leadership.js';

/*
 * A forum's members: the people a forum is for, asked about it as a group. Two callers read the same
 * group: a survey round sent to a forum (issue 13) invites them, and a held meeting's personal answer
 * links (issue 14, ADR 0020) go to them.
 * - A team's forum: the team's active members, counted in the team's unit (as a round sent to a team
 *   counts them).
 * - A unit's forum: the unit's respondents (unit-respondents.ts: the active staff of the unit and of
 *   every unit below), each counted in the unit of their own membership.
 * Only active people: a link or an invitation to someone who left would go nowhere. Learning partners
 * read a unit's forums (UNIT_PEOPLE_ROLES) but are not its staff, so they are not members: a round
 * would count them in a unit they do not work in, and they answer a meeting from its QR code.
 * Being a member gives no access of its own. Who manages a forum is the forums module's rule
 * (forums/policy.ts: a leader of its unit or above).
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

export interface ListedForum {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  teamName: string | null;
}

const listColumns = `select f.id, f.name, f.unit_id, u.name as unit_name, t.name as team_name from forums f
    join units u on u.org_id = f.org_id and u.id = f.unit_id
    left join teams t on t.org_id = f.org_id and t.id = f.team_id`;

const allForumsStatement = preparedStatement<Row>(
  'policy_forums_all',
  `${listColumns} where f.org_id = $1::uuid order by u.name, f.name`,
);
const ledForumsStatement = preparedStatement<Row>(
  'policy_forums_led',
  `${listColumns} where f.org_id = $1::uuid and f.unit_id in (${ledSubtreeText('$1::uuid', '$2::uuid')})
    order by u.name, f.name`,
);
type Row = { id: string; name: string; unit_id: string; unit_name: string; team_name: string | null };

/**
 * The forums with their unit and team: every forum of the organisation (`personId` null), or those
 * of the units `personId` leads and below — the forums a leader manages.
 */
export async function listForums(db: Db, orgId: string, personId: string | null): Promise<ListedForum[]> {
  const rows = personId
    ? await ledForumsStatement(db, [orgId, personId])
    : await allForumsStatement(db, [orgId]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    teamName: r.team_name,
  }));
}
