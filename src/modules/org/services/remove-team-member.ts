import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { teamMembers } from '../schema.js';
import { loadManagedTeam } from '../records.js';
import type { OkAnswer } from '../../../shared/answers.js';

export async function removeTeamMember({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { teamId: string; personId: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const team = await loadManagedTeam(tx, input.teamId);
    const removed = await tx.db
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.orgId, orgId),
          eq(teamMembers.teamId, team.id),
          eq(teamMembers.personId, input.personId),
        ),
      )
      .returning({ id: teamMembers.id });
    if (removed.length === 0) throw notFound('The person is not on the team');
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'team.member_removed',
        entityType: 'team',
        entityId: team.id,
        subjectPersonId: input.personId,
        details: { personId: input.personId },
      },
    );
    return { ok: true as const };
  });
}
