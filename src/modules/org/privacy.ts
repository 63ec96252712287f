import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';
import { READ_ACTION_SUFFIX } from '../../server/policy/person-access.js';

/** Where a person works: their roles in units and their teams. Erased people hold none. */
export const placesPrivacy: PrivacySource = {
  key: 'memberships',
  order: 10,
  export: async ({ db, orgId, personId }) => [
    ...(
      await rowsOf<{ unit: string; role: string; created_at: Date | string }>(
        db,
        sql`select u.name as unit, m.role, m.created_at from memberships m
          join units u on u.org_id = m.org_id and u.id = m.unit_id
          where m.org_id = ${orgId} and m.person_id = ${personId} order by u.name`,
      )
    ).map((m) => ({ title: m.unit, at: when(m.created_at), fields: { role: m.role } })),
    ...(
      await rowsOf<{ team: string; created_at: Date | string }>(
        db,
        sql`select t.name as team, tm.created_at from team_members tm
          join teams t on t.org_id = tm.org_id and t.id = tm.team_id
          where tm.org_id = ${orgId} and tm.person_id = ${personId} order by t.name`,
      )
    ).map((t) => ({ title: t.team, at: when(t.created_at), fields: { team: true } })),
  ],
  erase: async ({ db, orgId, personId }) => ({
    memberships: await countOf(
      db,
      sql`delete from memberships where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    teams: await countOf(
      db,
      sql`delete from team_members where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};

/** Who has read the person's record: reader, kind of read, day and count, as on their access-log page. */
export const accessLogPrivacy: PrivacySource = {
  key: 'accessLog',
  order: 90,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{ reader: string | null; action: string; day: string; count: number }>(
        db,
        sql`select p.name as reader, a.action, (a.at at time zone 'Europe/Copenhagen')::date::text as day,
            count(*)::int as count
          from audit_events a left join people p on p.org_id = a.org_id and p.id = a.actor_id
          where a.org_id = ${orgId} and a.subject_person_id = ${personId}
            and a.action like ${`%${READ_ACTION_SUFFIX}`} and (a.actor_id is null or a.actor_id <> ${personId})
          group by p.name, a.action, day order by day desc, a.action`,
      )
    ).map((r) => ({ title: r.reader ?? '—', at: r.day, fields: { action: r.action, count: r.count } })),
};
