import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError } from '../../../server/http/errors.js';
import { requireWheel } from '../access.js';
import { assertForumOfUnit, loadEntry, loadUnit, presentEntry } from '../records.js';
import { yearWheelEntries } from '../schema.js';
import type { EntryInput, UpdateEntryInput } from '../validation.js';
import type { EntryAnswer } from '../answers.js';
import type { OkAnswer } from '../../../shared/answers.js';

// One action each: add, change (against the version read) and remove an entry of a unit's wheel;
// only the unit's leaders (or above) may, everyone else gets 404.

const fieldsOf = (input: EntryInput) => ({
  kind: input.kind,
  title: input.title,
  data: input.data ?? null,
  note: input.note ?? null,
  startsOn: input.startsOn,
  endsOn: input.endsOn ?? null,
  forumId: input.forumId ?? null,
  remindDaysBefore: input.remindDaysBefore ?? null,
});

/** POST /units/{id}/year-wheel/entries */
export async function createEntry({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: EntryInput & { id: string };
}): Promise<EntryAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const unit = await loadUnit(tx.db, orgId, input.id);
    await requireWheel(tx, unit.id, 'edit');
    if (input.forumId) await assertForumOfUnit(tx.db, orgId, unit.id, input.forumId);
    const [created] = await tx.db
      .insert(yearWheelEntries)
      .values({ ...fieldsOf(input), orgId, unitId: unit.id, createdBy: ctx.actor.personId })
      .returning({ id: yearWheelEntries.id });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'year_wheel.entry_created',
        entityType: 'year_wheel_entry',
        entityId: created!.id,
        details: { unitId: unit.id, kind: input.kind },
      },
    );
    return { entry: presentEntry(await loadEntry(tx.db, orgId, created!.id)) };
  });
}

/** PATCH /year-wheel/entries/{id}: a stale version gets 409. */
export async function updateEntry({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateEntryInput & { id: string };
}): Promise<EntryAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const current = await loadEntry(tx.db, orgId, input.id);
    await requireWheel(tx, current.unitId, 'edit');
    if (input.forumId) await assertForumOfUnit(tx.db, orgId, current.unitId, input.forumId);
    const [updated] = await tx.db
      .update(yearWheelEntries)
      .set({ ...fieldsOf(input), version: sql`${yearWheelEntries.version} + 1`, updatedAt: ctx.now() })
      .where(
        and(
          eq(yearWheelEntries.orgId, orgId),
          eq(yearWheelEntries.id, input.id),
          eq(yearWheelEntries.version, input.version),
        ),
      )
      .returning({ id: yearWheelEntries.id });
    if (!updated)
      throw new ServiceError(
        'CONFLICT',
        `Someone else changed the entry meanwhile (now version ${current.version})`,
        'stale_version',
      );
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      { action: 'year_wheel.entry_updated', entityType: 'year_wheel_entry', entityId: input.id },
    );
    return { entry: presentEntry(await loadEntry(tx.db, orgId, input.id)) };
  });
}

/** DELETE /year-wheel/entries/{id} */
export async function deleteEntry({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<OkAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const current = await loadEntry(tx.db, orgId, input.id);
    await requireWheel(tx, current.unitId, 'edit');
    await tx.db
      .delete(yearWheelEntries)
      .where(and(eq(yearWheelEntries.orgId, orgId), eq(yearWheelEntries.id, input.id)));
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'year_wheel.entry_deleted',
        entityType: 'year_wheel_entry',
        entityId: input.id,
        details: { unitId: current.unitId, title: current.title },
      },
    );
    return { ok: true };
  });
}
