import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { canCreateTeamIn } from '../../../server/policy/team-access.js';
import { teams } from '../schema.js';
import { loadUnit, teamColumns } from '../records.js';
import type { CreateTeamInput } from '../validation.js';
import type { TeamAnswer } from '../answers.js';

/** Admins create any team; leaders create teams in the units they lead and the units below. */
export async function createTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateTeamInput;
}): Promise<TeamAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const unit = input.unitId ? await loadUnit(tx.db, orgId, input.unitId) : null;
    if (!(await canCreateTeamIn(tx, input.unitId))) {
      throw forbidden(
        input.unitId
          ? 'Only the unit’s leaders and administrators may create teams there'
          : 'Only administrators create cross-unit teams',
      );
    }
    const [team] = await tx.db
      .insert(teams)
      .values({
        orgId,
        unitId: input.unitId,
        name: input.name,
        kind: input.kind,
        description: input.description ?? null,
      })
      .returning(teamColumns);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'team.created',
        entityType: 'team',
        entityId: team!.id,
        details: { unitId: input.unitId },
      },
    );
    return { team: { ...team!, unitName: unit?.name ?? null } };
  });
}
