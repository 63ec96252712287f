import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import type { Db } from '../../../server/db/client.js';
import { requireWheel } from '../access.js';
import { loadUnit } from '../records.js';
import { calendarFeeds } from '../schema.js';
import type { FeedAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Ends the actor's current feed of the unit, if any. */
async function revokeCurrent(db: Db, orgId: string, personId: string, unitId: string, now: Date) {
  return db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeeds.orgId, orgId),
        eq(calendarFeeds.personId, personId),
        eq(calendarFeeds.unitId, unitId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ id: calendarFeeds.id });
}

/**
 * POST /units/{id}/year-wheel/feed: a new secret address of the unit's wheel for the actor's
 * calendar; the old one stops working. The address is answered this once: only its hash is kept.
 */
export async function createFeed({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<FeedAnswer> {
  const { orgId, personId } = ctx.actor;
  return inTransaction(ctx, async (tx) => {
    const unit = await loadUnit(tx.db, orgId, input.id);
    await requireWheel(tx, unit.id, 'read');
    const now = ctx.now();
    await revokeCurrent(tx.db, orgId, personId, unit.id, now);
    const token = randomBytes(32).toString('base64url');
    const [feed] = await tx.db
      .insert(calendarFeeds)
      .values({ orgId, unitId: unit.id, personId, tokenHash: hashToken(token), createdAt: now })
      .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'year_wheel.feed_created',
        entityType: 'calendar_feed',
        entityId: feed!.id,
        details: { unitId: unit.id },
      },
    );
    return {
      feed: {
        url: `${ctx.config.publicUrl}/api/calendar/${orgId}/${token}.ics`,
        createdAt: feed!.createdAt.toISOString(),
      },
    };
  });
}

/** DELETE /units/{id}/year-wheel/feed: the actor's address stops working at once. */
export async function revokeFeed({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const { orgId, personId } = ctx.actor;
  return inTransaction(ctx, async (tx) => {
    const unit = await loadUnit(tx.db, orgId, input.id);
    await requireWheel(tx, unit.id, 'read');
    const revoked = await revokeCurrent(tx.db, orgId, personId, unit.id, ctx.now());
    for (const r of revoked)
      await writeAudit(
        tx.db,
        { actor: ctx.actor, orgId },
        {
          action: 'year_wheel.feed_revoked',
          entityType: 'calendar_feed',
          entityId: r.id,
          details: { unitId: unit.id },
        },
      );
    return { ok: true };
  });
}
