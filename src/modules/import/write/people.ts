import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { memberships, people } from '../../org/schema.js';
import type { PeoplePlan } from '../plan/people.js';
import { array, chunks, columns, rowsOf, type Progress } from './batch.js';

/**
 * Writes a checked people plan with one statement per batch of rows, never one per row:
 * updates, then new people, then the roles in units they gain.
 */
export async function writePeople(db: Db, orgId: string, plan: PeoplePlan, now: Date, progress: Progress) {
  const fieldUpdates = plan.update.filter((p) => p.changes.some((c) => c !== 'memberships'));
  const idByNumber = new Map(plan.update.concat(plan.unchanged).map((p) => [p.employeeNumber, p.id!]));
  const newMemberships = () =>
    [...plan.create, ...plan.update].flatMap((p) =>
      p.newMemberships.map((m) => ({ personId: idByNumber.get(p.employeeNumber)!, ...m })),
    );
  const updateBatches = chunks(fieldUpdates);
  const createBatches = chunks(plan.create);
  const membershipSteps = Math.ceil(plan.membershipsAdded / 1000);
  const steps = updateBatches.length + createBatches.length + membershipSteps + 1;
  let done = 0;

  // Two people may swap addresses in one file; clearing the changing ones first keeps the
  // unique index on email satisfied at every row.
  for (const batch of chunks(fieldUpdates.filter((p) => p.changes.includes('email')))) {
    await db.execute(sql`
      update ${people} set email = null
      where org_id = ${orgId}::uuid and id = any(${array(
        batch.map((p) => p.id!),
        'uuid',
      )})`);
  }

  for (const batch of updateBatches) {
    await db.execute(sql`
      update ${people} as p set
        name = v.name,
        email = coalesce(v.email, p.email),
        job_title = coalesce(v.job_title, p.job_title),
        version = p.version + 1,
        updated_at = ${now.toISOString()}::timestamptz
      from unnest(${columns(
        batch,
        ['uuid', (p) => p.id!],
        ['text', (p) => p.name],
        ['text', (p) => p.email],
        ['text', (p) => p.jobTitle],
      )}) as v(id, name, email, job_title)
      where p.id = v.id and p.org_id = ${orgId}::uuid`);
    await progress(++done, steps);
  }

  for (const batch of createBatches) {
    const result = await db.execute(sql`
      insert into ${people} (org_id, name, email, employee_number, job_title)
      select ${orgId}::uuid, * from unnest(${columns(
        batch,
        ['text', (p) => p.name],
        ['text', (p) => p.email],
        ['text', (p) => p.employeeNumber],
        ['text', (p) => p.jobTitle],
      )})
      returning id, employee_number`);
    for (const r of rowsOf<{ id: string; employee_number: string }>(result))
      idByNumber.set(r.employee_number, r.id);
    await progress(++done, steps);
  }

  for (const batch of chunks(newMemberships())) {
    await db.execute(sql`
      insert into ${memberships} (org_id, person_id, unit_id, role)
      select ${orgId}::uuid, * from unnest(${columns(
        batch,
        ['uuid', (m) => m.personId],
        ['uuid', (m) => m.unitId],
        ['text', (m) => m.role],
      )})
      on conflict do nothing`);
    await progress(++done, steps);
  }
  await progress(steps, steps);
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length };
}
