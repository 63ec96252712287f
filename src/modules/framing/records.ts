import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { isAdmin } from '../../server/policy/actor.js';
import { leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { units } from '../org/schema.js';
import { frameItems, frames } from './schema.js';
import type { Frame } from './answers.js';

// Loading, access and presentation of frames, shared by the framing services.

export const frameColumns = {
  id: frames.id,
  unitId: frames.unitId,
  unitName: units.name,
  title: frames.title,
  intro: frames.intro,
  periodStart: frames.periodStart,
  periodEnd: frames.periodEnd,
  publishedAt: frames.publishedAt,
  version: frames.version,
};
type FrameRow = {
  [K in keyof typeof frameColumns]: K extends 'unitName'
    ? string
    : (typeof frames.$inferSelect)[Exclude<K, 'unitName'>];
};
type ItemRow = Omit<typeof frameItems.$inferSelect, 'orgId'>;

/** HR and admins maintain every frame; a leader maintains the frames of the units they lead and those below. */
export async function canManageUnit(ctx: SignedInContext, unitId: string): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  return leadsUnitOrAbove(ctx, unitId);
}

/** The unit, if it is in the actor's organisation and the actor may maintain its frames; 404 otherwise. */
export async function assertManagesUnit(ctx: SignedInContext, unitId: string) {
  const [unit] = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, ctx.actor.orgId), eq(units.id, unitId)));
  if (!unit || !(await canManageUnit(ctx, unitId))) throw notFound('No such unit');
  return unit;
}

export async function loadFrame(db: Db, orgId: string, id: string): Promise<FrameRow | undefined> {
  const [frame] = await db
    .select(frameColumns)
    .from(frames)
    .innerJoin(units, and(eq(units.orgId, frames.orgId), eq(units.id, frames.unitId)))
    .where(and(eq(frames.orgId, orgId), eq(frames.id, id)));
  return frame;
}

/** A frame the actor maintains (drafts included), or 404. */
export async function loadManagedFrame(ctx: SignedInContext, id: string): Promise<FrameRow> {
  const frame = await loadFrame(ctx.db, ctx.actor.orgId, id);
  if (!frame || !(await canManageUnit(ctx, frame.unitId))) throw notFound('No such frame');
  return frame;
}

export async function itemsOf(db: Db, orgId: string, frameIds: string[]): Promise<Map<string, ItemRow[]>> {
  const result = new Map<string, ItemRow[]>(frameIds.map((id) => [id, []]));
  if (frameIds.length === 0) return result;
  const rows = await db
    .select({
      id: frameItems.id,
      frameId: frameItems.frameId,
      kind: frameItems.kind,
      title: frameItems.title,
      description: frameItems.description,
      position: frameItems.position,
    })
    .from(frameItems)
    .where(and(eq(frameItems.orgId, orgId), inArray(frameItems.frameId, frameIds)))
    .orderBy(asc(frameItems.position), asc(frameItems.title), asc(frameItems.id));
  for (const row of rows) result.get(row.frameId)?.push(row);
  return result;
}

export function presentFrame(frame: FrameRow, items: ItemRow[], canEdit: boolean): Frame {
  return {
    id: frame.id,
    unitId: frame.unitId,
    unitName: frame.unitName,
    title: frame.title,
    intro: frame.intro,
    periodStart: frame.periodStart,
    periodEnd: frame.periodEnd,
    status: frame.publishedAt ? ('published' as const) : ('draft' as const),
    publishedAt: frame.publishedAt ? new Date(frame.publishedAt).toISOString() : null,
    version: frame.version,
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      title: i.title,
      description: i.description,
      position: i.position,
    })),
    can: { edit: canEdit },
  };
}
