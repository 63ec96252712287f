import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { units } from '../schema.js';
import { loadUnit, unitColumns } from '../records.js';
import type { CreateUnitInput } from '../validation.js';
import { assertExternalIdFree } from './update-unit.js';
import type { UnitAnswer } from '../answers.js';

export async function createUnit({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateUnitInput;
}): Promise<UnitAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    if (input.parentId) await loadUnit(tx.db, orgId, input.parentId);
    if (input.externalId) await assertExternalIdFree(tx.db, orgId, input.externalId, null);
    const [unit] = await tx.db
      .insert(units)
      .values({
        orgId,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId,
        externalId: input.externalId ?? null,
      })
      .returning(unitColumns);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'unit.created',
        entityType: 'unit',
        entityId: unit!.id,
        details: { parentId: input.parentId },
      },
    );
    return { unit: unit! };
  });
}
