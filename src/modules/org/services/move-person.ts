import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships } from '../schema.js';
import { loadPerson, loadUnit } from '../records.js';
import type { MovePersonInput } from '../validation.js';
import type { OkAnswer } from '../../../shared/answers.js';

/** Moves every role a person holds in one unit to another unit, keeping the roles. */
export async function movePerson({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: MovePersonInput & { personId: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  if (input.fromUnitId === input.toUnitId) {
    throw invalid('Choose another unit to move to', undefined, [
      { path: 'toUnitId', message: 'Same as the current unit' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    await loadPerson(tx.db, orgId, input.personId);
    await loadUnit(tx.db, orgId, input.toUnitId);
    const mine = and(eq(memberships.orgId, orgId), eq(memberships.personId, input.personId));
    const held = await tx.db
      .select({ id: memberships.id, unitId: memberships.unitId, role: memberships.role })
      .from(memberships)
      .where(and(mine, inArray(memberships.unitId, [input.fromUnitId, input.toUnitId])));
    const moving = held.filter((m) => m.unitId === input.fromUnitId);
    if (moving.length === 0) throw notFound('The person has no role in that unit');
    const alreadyThere = new Set(held.filter((m) => m.unitId === input.toUnitId).map((m) => m.role));
    // A role the person already holds in the new unit is not duplicated; the old one just goes.
    const drop = moving.filter((m) => alreadyThere.has(m.role)).map((m) => m.id);
    const move = moving.filter((m) => !alreadyThere.has(m.role)).map((m) => m.id);
    if (drop.length) await tx.db.delete(memberships).where(and(mine, inArray(memberships.id, drop)));
    if (move.length)
      await tx.db
        .update(memberships)
        .set({ unitId: input.toUnitId })
        .where(and(mine, inArray(memberships.id, move)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'person.moved',
        entityType: 'person',
        entityId: input.personId,
        subjectPersonId: input.personId,
        details: { fromUnitId: input.fromUnitId, toUnitId: input.toUnitId, roles: moving.map((m) => m.role) },
      },
    );
    return { ok: true as const };
  });
}
