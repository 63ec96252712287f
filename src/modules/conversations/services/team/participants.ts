import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../../server/http/context.js';
import { invalid, notFound } from '../../../../server/http/errors.js';
import { inTransaction } from '../../../../server/db/tx.js';
import { writeAudit } from '../../../../server/audit/write.js';
import { people } from '../../../org/schema.js';
import { conversationParticipants, conversations } from '../../schema.js';
import { assertMayManageConversation, conversationPeople, type ConversationForActor } from '../../access.js';
import { assertPlanned } from '../../records.js';
import { assertMayFacilitate, eligibleForTeam, queueChangeMails } from '../../team-records.js';
import type { ParticipantInput } from '../../validation.js';
import { getConversation } from '../get.js';
import { loadEditable } from '../update.js';
import type { ConversationDetail } from '../../answers.js';

/** Who may change who takes part: the facilitator, a leader, the one who planned it; in a peer group anyone in it. */
async function loadManageable(tx: SignedInContext, id: string): Promise<ConversationForActor> {
  const loaded = await loadEditable(tx, id);
  if (!loaded.team) throw notFound('No such conversation');
  assertMayManageConversation(loaded, tx.actor.personId);
  assertPlanned(loaded.conversation);
  return loaded;
}

/** A raised SEQUENCE, so the calendar mails sent for this change supersede the earlier ones. */
async function bumpSequence(tx: SignedInContext, loaded: ConversationForActor) {
  const [saved] = await tx.db
    .update(conversations)
    .set({ calendarSequence: loaded.conversation.calendarSequence + 1, updatedAt: tx.now() })
    .where(and(eq(conversations.orgId, tx.actor.orgId), eq(conversations.id, loaded.conversation.id)))
    .returning();
  return saved!;
}

/**
 * POST /conversations/{id}/participants: invites someone on the team (a member or a leader of its
 * unit), or makes them the facilitator (the former facilitator stays a participant).
 */
export async function addParticipant({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ParticipantInput & { id: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const loaded = await loadManageable(tx, input.id);
    const team = loaded.team!;
    if (!(await eligibleForTeam(tx.db, orgId, team, [input.personId])).has(input.personId)) {
      throw invalid('Participants are the team’s members and its leaders', undefined, [
        { path: 'personId', message: 'Not on the team' },
      ]);
    }
    const existing = loaded.participants.find((p) => p.id === input.personId);
    if (input.role === 'facilitator') {
      await assertMayFacilitate(tx.db, orgId, loaded.conversation.kind, input.personId);
      await tx.db
        .update(conversationParticipants)
        .set({ role: 'participant' })
        .where(
          and(
            eq(conversationParticipants.orgId, orgId),
            eq(conversationParticipants.conversationId, input.id),
            eq(conversationParticipants.role, 'facilitator'),
          ),
        );
    }
    if (existing) {
      if (input.role === 'participant') return;
      await tx.db
        .update(conversationParticipants)
        .set({ role: 'facilitator' })
        .where(
          and(
            eq(conversationParticipants.orgId, orgId),
            eq(conversationParticipants.conversationId, input.id),
            eq(conversationParticipants.personId, input.personId),
          ),
        );
    } else {
      await tx.db
        .insert(conversationParticipants)
        .values({ orgId, conversationId: input.id, personId: input.personId, role: input.role });
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'conversation.participant_added',
        entityType: 'conversation',
        entityId: input.id,
        details: { teamId: team.id, personId: input.personId, role: input.role },
      },
    );
    if (!existing) {
      const saved = await bumpSequence(tx, loaded);
      const participants = await conversationPeople(tx, input.id);
      const invited = participants.filter((p) => p.id === input.personId);
      await queueChangeMails(tx, { ...loaded, participants }, saved, 'invite', invited);
    }
  });
  return getConversation({ ctx, input: { id: input.id } });
}

/** DELETE /conversations/{id}/participants/{personId}: no longer invited; their calendar event is cancelled. */
export async function removeParticipant({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; personId: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const loaded = await loadManageable(tx, input.id);
    const removed = loaded.participants.find((p) => p.id === input.personId);
    if (!removed) throw notFound('The person is not taking part');
    if (loaded.participants.length <= 1)
      throw invalid('A conversation keeps at least one participant', undefined, [
        { path: 'personId', message: 'The last one' },
      ]);
    await tx.db
      .delete(conversationParticipants)
      .where(
        and(
          eq(conversationParticipants.orgId, orgId),
          eq(conversationParticipants.conversationId, input.id),
          eq(conversationParticipants.personId, input.personId),
        ),
      );
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'conversation.participant_removed',
        entityType: 'conversation',
        entityId: input.id,
        details: { teamId: loaded.team!.id, personId: input.personId },
      },
    );
    const saved = await bumpSequence(tx, loaded);
    const [person] = await tx.db
      .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, input.personId)));
    const participants = await conversationPeople(tx, input.id);
    if (person) await queueChangeMails(tx, { ...loaded, participants }, saved, 'cancel', [person]);
  });
  return getConversation({ ctx, input: { id: input.id } });
}
