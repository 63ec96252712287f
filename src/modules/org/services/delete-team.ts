import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { teams } from '../schema.js';
import { loadManagedTeam } from '../records.js';
import type { OkAnswer } from '../../../shared/answers.js';

/** Deletes a team and its member list (the people themselves stay). */
export async function deleteTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const team = await loadManagedTeam(tx, input.id);
    await tx.db.delete(teams).where(and(eq(teams.orgId, orgId), eq(teams.id, team.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'team.deleted',
        entityType: 'team',
        entityId: team.id,
        details: { unitId: team.unitId },
      },
    );
    return { ok: true as const };
  });
}
