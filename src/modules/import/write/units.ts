import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { units } from '../../org/schema.js';
import type { UnitPlan } from '../plan/units.js';
import { chunks, columns, rowsOf, type Progress } from './batch.js';

/**
 * Writes a checked units plan: new units first (without parents, as a parent may come later in
 * the file), then names, kinds and parents in batched updates.
 */
export async function writeUnits(db: Db, orgId: string, plan: UnitPlan, now: Date, progress: Progress) {
  const creates = chunks(plan.create);
  const updates = chunks([...plan.create.filter((u) => u.parentCode), ...plan.update]);
  const steps = creates.length + updates.length + 1;
  let done = 0;

  const existing = await db
    .select({ id: units.id, externalId: units.externalId })
    .from(units)
    .where(eq(units.orgId, orgId));
  const idByCode = new Map(existing.filter((u) => u.externalId).map((u) => [u.externalId!, u.id]));

  for (const batch of creates) {
    const result = await db.execute(sql`
      insert into ${units} (org_id, name, kind, external_id)
      select ${orgId}::uuid, * from unnest(${columns(
        batch,
        ['text', (u) => u.name],
        ['text', (u) => u.kind],
        ['text', (u) => u.code],
      )})
      returning id, external_id`);
    for (const r of rowsOf<{ id: string; external_id: string }>(result)) idByCode.set(r.external_id, r.id);
    await progress(++done, steps);
  }

  const created = new Set(plan.create.map((u) => u.code));
  for (const batch of updates) {
    await db.execute(sql`
      update ${units} as u set
        name = v.name,
        kind = v.kind,
        -- keep_parent: the file has no parent column, so the parent stays as it is
        parent_id = case when v.keep_parent then u.parent_id else v.parent_id end,
        version = u.version + v.bump,
        updated_at = ${now.toISOString()}::timestamptz
      from unnest(${columns(
        batch,
        ['uuid', (u) => idByCode.get(u.code)!],
        ['text', (u) => u.name],
        ['text', (u) => u.kind],
        ['uuid', (u) => (u.parentCode ? idByCode.get(u.parentCode)! : null)],
        ['bool', (u) => u.parentCode === undefined],
        ['int', (u) => (created.has(u.code) ? 0 : 1)],
      )}) as v(id, name, kind, parent_id, keep_parent, bump)
      where u.id = v.id and u.org_id = ${orgId}::uuid`);
    await progress(++done, steps);
  }
  await progress(steps, steps);
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged.length };
}
