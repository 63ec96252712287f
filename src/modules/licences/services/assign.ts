import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { forbidden, invalid, ServiceError } from '../../../server/http/errors.js';
import { localDay } from '../../../shared/time.js';
import { licences, taskAssignments } from '../schema.js';
import { boardAccess } from '../access.js';
import { loadDefinitionFor, unitPeople } from '../records.js';
import { levelRank, licenceStatus } from '../constants.js';
import type { AssignInput } from '../validation.js';
import type { AssignmentAnswer } from '../answers.js';

/**
 * POST /licence-definitions/{id}/assignments: a leader assigns a person to carry the task. Below
 * the level the task requires (no valid licence at it), the workplace's setting decides: refused
 * (below_required_level), or a warning the leader must confirm (below_required_confirm).
 */
export async function assignTask({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AssignInput & { id: string };
}): Promise<AssignmentAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { definition } = await loadDefinitionFor(tx, input.id);
    if (!(await boardAccess(tx, definition.unitId)).assign)
      throw forbidden('Only the unit’s leaders assign its tasks');
    if (!(await unitPeople(tx.db, orgId, definition.unitId)).some((p) => p.id === input.personId))
      throw invalid('The person must belong to the unit', 'licence_person_outside', [
        { path: 'personId', message: 'The person must belong to the unit' },
      ]);
    const [held] = await tx.db
      .select()
      .from(licences)
      .where(
        and(
          eq(licences.orgId, orgId),
          eq(licences.definitionId, definition.id),
          eq(licences.personId, input.personId),
        ),
      );
    const valid =
      held && licenceStatus(held.expiresOn ? String(held.expiresOn) : null, localDay(tx.now())) !== 'expired';
    const below =
      definition.requiredLevel !== null &&
      !(valid && levelRank(held.level) >= levelRank(definition.requiredLevel));
    if (below && definition.belowRequired === 'refuse')
      throw new ServiceError(
        'CONFLICT',
        `The task requires a valid licence at level ${definition.requiredLevel} to be carried alone, and the workplace does not allow assigning below it`,
        'below_required_level',
      );
    if (below && !input.confirmBelow)
      throw new ServiceError(
        'CONFLICT',
        `The person holds no valid licence at level ${definition.requiredLevel}. Confirm to assign them anyway`,
        'below_required_confirm',
      );
    const [saved] = await tx.db
      .insert(taskAssignments)
      .values({
        orgId,
        definitionId: definition.id,
        personId: input.personId,
        belowRequired: below,
        assignedBy: ctx.actor.personId,
      })
      .onConflictDoUpdate({
        target: [taskAssignments.orgId, taskAssignments.definitionId, taskAssignments.personId],
        set: { belowRequired: below, assignedBy: ctx.actor.personId },
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'licence_task.assigned',
        entityType: 'licence_definition',
        entityId: definition.id,
        subjectPersonId: input.personId,
        details: { belowRequired: below },
      },
    );
    return {
      assignment: {
        id: saved!.id,
        personId: saved!.personId,
        definitionId: saved!.definitionId,
        belowRequired: below,
      },
    };
  });
}
