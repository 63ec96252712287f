import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { unitWithAncestors } from '../../../server/policy/unit-tree.js';
import { organisations, units } from '../schema.js';
import { loadUnit, unitColumns } from '../records.js';
import type { MoveUnitInput } from '../validation.js';
import type { UnitAnswer } from '../answers.js';

/** Moves a unit (with everything below it) under another parent, or to the top. */
export async function moveUnit({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MoveUnitInput & { id: string };
}): Promise<UnitAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    // Two moves checked at once could each pass the cycle check and together make a loop;
    // locking the organisation's row makes tree moves take turns.
    await tx.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, orgId))
      .for('update');
    const unit = await loadUnit(tx.db, orgId, input.id);
    if (input.parentId) {
      const chain = await unitWithAncestors(tx.db, orgId, input.parentId);
      if (chain.length === 0) await loadUnit(tx.db, orgId, input.parentId);
      if (chain.some((u) => u.id === unit.id)) {
        throw invalid('A unit cannot be moved under itself or one of its sub-units', 'unit_cycle', [
          { path: 'parentId', message: 'Inside the unit being moved' },
        ]);
      }
    }
    const [moved] = await tx.db
      .update(units)
      .set({ parentId: input.parentId, version: sql`${units.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(units.orgId, orgId), eq(units.id, unit.id)))
      .returning(unitColumns);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'unit.moved',
        entityType: 'unit',
        entityId: unit.id,
        details: { fromParentId: unit.parentId, toParentId: input.parentId },
      },
    );
    return { unit: moved! };
  });
}
