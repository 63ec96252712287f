import { and, asc, desc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { units } from '../../org/schema.js';
import { frameItems, frames } from '../schema.js';
import type { FrameListAnswer } from '../answers.js';
import { canManageUnit, frameColumns, itemsOf, presentFrame } from '../records.js';
import { unitsOfPerson } from '../../../server/policy/unit-people.js';
import { localDay } from '../../../shared/time.js';

/**
 * The published frames that apply to a person today: those of the units whose people they are
 * (policy/unit-people.ts: their units and every unit above) whose period covers the date. These
 * are what the person chooses goals within.
 */
export async function framesInForce(db: Db, orgId: string, personId: string, today: string) {
  const unitIds = await unitsOfPerson(db, orgId, personId);
  if (unitIds.length === 0) return [];
  return db
    .select(frameColumns)
    .from(frames)
    .innerJoin(units, and(eq(units.orgId, frames.orgId), eq(units.id, frames.unitId)))
    .where(
      and(
        eq(frames.orgId, orgId),
        inArray(frames.unitId, unitIds),
        isNotNull(frames.publishedAt),
        lte(frames.periodStart, today),
        gte(frames.periodEnd, today),
      ),
    )
    .orderBy(desc(frames.periodStart), asc(units.name), asc(frames.id));
}

/** GET /frames/current: the frames in force for the signed-in person, with their items. */
export async function currentFrames({ ctx }: { ctx: SignedInContext }): Promise<FrameListAnswer> {
  const { db, actor } = ctx;
  const found = await framesInForce(db, actor.orgId, actor.personId, localDay(ctx.now()));
  const items = await itemsOf(
    db,
    actor.orgId,
    found.map((f) => f.id),
  );
  const result = [];
  for (const f of found)
    result.push(presentFrame(f, items.get(f.id) ?? [], await canManageUnit(ctx, f.unitId)));
  return { frames: result };
}

/**
 * The item, if it belongs to a frame in force for the person today; null otherwise. Goals may
 * only be linked to such items, so an id from another unit or organisation is refused.
 */
export async function frameItemInForce(
  db: Db,
  orgId: string,
  personId: string,
  itemId: string,
  today: string,
) {
  const found = await framesInForce(db, orgId, personId, today);
  if (found.length === 0) return null;
  const [item] = await db
    .select({ id: frameItems.id, title: frameItems.title })
    .from(frameItems)
    .where(
      and(
        eq(frameItems.orgId, orgId),
        eq(frameItems.id, itemId),
        inArray(
          frameItems.frameId,
          found.map((f) => f.id),
        ),
      ),
    );
  return item ?? null;
}
