import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { teams, units } from '../schema.js';
import { loadManagedTeam, loadTeam, staleOrMissing, teamColumns } from '../records.js';
import type { UpdateTeamInput } from '../validation.js';
import type { TeamAnswer } from '../answers.js';

export async function updateTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateTeamInput & { id: string };
}): Promise<TeamAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  return inTransaction(ctx, async (tx) => {
    await loadManagedTeam(tx, id);
    const [team] = await tx.db
      .update(teams)
      .set({ ...changes, version: sql`${teams.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(teams.orgId, orgId), eq(teams.id, id), eq(teams.version, version)))
      .returning(teamColumns);
    if (!team) return staleOrMissing(() => loadTeam(tx.db, orgId, id));
    const [unit] = team.unitId
      ? await tx.db
          .select({ name: units.name })
          .from(units)
          .where(and(eq(units.orgId, orgId), eq(units.id, team.unitId)))
      : [];
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'team.updated', entityType: 'team', entityId: id, details: { fields } },
    );
    return { team: { ...team, unitName: unit?.name ?? null } };
  });
}
