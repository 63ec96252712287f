import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import { adoptProposedGoal } from '../../goals/index.js';
import { initiativeParticipants } from '../schema.js';
import { initiativeDetail, loadReadableInitiative } from '../records.js';
import type { DecideProposalInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/**
 * POST /initiatives/{id}/proposal: the participant answers the goal proposed for their MUP. Accept
 * or rewrite makes it a goal of theirs in focus (source: competence initiative) under the
 * two-in-focus rule; declining is a recorded answer. Only the participant answers for themselves.
 */
export async function decideProposal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: DecideProposalInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { actor } = tx;
    const orgId = actor.orgId;
    const { row } = await loadReadableInitiative(tx, input.id);
    const [p] = await tx.db
      .select()
      .from(initiativeParticipants)
      .where(
        and(
          eq(initiativeParticipants.orgId, orgId),
          eq(initiativeParticipants.initiativeId, row.id),
          eq(initiativeParticipants.personId, actor.personId),
        ),
      )
      .for('update');
    if (!p || !p.proposedGoal) throw notFound('No goal is proposed to you in this initiative');
    if (p.proposalStatus !== 'proposed')
      throw conflict('You have already answered the proposed goal', 'proposal_decided');
    let goalId: string | null = null;
    const status =
      input.decision === 'accept' ? 'accepted' : input.decision === 'rewrite' ? 'rewritten' : 'declined';
    if (input.decision !== 'decline') {
      goalId = await adoptProposedGoal(tx, {
        title: input.decision === 'rewrite' ? input.title! : p.proposedGoal,
        why: input.why ?? null,
        source: 'competence_initiative',
        putAside: input.putAsideGoalId
          ? { goalId: input.putAsideGoalId, reason: input.putAsideReason!.trim() }
          : undefined,
      });
    }
    await tx.db
      .update(initiativeParticipants)
      .set({ proposalStatus: status, goalId, decidedAt: tx.now() })
      .where(and(eq(initiativeParticipants.orgId, orgId), eq(initiativeParticipants.id, p.id)));
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'initiative.proposal_answered',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: actor.personId,
        details: { decision: status, goalId },
      },
    );
    const fresh = await loadReadableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
