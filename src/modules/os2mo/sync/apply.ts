import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { analyseImport, writePeople, writeUnits } from '../../import/index.js';
import type { Os2moRunSummary } from '../answers.js';
import type { SourceData } from './fetch.js';
import { peopleRows, unitRows } from './rows.js';

const MAX_ERRORS = 1000;
const noProgress = async () => {};
const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
const arr = (values: unknown[], type: 'text' | 'uuid') => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/** What OS2mo says, checked against the organisation, does not fit it (the summary lists why). */
export class PlanInvalid extends Error {
  constructor(readonly summary: Os2moRunSummary) {
    super('What OS2mo sent does not fit the organisation');
  }
}

/**
 * Brings the organisation in line with what a run read, through the CSV import's checks and
 * writes (units, then people and their roles), and then does what a file cannot: removes the
 * roles the sync made that OS2mo no longer has, and deactivates the people the sync brought in
 * who have left OS2mo (reactivating those who are back). Roles set by hand — a leader put in by
 * an admin — are never removed. Call it in a transaction: a preview rolls it back.
 */
export async function planAndWrite(
  db: Db,
  orgId: string,
  data: SourceData,
  now: Date,
): Promise<Os2moRunSummary> {
  const units = unitRows(data);
  const unitAnalysis = await analyseImport(db, {
    orgId,
    kind: 'units',
    parsed: units,
    mayManageAdmins: true,
  });
  if (unitAnalysis.errors.length === 0 && unitAnalysis.kind === 'units') {
    await writeUnits(db, orgId, unitAnalysis.plan, now, noProgress);
  }

  const people = peopleRows(data);
  const handSet = rows<{ id: string }>(
    await db.execute(
      sql`select id from memberships where org_id = ${orgId}::uuid and role = 'leader' and source is null`,
    ),
  ).map((r) => r.id);
  const peopleAnalysis = await analyseImport(db, {
    orgId,
    kind: 'people',
    parsed: people.parsed,
    mayManageAdmins: true,
  });

  const errors = [
    ...unitAnalysis.errors.map((e) => ({ kind: 'units' as const, ...e })),
    ...peopleAnalysis.errors.map((e) => ({ kind: 'people' as const, ...e })),
  ];
  const summary: Os2moRunSummary = {
    units: { total: unitAnalysis.total, ...pick(unitAnalysis.counts), sample: unitAnalysis.sample },
    people: {
      total: people.parsed.total,
      ...pick(peopleAnalysis.counts),
      membershipsAdded: peopleAnalysis.counts.membershipsAdded,
      membershipsRemoved: 0,
      deactivated: 0,
      reactivated: 0,
      sample: peopleAnalysis.sample,
    },
    handSetLeaders: handSet.length,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_ERRORS),
  };
  if (errors.length > 0 || peopleAnalysis.kind !== 'people') throw new PlanInvalid(summary);
  await writePeople(db, orgId, peopleAnalysis.plan, now, noProgress);

  const numbers = people.roles.map((r) => r.number);
  const wanted = sql`(
    select p.id as person_id, u.id as unit_id, v.role
    from unnest(${arr(numbers, 'text')}, ${arr(
      people.roles.map((r) => r.unit),
      'text',
    )}, ${arr(
      people.roles.map((r) => r.role),
      'text',
    )}) as v(number, unit, role)
    join people p on p.org_id = ${orgId}::uuid and p.employee_number = v.number
    join units u on u.org_id = ${orgId}::uuid and u.external_id = v.unit)`;

  // The sync owns the roles OS2mo gives, except a leader who was set by hand before OS2mo named them.
  await db.execute(sql`
    update memberships m set source = 'os2mo'
    from ${wanted} w
    where m.org_id = ${orgId}::uuid and m.person_id = w.person_id and m.unit_id = w.unit_id and m.role = w.role
      and m.source is null and m.id not in (select unnest(${arr(handSet, 'uuid')}))`);
  // `in (select unnest(…))` is hashed; `= any(array)` would compare each row with every number.
  const current = sql`(select unnest(${arr(people.current, 'text')}))`;
  const removed = rows<{ id: string }>(
    await db.execute(sql`
      delete from memberships m
      where m.org_id = ${orgId}::uuid and m.source = 'os2mo'
        and not exists (select 1 from ${wanted} w where w.person_id = m.person_id and w.unit_id = m.unit_id and w.role = m.role)
        -- a person who leaves keeps their last places, so their record still says where they were
        and exists (select 1 from people p where p.org_id = m.org_id and p.id = m.person_id and p.employee_number in ${current})
      returning m.id`),
  );
  await db.execute(sql`
    insert into os2mo_people (org_id, person_id)
    select ${orgId}::uuid, p.id from people p where p.org_id = ${orgId}::uuid and p.employee_number in ${current}
    on conflict do nothing`);
  const at = now.toISOString();
  const deactivated = rows<{ id: string }>(
    await db.execute(sql`
      update people p set active = false, deactivated_at = ${at}::timestamptz, version = p.version + 1, updated_at = ${at}::timestamptz
      from os2mo_people s
      where s.org_id = ${orgId}::uuid and p.org_id = s.org_id and p.id = s.person_id and p.active
        and (p.employee_number is null or p.employee_number not in ${current})
      returning p.id`),
  );
  const reactivated = rows<{ id: string }>(
    await db.execute(sql`
      update people p set active = true, version = p.version + 1, updated_at = ${at}::timestamptz
      from os2mo_people s
      where s.org_id = ${orgId}::uuid and p.org_id = s.org_id and p.id = s.person_id and not p.active
        and p.employee_number in ${current}
      returning p.id`),
  );
  summary.people.membershipsRemoved = removed.length;
  summary.people.deactivated = deactivated.length;
  summary.people.reactivated = reactivated.length;
  return summary;
}

const pick = (c: { create: number; update: number; unchanged: number }) => ({
  create: c.create,
  update: c.update,
  unchanged: c.unchanged,
});
