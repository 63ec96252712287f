import { sql, type SQL } from 'drizzle-orm';
import { LED_ROLES } from '../../server/policy/roles.js';

/**
 * Who counts, and where: everyone active with a nearest leader (LED_ROLES), once, in the unit of
 * their first membership (a leader's own unit first). Rows of (person_id, unit_id). `within`, a
 * one-column query of unit ids, keeps the count to those units (an area leader's subtree); a
 * person with memberships inside and outside it counts inside. Coverage and the area leader's
 * numbers count the same people this way, so their numbers agree.
 */
export function staffSql(orgId: string, within?: SQL): SQL {
  const roles = sql.join(
    LED_ROLES.map((r) => sql`${r}`),
    sql`, `,
  );
  return sql`select distinct on (m.person_id) m.person_id, m.unit_id
    from memberships m
    join people p on p.org_id = m.org_id and p.id = m.person_id
    where m.org_id = ${orgId} and p.active and m.role in (${roles})
      ${within ? sql`and m.unit_id in (${within})` : sql``}
    order by m.person_id, (m.role = 'leader') desc, (m.role = 'employee') desc, m.unit_id`;
}

/** Whether the person (an SQL expression) has a learning goal in focus now: a boolean. */
export const goalInFocusSql = (orgId: string, person: SQL): SQL => sql`exists (
    select 1 from goals g
    where g.org_id = ${orgId} and g.subject_person_id = ${person} and g.status = 'in_focus')`;
