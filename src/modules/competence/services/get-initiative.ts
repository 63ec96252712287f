import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { initiativeDetail, loadReadableInitiative } from '../records.js';
import type { Initiative, InitiativeAnswer } from '../answers.js';

/**
 * GET /initiatives/{id}: the plan for everyone with a relation to it; participants' levels only
 * as initiativeAccess allows. Reading other people's levels reaches their access log.
 */
export async function getInitiative({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { row, access } = await loadReadableInitiative(tx, input.id);
    const initiative = await initiativeDetail(tx, row, access);
    await auditLevelsRead(tx, initiative);
    return { initiative };
  });
}

/** One 'initiative_levels.read' a day per participant whose levels the actor saw. */
export async function auditLevelsRead(ctx: SignedInContext, initiative: Initiative) {
  await auditReadsOncePerDay(ctx, {
    action: 'initiative_levels.read',
    entityType: 'initiative',
    reads: initiative.participants.map((p) => ({ subjectPersonId: p.person.id, entityId: initiative.id })),
  });
}
