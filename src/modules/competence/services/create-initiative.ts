import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { leadsUnitOrAbove } from '../../../server/policy/unit-leadership.js';
import { units } from '../../org/schema.js';
import { and, eq } from 'drizzle-orm';
import { initiatives } from '../schema.js';
import { initiativeData } from '../case-data.js';
import { EXAMPLE_INITIATIVES } from '../content/cases.js';
import { initiativeDetail, loadReadableInitiative } from '../records.js';
import type { CreateInitiativeInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/** POST /initiatives: a draft for a unit the actor leads (or a unit below), optionally from a case. */
export async function createInitiative({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateInitiativeInput;
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { actor } = tx;
    const orgId = actor.orgId;
    const [unit] = await tx.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, orgId), eq(units.id, input.unitId)));
    if (!unit || !(await leadsUnitOrAbove(tx, unit.id))) throw notFound('No such unit');
    const example = EXAMPLE_INITIATIVES.find((c) => c.key === input.caseKey);
    const data = initiativeData(example, actor.locale === 'en' ? 'en' : 'da');
    const [created] = await tx.db
      .insert(initiatives)
      .values({
        orgId,
        unitId: unit.id,
        ownerId: actor.personId,
        title: input.title,
        caseKey: example?.key ?? null,
        data,
        createdAt: tx.now(),
        updatedAt: tx.now(),
      })
      .returning({ id: initiatives.id });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'initiative.created',
        entityType: 'initiative',
        entityId: created!.id,
        details: { unitId: unit.id, caseKey: example?.key ?? null },
      },
    );
    const { row, access } = await loadReadableInitiative(tx, created!.id);
    return { initiative: await initiativeDetail(tx, row, access) };
  });
}
