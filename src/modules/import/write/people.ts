import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { memberships, people } from '../../org/schema.js';
import type { PeoplePlan } from '../plan/people.js';
import { chunks, type Progress } from './batch.js';

/**
 * Writes a checked people plan with a statement per batch of rows, never one per row: updates,
 * then new people, then the roles in units they gain.
 */
export async function writePeople(db: Db, orgId: string, plan: PeoplePlan, now: Date, progress: Progress) {
  const fieldUpdates = plan.update.filter((p) => p.changes.some((c) => c !== 'memberships'));
  const updateBatches = chunks(fieldUpdates);
  const createBatches = chunks(plan.create);
  const membershipCount = plan.membershipsAdded;
  const membershipSteps = Math.ceil(membershipCount / (2 * 1000));
  const steps = updateBatches.length + createBatches.length + membershipSteps + 1;
  let done = 0;

  // Two people may swap addresses in one file; clearing the changing ones first keeps the
  // unique index on email satisfied at every row.
  const emailChanges = fieldUpdates.filter((p) => p.changes.includes('email')).map((p) => p.id!);
  for (const ids of chunks(emailChanges)) {
    await db
      .update(people)
      .set({ email: null })
      .where(and(eq(people.orgId, orgId), inArray(people.id, ids)));
  }

  for (const batch of updateBatches) {
    const values = batch.map((p) => sql`(${p.id}::uuid, ${p.name}::text, ${p.email}::text, ${p.jobTitle}::text)`);
    await db.execute(sql`
      update ${people} as p set
        name = v.name,
        email = coalesce(v.email, p.email),
        job_title = coalesce(v.job_title, p.job_title),
        version = p.version + 1,
        updated_at = ${now.toISOString()}::timestamptz
      from (values ${sql.join(values, sql`, `)}) as v(id, name, email, job_title)
      where p.id = v.id and p.org_id = ${orgId}::uuid`);
    await progress(++done, steps);
  }

  const idByNumber = new Map(plan.update.concat(plan.unchanged).map((p) => [p.employeeNumber, p.id!]));
  for (const batch of createBatches) {
    const rows = await db
      .insert(people)
      .values(batch.map((p) => ({ orgId, name: p.name, email: p.email, employeeNumber: p.employeeNumber, jobTitle: p.jobTitle })))
      .returning({ id: people.id, employeeNumber: people.employeeNumber });
    for (const r of rows) idByNumber.set(r.employeeNumber!, r.id);
    await progress(++done, steps);
  }

  const newMemberships = [...plan.create, ...plan.update].flatMap((p) =>
    p.newMemberships.map((m) => ({ orgId, personId: idByNumber.get(p.employeeNumber)!, unitId: m.unitId, role: m.role })),
  );
  for (const batch of chunks(newMemberships, 2000)) {
    await db.insert(memberships).values(batch).onConflictDoNothing();
    await progress(++done, steps);
  }
  await progress(steps, steps);
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length };
}
