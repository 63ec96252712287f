import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { agreements } from '../schema.js';
import type { ConversationForActor } from '../access.js';
import { auditScope, eligibleForTeam } from '../team-records.js';
import { loadEditable } from './update.js';
import type { CreateAgreementInput, UpdateAgreementInput } from '../validation.js';
import { selectAgreements } from '../agreement-records.js';
import type { AgreementAnswer } from '../answers.js';

/** At most this many agreements come out of one conversation. */
export const AGREEMENTS_MAX = 50;

/** A 1:1's agreement is owned by one of its two participants; a team's by a member (or its leader). */
async function assertOwner(tx: SignedInContext, loaded: ConversationForActor, ownerId: string) {
  if (loaded.team) {
    const ok =
      loaded.participants.some((p) => p.id === ownerId) ||
      (await eligibleForTeam(tx.db, tx.actor.orgId, loaded.team, [ownerId])).has(ownerId);
    if (!ok)
      throw invalid('The owner is someone on the team', undefined, [
        { path: 'ownerId', message: 'Not on the team' },
      ]);
    return;
  }
  if (!loaded.participants.some((p) => p.id === ownerId)) {
    throw invalid('The owner is one of the two participants', undefined, [
      { path: 'ownerId', message: 'Not a participant' },
    ]);
  }
}

async function present(tx: SignedInContext, id: string) {
  const [agreement] = await selectAgreements(tx.db, tx.actor.orgId, eq(agreements.id, id));
  return { agreement: agreement! };
}

/** POST /agreements: an agreement made in a conversation: in a 1:1 owned by the subject or the leader, in a team conversation by someone on the team. */
export async function createAgreement({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateAgreementInput;
}): Promise<AgreementAnswer> {
  return inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.conversationId);
    if (loaded.conversation.status === 'cancelled')
      throw invalid('The conversation was cancelled', 'conversation_closed');
    await assertOwner(tx, loaded, input.ownerId);
    const count = await tx.db
      .select({ id: agreements.id })
      .from(agreements)
      .where(and(eq(agreements.orgId, tx.actor.orgId), eq(agreements.conversationId, input.conversationId)));
    if (count.length >= AGREEMENTS_MAX) throw invalid('Too many agreements in one conversation');
    const [row] = await tx.db
      .insert(agreements)
      .values({
        orgId: tx.actor.orgId,
        conversationId: input.conversationId,
        subjectPersonId: loaded.subjectPersonId,
        subjectTeamId: loaded.team?.id ?? null,
        ownerId: input.ownerId,
        text: input.text,
        dueDate: input.dueDate ?? null,
        createdBy: tx.actor.personId,
      })
      .returning({ id: agreements.id });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId: tx.actor.orgId },
      {
        action: 'agreement.created',
        entityType: 'agreement',
        entityId: row!.id,
        subjectPersonId: auditScope(loaded).subjectPersonId,
        details: {
          conversationId: input.conversationId,
          ownerId: input.ownerId,
          teamId: auditScope(loaded).teamId,
        },
      },
    );
    return present(tx, row!.id);
  });
}

/**
 * PATCH /agreements/{id}: either participant of the conversation it came from rewords it, changes
 * owner or due date, or marks it done (also later, when it is followed up in the next 1:1).
 */
export async function updateAgreement({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateAgreementInput & { id: string };
}): Promise<AgreementAnswer> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const [current] = await tx.db
      .select()
      .from(agreements)
      .where(and(eq(agreements.orgId, orgId), eq(agreements.id, input.id)));
    if (!current?.conversationId) throw notFound('No such agreement');
    const loaded = await loadEditable(tx, current.conversationId);
    if (input.ownerId !== undefined) await assertOwner(tx, loaded, input.ownerId);
    const { id, done, ...fields } = input;
    await tx.db
      .update(agreements)
      .set({
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ...(done === undefined ? {} : { doneAt: done ? (current.doneAt ?? tx.now()) : null }),
      })
      .where(and(eq(agreements.orgId, orgId), eq(agreements.id, id)));
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'agreement.updated',
        entityType: 'agreement',
        entityId: id,
        subjectPersonId: auditScope(loaded).subjectPersonId,
        details: {
          teamId: auditScope(loaded).teamId,
          fields: Object.keys(input).filter(
            (k) => k !== 'id' && input[k as keyof typeof input] !== undefined,
          ),
        },
      },
    );
    return present(tx, id);
  });
}
