import { sqlFragment } from './fragment.js';
import { UNIT_PEOPLE_ROLES, rolesText } from './roles.js';
import { unitSubtreeText } from './unit-tree.js';

/*
 * A forum's participants (issue 14): the people a held meeting's personal answer links go to. For
 * a team's forum, the team's members; for a unit's forum, the unit's people (unit-people.ts: staff,
 * leaders and learning partners of the unit and of every unit below it) — the same people who read
 * the forum. Only active people: a link to someone who left would go nowhere. Being a participant
 * gives no access of its own; it decides who is sent a link, and the link opens one answer only.
 */

/** The active participants of `forum`: one column, person_id. */
export const forumParticipantsText = sqlFragment(
  (org: string, forum: string) => `select p.id as person_id from people p
    join forums f on f.org_id = ${org} and f.id = ${forum}
    where p.org_id = ${org} and p.active and (
      (f.team_id is not null and p.id in (
        select tm.person_id from team_members tm where tm.org_id = ${org} and tm.team_id = f.team_id))
      or (f.team_id is null and p.id in (
        select m.person_id from memberships m
        where m.org_id = ${org} and m.role in (${rolesText(UNIT_PEOPLE_ROLES)})
          and m.unit_id in (${unitSubtreeText(org, 'f.unit_id')})))
    )`,
);
