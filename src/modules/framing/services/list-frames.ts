import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { isAdmin, leadsAnyUnit } from '../../../server/policy/actor.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { units } from '../../org/schema.js';
import { frames } from '../schema.js';
import { assertManagesUnit, frameColumns, itemsOf, presentFrame } from '../records.js';
import type { ListFramesQuery } from '../validation.js';
import type { ManagedFramesAnswer } from '../answers.js';

/**
 * GET /frames: every frame (drafts too) of the units the actor maintains — one unit with
 * `unitId` — and the units they may make frames for. People who maintain none get empty lists.
 */
export async function listFrames({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListFramesQuery;
}): Promise<ManagedFramesAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  if (input.unitId) await assertManagesUnit(ctx, input.unitId);
  const leads = leadsAnyUnit(actor);
  if (!isAdmin(actor) && !leads) return { frames: [], units: [] };

  const managed = isAdmin(actor)
    ? undefined
    : sql`${units.id} in (${ledSubtreeText.bound(orgId, actor.personId)})`;
  const manageable = await db
    .select({ id: units.id, name: units.name, kind: units.kind })
    .from(units)
    .where(and(eq(units.orgId, orgId), managed))
    .orderBy(asc(units.name), asc(units.id));
  const unitIds = input.unitId ? [input.unitId] : manageable.map((u) => u.id);
  const found = unitIds.length
    ? await db
        .select(frameColumns)
        .from(frames)
        .innerJoin(units, and(eq(units.orgId, frames.orgId), eq(units.id, frames.unitId)))
        .where(and(eq(frames.orgId, orgId), inArray(frames.unitId, unitIds)))
        .orderBy(desc(frames.periodStart), asc(units.name), asc(frames.id))
    : [];
  const items = await itemsOf(
    db,
    orgId,
    found.map((f) => f.id),
  );
  return { frames: found.map((f) => presentFrame(f, items.get(f.id) ?? [], true)), units: manageable };
}
