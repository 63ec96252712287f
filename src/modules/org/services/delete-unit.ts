import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships, teams, units } from '../schema.js';
import { loadUnit } from '../records.js';
import type { OkAnswer } from '../../../shared/answers.js';

/** Deletes an empty unit: no sub-units, no members (active or not), no teams. */
export async function deleteUnit({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const unit = await loadUnit(tx.db, orgId, input.id);
    const [child] = await tx.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, orgId), eq(units.parentId, unit.id)))
      .limit(1);
    if (child) throw conflict('The unit has sub-units', 'unit_has_children');
    const [member] = await tx.db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.unitId, unit.id)))
      .limit(1);
    if (member) throw conflict('The unit has members', 'unit_has_members');
    const [team] = await tx.db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.orgId, orgId), eq(teams.unitId, unit.id)))
      .limit(1);
    if (team) throw conflict('The unit has teams', 'unit_has_teams');
    await tx.db.delete(units).where(and(eq(units.orgId, orgId), eq(units.id, unit.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'unit.deleted',
        entityType: 'unit',
        entityId: unit.id,
        details: { parentId: unit.parentId },
      },
    );
    return { ok: true as const };
  });
}
