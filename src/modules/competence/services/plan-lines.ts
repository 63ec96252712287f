import { and, count, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { unitsOfPerson } from '../../../server/policy/unit-people.js';
import { isNearestLeaderOf } from '../../../server/policy/nearest-leaders.js';
import { initiativePlanLines } from '../schema.js';
import { INITIATIVE_CAPS } from '../constants.js';
import { initiativeDetail, loadEditableInitiative, type InitiativeRow } from '../records.js';
import type { PlanLineInput, UpdatePlanLineInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/** An arrangement's owner is one of the unit's people or the one who leads it. */
async function assertOwner(tx: SignedInContext, row: InitiativeRow, ownerId: string | null | undefined) {
  if (!ownerId || ownerId === tx.actor.personId || ownerId === row.ownerId) return;
  const inUnit = (await unitsOfPerson(tx.db, tx.actor.orgId, ownerId)).includes(row.unitId);
  if (!inUnit && !(await isNearestLeaderOf(tx.db, tx.actor.orgId, ownerId, tx.actor.personId)))
    throw invalid('The owner must belong to the initiative’s unit', 'participant_outside', [
      { path: 'ownerId', message: 'Not one of the unit’s people' },
    ]);
}

async function answer(tx: SignedInContext, id: string): Promise<InitiativeAnswer> {
  const fresh = await loadEditableInitiative(tx, id);
  return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
}

/** POST /initiatives/{id}/plan: a step of the training track or an arrangement in the everyday. */
export async function addPlanLine({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: PlanLineInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    await assertOwner(tx, row, input.ownerId);
    const [{ n } = { n: 0 }] = await tx.db
      .select({ n: count() })
      .from(initiativePlanLines)
      .where(and(eq(initiativePlanLines.orgId, orgId), eq(initiativePlanLines.initiativeId, row.id)));
    if (n >= INITIATIVE_CAPS.planLines)
      throw invalid(`An initiative has at most ${INITIATIVE_CAPS.planLines} plan lines`);
    const [created] = await tx.db
      .insert(initiativePlanLines)
      .values({
        orgId,
        initiativeId: row.id,
        kind: input.kind,
        phase: input.phase,
        text: input.text,
        formats: input.formats,
        people: input.people ?? null,
        ownerId: input.ownerId ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        createdAt: tx.now(),
      })
      .returning({ id: initiativePlanLines.id });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.plan_added',
        entityType: 'initiative',
        entityId: row.id,
        details: { line: created!.id, kind: input.kind, phase: input.phase },
      },
    );
    return answer(tx, row.id);
  });
}

/** PATCH /initiatives/{id}/plan/{lineId}: a changed line, or one marked done; stale versions are refused. */
export async function updatePlanLine({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdatePlanLineInput & { id: string; lineId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const [line] = await tx.db
      .select()
      .from(initiativePlanLines)
      .where(
        and(
          eq(initiativePlanLines.orgId, orgId),
          eq(initiativePlanLines.initiativeId, row.id),
          eq(initiativePlanLines.id, input.lineId),
        ),
      );
    if (!line) throw notFound('No such plan line');
    if (line.version !== input.version)
      throw conflict('Someone changed this line meanwhile', 'stale_version');
    if (input.ownerId !== undefined) await assertOwner(tx, row, input.ownerId);
    const startsOn = input.startsOn !== undefined ? input.startsOn : line.startsOn;
    const endsOn = input.endsOn !== undefined ? input.endsOn : line.endsOn;
    if (startsOn && endsOn && endsOn < startsOn)
      throw invalid('The end date is before the start date', undefined, [
        { path: 'endsOn', message: 'Before the start' },
      ]);
    await tx.db
      .update(initiativePlanLines)
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.formats !== undefined ? { formats: input.formats } : {}),
        ...(input.people !== undefined ? { people: input.people } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        startsOn,
        endsOn,
        ...(input.done !== undefined ? { doneAt: input.done ? (line.doneAt ?? tx.now()) : null } : {}),
        version: sql`${initiativePlanLines.version} + 1`,
      })
      .where(and(eq(initiativePlanLines.orgId, orgId), eq(initiativePlanLines.id, line.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.plan_changed',
        entityType: 'initiative',
        entityId: row.id,
        details: { line: line.id },
      },
    );
    return answer(tx, row.id);
  });
}

/** DELETE /initiatives/{id}/plan/{lineId}. */
export async function deletePlanLine({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; lineId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const removed = await tx.db
      .delete(initiativePlanLines)
      .where(
        and(
          eq(initiativePlanLines.orgId, orgId),
          eq(initiativePlanLines.initiativeId, row.id),
          eq(initiativePlanLines.id, input.lineId),
        ),
      )
      .returning({ id: initiativePlanLines.id });
    if (removed.length === 0) throw notFound('No such plan line');
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.plan_removed',
        entityType: 'initiative',
        entityId: row.id,
        details: { line: input.lineId },
      },
    );
    return answer(tx, row.id);
  });
}
