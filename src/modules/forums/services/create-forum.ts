import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { leadsUnitOrAbove } from '../../../server/policy/unit-leadership.js';
import { units } from '../../org/schema.js';
import { forums } from '../schema.js';
import { assertTeamFitsUnit, loadForum, presentForum } from '../records.js';
import type { CreateForumInput } from '../validation.js';
import type { ForumAnswer } from '../answers.js';

/** POST /forums: a leader of the unit (or above) describes one of its recurring forums. */
export async function createForum({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateForumInput;
}): Promise<ForumAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const [unit] = await tx.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, orgId), eq(units.id, input.unitId)));
    if (!unit || !(await leadsUnitOrAbove(tx, input.unitId))) throw notFound('No such unit');
    if (input.teamId) await assertTeamFitsUnit(tx.db, orgId, input.teamId, input.unitId);
    const { unitId, teamId, ...fields } = input;
    const [created] = await tx.db
      .insert(forums)
      .values({ ...fields, orgId, unitId, teamId: teamId ?? null, createdBy: ctx.actor.personId })
      .returning({ id: forums.id });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'forum.created',
        entityType: 'forum',
        entityId: created!.id,
        details: { unitId, level: input.level },
      },
    );
    const { forum, access } = await loadForum(tx, created!.id);
    return { forum: presentForum(forum, access, ctx.now()) };
  });
}
