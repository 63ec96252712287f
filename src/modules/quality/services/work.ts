import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { loadQualityTeam } from '../access.js';
import { qualityWorkItems } from '../schema.js';
import { loadTeamRow, presentWorkItem, workItemById } from '../records.js';
import type { WorkItemInput } from '../validation.js';
import type { WorkItemAnswer } from '../answers.js';

/** POST /quality/teams/{id}/points: a development point the team wants to work on. */
export async function addDevelopmentPoint({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: WorkItemInput & { id: string };
}): Promise<WorkItemAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { team } = await loadQualityTeam(tx, input.id);
    return insertItem(tx, team.id, 'development_point', null, input);
  });
}

/** POST /quality/points/{id}/actions: an improvement action under a development point. */
export async function addImprovementAction({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: WorkItemInput & { id: string };
}): Promise<WorkItemAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { row } = await loadTeamRow(tx, workItemById(input.id));
    if (row.level !== 'development_point') throw notFound('No such development point');
    return insertItem(tx, row.teamId, 'improvement_action', row.id, input);
  });
}

async function insertItem(
  tx: SignedInContext,
  teamId: string,
  level: 'development_point' | 'improvement_action',
  parentId: string | null,
  input: WorkItemInput,
): Promise<WorkItemAnswer> {
  const orgId = tx.actor.orgId;
  const [item] = await tx.db
    .insert(qualityWorkItems)
    .values({
      orgId,
      teamId,
      level,
      parentId,
      title: input.title,
      description: input.description,
      createdBy: tx.actor.personId,
      createdAt: tx.now(),
    })
    .returning();
  await writeAudit(
    tx.db,
    { actor: tx.actor, orgId },
    {
      action: `quality.${level}_added`,
      entityType: 'quality_work_item',
      entityId: item!.id,
      details: { teamId, parentId },
    },
  );
  return { item: presentWorkItem(item!) };
}
