import { and, count, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { unitsOfPerson } from '../../../server/policy/unit-people.js';
import { people } from '../../org/schema.js';
import { initiativeParticipants } from '../schema.js';
import { INITIATIVE_CAPS } from '../constants.js';
import { initiativeDetail, loadEditableInitiative } from '../records.js';
import type { AddParticipantInput, UpdateParticipantInput } from '../validation.js';
import type { InitiativeAnswer } from '../answers.js';

/** A participant is one of the initiative's unit's people (its staff there or below). */
async function assertInUnit(tx: SignedInContext, unitId: string, personId: string) {
  const [person] = await tx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, tx.actor.orgId), eq(people.id, personId), eq(people.active, true)));
  if (!person || !(await unitsOfPerson(tx.db, tx.actor.orgId, personId)).includes(unitId)) {
    throw invalid('That person does not belong to the initiative’s unit', 'participant_outside', [
      { path: 'personId', message: 'Not one of the unit’s people' },
    ]);
  }
}

/** POST /initiatives/{id}/participants: a participant with levels and, optionally, a proposed goal. */
export async function addParticipant({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AddParticipantInput & { id: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    await assertInUnit(tx, row.unitId, input.personId);
    const [{ n } = { n: 0 }] = await tx.db
      .select({ n: count() })
      .from(initiativeParticipants)
      .where(and(eq(initiativeParticipants.orgId, orgId), eq(initiativeParticipants.initiativeId, row.id)));
    if (n >= INITIATIVE_CAPS.participants)
      throw invalid(`An initiative has at most ${INITIATIVE_CAPS.participants} participants`);
    const inserted = await tx.db
      .insert(initiativeParticipants)
      .values({
        orgId,
        initiativeId: row.id,
        personId: input.personId,
        currentLevel: input.currentLevel,
        targetLevel: input.targetLevel,
        proposedGoal: input.proposedGoal ?? null,
        proposalStatus: input.proposedGoal ? 'proposed' : null,
        createdAt: tx.now(),
      })
      .onConflictDoNothing()
      .returning({ id: initiativeParticipants.id });
    if (inserted.length === 0) throw conflict('That person already takes part', 'participant_exists');
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.participant_added',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: input.personId,
        details: {
          currentLevel: input.currentLevel,
          targetLevel: input.targetLevel,
          proposed: Boolean(input.proposedGoal),
        },
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}

async function loadParticipant(tx: SignedInContext, initiativeId: string, participantId: string) {
  const [p] = await tx.db
    .select()
    .from(initiativeParticipants)
    .where(
      and(
        eq(initiativeParticipants.orgId, tx.actor.orgId),
        eq(initiativeParticipants.initiativeId, initiativeId),
        eq(initiativeParticipants.id, participantId),
      ),
    )
    .for('update');
  if (!p) throw notFound('No such participant');
  return p;
}

/** PATCH /initiatives/{id}/participants/{participantId}: levels or the proposal, by the owners. */
export async function updateParticipant({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateParticipantInput & { id: string; participantId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const p = await loadParticipant(tx, row.id, input.participantId);
    if (p.version !== input.version)
      throw conflict('Someone changed this participant meanwhile', 'stale_version');
    const proposalChanged = input.proposedGoal !== undefined && input.proposedGoal !== p.proposedGoal;
    if (proposalChanged && p.proposalStatus !== null && p.proposalStatus !== 'proposed')
      throw conflict('The participant has already answered the proposed goal', 'proposal_decided');
    await tx.db
      .update(initiativeParticipants)
      .set({
        currentLevel: input.currentLevel ?? p.currentLevel,
        targetLevel: input.targetLevel ?? p.targetLevel,
        ...(proposalChanged
          ? {
              proposedGoal: input.proposedGoal ?? null,
              proposalStatus: input.proposedGoal ? ('proposed' as const) : null,
            }
          : {}),
        version: sql`${initiativeParticipants.version} + 1`,
      })
      .where(and(eq(initiativeParticipants.orgId, orgId), eq(initiativeParticipants.id, p.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.participant_changed',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: p.personId,
        details: {
          currentLevel: input.currentLevel ?? null,
          targetLevel: input.targetLevel ?? null,
          proposalChanged,
        },
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}

/** DELETE /initiatives/{id}/participants/{participantId}: an accepted goal stays the person's. */
export async function removeParticipant({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; participantId: string };
}): Promise<InitiativeAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const { row } = await loadEditableInitiative(tx, input.id, true);
    const p = await loadParticipant(tx, row.id, input.participantId);
    await tx.db
      .delete(initiativeParticipants)
      .where(and(eq(initiativeParticipants.orgId, orgId), eq(initiativeParticipants.id, p.id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'initiative.participant_removed',
        entityType: 'initiative',
        entityId: row.id,
        subjectPersonId: p.personId,
      },
    );
    const fresh = await loadEditableInitiative(tx, row.id);
    return { initiative: await initiativeDetail(tx, fresh.row, fresh.access) };
  });
}
