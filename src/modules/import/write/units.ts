import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { units } from '../../org/schema.js';
import type { UnitPlan } from '../plan/units.js';
import { chunks, type Progress } from './batch.js';

/**
 * Writes a checked units plan: new units first (without parents, as a parent may come later in
 * the file), then names, kinds and parents in batched updates.
 */
export async function writeUnits(db: Db, orgId: string, plan: UnitPlan, now: Date, progress: Progress) {
  const creates = chunks(plan.create);
  const changed = [...plan.create.filter((u) => u.parentCode), ...plan.update];
  const updates = chunks(changed);
  const steps = creates.length + updates.length + 1;
  let done = 0;

  const existing = await db.select({ id: units.id, externalId: units.externalId }).from(units).where(eq(units.orgId, orgId));
  const idByCode = new Map(existing.filter((u) => u.externalId).map((u) => [u.externalId!, u.id]));

  for (const batch of creates) {
    const rows = await db
      .insert(units)
      .values(batch.map((u) => ({ orgId, name: u.name, kind: u.kind, externalId: u.code, parentId: null })))
      .returning({ id: units.id, externalId: units.externalId });
    for (const r of rows) idByCode.set(r.externalId!, r.id);
    await progress(++done, steps);
  }

  const created = new Set(plan.create.map((u) => u.code));
  for (const batch of updates) {
    const values = batch.map((u) => {
      const id = idByCode.get(u.code)!;
      // undefined: the file has no parent column, so the parent stays as it is.
      const keepParent = u.parentCode === undefined;
      const parentId = u.parentCode ? idByCode.get(u.parentCode)! : null;
      const bump = created.has(u.code) ? 0 : 1;
      return sql`(${id}::uuid, ${u.name}::text, ${u.kind}::text, ${parentId}::uuid, ${keepParent}::boolean, ${bump}::int)`;
    });
    await db.execute(sql`
      update ${units} as u set
        name = v.name,
        kind = v.kind,
        parent_id = case when v.keep_parent then u.parent_id else v.parent_id end,
        version = u.version + v.bump,
        updated_at = ${now.toISOString()}::timestamptz
      from (values ${sql.join(values, sql`, `)}) as v(id, name, kind, parent_id, keep_parent, bump)
      where u.id = v.id and u.org_id = ${orgId}::uuid`);
    await progress(++done, steps);
  }
  await progress(steps, steps);
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length };
}

