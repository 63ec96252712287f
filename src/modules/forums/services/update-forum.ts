import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError } from '../../../server/http/errors.js';
import { forums } from '../schema.js';
import { assertTeamFitsUnit, loadForum, presentForum } from '../records.js';
import type { UpdateForumInput } from '../validation.js';
import type { ForumAnswer } from '../answers.js';

/** PATCH /forums/{id}: against the version the client read; a stale version gets 409 with the current forum. */
export async function updateForum({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateForumInput & { id: string };
}): Promise<ForumAnswer> {
  const orgId = ctx.actor.orgId;
  const { id, version, ...changes } = input;
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return inTransaction(ctx, async (tx) => {
    const { forum } = await loadForum(tx, id, 'manage');
    if (changes.teamId) await assertTeamFitsUnit(tx.db, orgId, changes.teamId, forum.unitId);
    const [updated] = await tx.db
      .update(forums)
      .set({ ...set, version: sql`${forums.version} + 1`, updatedAt: ctx.now() })
      .where(and(eq(forums.orgId, orgId), eq(forums.id, id), eq(forums.version, version)))
      .returning({ id: forums.id });
    if (!updated) {
      throw new ServiceError(
        'CONFLICT',
        `Someone else changed the forum meanwhile (now version ${forum.version})`,
        'stale_version',
      );
    }
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'forum.updated', entityType: 'forum', entityId: id, details: { fields: Object.keys(set) } },
    );
    const fresh = await loadForum(tx, id);
    return { forum: presentForum(fresh.forum, fresh.access, ctx.now()) };
  });
}
