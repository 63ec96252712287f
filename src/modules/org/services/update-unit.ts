import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { units } from '../schema.js';
import { loadUnit, staleOrMissing, unitColumns } from '../records.js';
import type { UpdateUnitInput } from '../validation.js';
import type { UnitAnswer } from '../answers.js';

/** The HR system's unit code is the key a CSV re-import matches on, so it must stay unique. */
export async function assertExternalIdFree(
  db: Db,
  orgId: string,
  externalId: string,
  exceptUnitId: string | null,
) {
  const [taken] = await db
    .select({ id: units.id })
    .from(units)
    .where(
      and(
        eq(units.orgId, orgId),
        eq(units.externalId, externalId),
        exceptUnitId ? ne(units.id, exceptUnitId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw conflict('Another unit already uses that unit code', 'external_id_taken');
}

export async function updateUnit({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateUnitInput & { id: string };
}): Promise<UnitAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    if (changes.externalId) await assertExternalIdFree(tx.db, orgId, changes.externalId, id);
    const [unit] = await tx.db
      .update(units)
      .set({ ...changes, version: sql`${units.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(units.orgId, orgId), eq(units.id, id), eq(units.version, version)))
      .returning(unitColumns);
    if (!unit) return staleOrMissing(() => loadUnit(tx.db, orgId, id));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'unit.updated', entityType: 'unit', entityId: id, details: { fields } },
    );
    return { unit };
  });
}
