import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { analyseImport, writePeople, writeUnits } from '../../import/index.js';
import type { Os2moRunSummary } from '../answers.js';
import type { SourceData } from './fetch.js';
import { peopleRows, unitRows } from './rows.js';

const MAX_ERRORS = 1000;
const noProgress = async () => {};
const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
const arr = (values: unknown[], type: 'uuid') => sql`${sql.param(values)}::${sql.raw(type)}[]`;
const chunks = <T>(items: T[], size = 5000): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

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

  // One after another: a transaction is one connection, which runs one statement at a time.
  const personRows = await db.execute(
    sql`select id, employee_number, active from people where org_id = ${orgId}::uuid`,
  );
  const unitIdRows = await db.execute(
    sql`select id, external_id from units where org_id = ${orgId}::uuid and external_id is not null`,
  );
  const roleRows = await db.execute(
    sql`select id, person_id, unit_id, role, source from memberships where org_id = ${orgId}::uuid`,
  );
  const personOf = new Map(
    rows<{ id: string; employee_number: string | null }>(personRows)
      .filter((p) => p.employee_number)
      .map((p) => [p.employee_number!, p.id]),
  );
  const unitOf = new Map(
    rows<{ id: string; external_id: string }>(unitIdRows).map((u) => [u.external_id, u.id]),
  );
  const wanted = new Set(
    people.roles.map((r) => `${personOf.get(r.number)}|${unitOf.get(r.unit)}|${r.role}`),
  );
  const currentIds = new Set(people.current.map((n) => personOf.get(n)!));
  const handSetIds = new Set(handSet);
  const own: string[] = [];
  const remove: string[] = [];
  for (const m of rows<{
    id: string;
    person_id: string;
    unit_id: string;
    role: string;
    source: string | null;
  }>(roleRows)) {
    const isWanted = wanted.has(`${m.person_id}|${m.unit_id}|${m.role}`);
    // The sync owns the roles OS2mo gives, except a leader who was set by hand before OS2mo named them.
    if (isWanted && m.source === null && !handSetIds.has(m.id)) own.push(m.id);
    // A person who leaves keeps their last places, so their record still says where they were.
    if (!isWanted && m.source === 'os2mo' && currentIds.has(m.person_id)) remove.push(m.id);
  }
  for (const batch of chunks(own)) {
    await db.execute(sql`update memberships set source = 'os2mo'
      where org_id = ${orgId}::uuid and id in (select unnest(${arr(batch, 'uuid')}))`);
  }
  for (const batch of chunks(remove)) {
    await db.execute(sql`delete from memberships
      where org_id = ${orgId}::uuid and id in (select unnest(${arr(batch, 'uuid')}))`);
  }
  for (const batch of chunks([...currentIds])) {
    await db.execute(sql`insert into os2mo_people (org_id, person_id)
      select ${orgId}::uuid, unnest(${arr(batch, 'uuid')}) on conflict do nothing`);
  }
  const tracked = new Set(
    rows<{ person_id: string }>(
      await db.execute(sql`select person_id from os2mo_people where org_id = ${orgId}::uuid`),
    ).map((r) => r.person_id),
  );
  const leaving: string[] = [];
  const returning: string[] = [];
  for (const p of rows<{ id: string; active: boolean }>(personRows)) {
    if (!tracked.has(p.id)) continue;
    if (p.active && !currentIds.has(p.id)) leaving.push(p.id);
    if (!p.active && currentIds.has(p.id)) returning.push(p.id);
  }
  const at = now.toISOString();
  for (const batch of chunks(leaving)) {
    await db.execute(sql`update people set active = false, deactivated_at = ${at}::timestamptz,
        version = version + 1, updated_at = ${at}::timestamptz
      where org_id = ${orgId}::uuid and id in (select unnest(${arr(batch, 'uuid')}))`);
  }
  for (const batch of chunks(returning)) {
    await db.execute(sql`update people set active = true, version = version + 1, updated_at = ${at}::timestamptz
      where org_id = ${orgId}::uuid and id in (select unnest(${arr(batch, 'uuid')}))`);
  }
  summary.people.membershipsRemoved = remove.length;
  summary.people.deactivated = leaving.length;
  summary.people.reactivated = returning.length;
  return summary;
}

const pick = (c: { create: number; update: number; unchanged: number }) => ({
  create: c.create,
  update: c.update,
  unchanged: c.unchanged,
});
