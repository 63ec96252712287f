import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict, forbidden, notFound } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { agendaItems } from '../schema.js';
import type { ConversationForActor } from '../access.js';
import { assertPlanned } from '../records.js';
import { auditScope } from '../team-records.js';
import { loadEditable } from './update.js';
import type { AgendaItemInput, UpdateAgendaItemInput } from '../validation.js';
import { getConversation } from './get.js';
import type { ConversationDetail } from '../answers.js';

/** At most this many points on one agenda: a meeting is short. */
export const AGENDA_MAX_ITEMS = 50;

export const auditAgenda = (
  tx: SignedInContext,
  loaded: ConversationForActor,
  action: string,
  itemId: string,
  details: Record<string, unknown>,
) =>
  writeAudit(
    tx.db,
    { actor: tx.actor, orgId: tx.actor.orgId },
    {
      action,
      entityType: 'agenda_item',
      entityId: itemId,
      subjectPersonId: auditScope(loaded).subjectPersonId,
      details: { conversationId: loaded.conversation.id, teamId: auditScope(loaded).teamId, ...details },
    },
  );

/** POST /conversations/{id}/agenda: either participant adds a point before or during the 1:1. */
export async function addAgendaItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: AgendaItemInput & { id: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    if (loaded.conversation.status === 'cancelled') assertPlanned(loaded.conversation);
    const existing = await tx.db
      .select({ id: agendaItems.id })
      .from(agendaItems)
      .where(and(eq(agendaItems.orgId, tx.actor.orgId), eq(agendaItems.conversationId, input.id)));
    if (existing.length >= AGENDA_MAX_ITEMS) throw conflict('The agenda is full');
    const [item] = await tx.db
      .insert(agendaItems)
      .values({
        orgId: tx.actor.orgId,
        conversationId: input.id,
        authorId: tx.actor.personId,
        section: input.section,
        text: input.text,
      })
      .returning({ id: agendaItems.id });
    await auditAgenda(tx, loaded, 'agenda_item.created', item!.id, { section: input.section });
  });
  return getConversation({ ctx, input: { id: input.id } });
}

async function loadItem(tx: SignedInContext, conversationId: string, itemId: string) {
  const [item] = await tx.db
    .select()
    .from(agendaItems)
    .where(
      and(
        eq(agendaItems.orgId, tx.actor.orgId),
        eq(agendaItems.conversationId, conversationId),
        eq(agendaItems.id, itemId),
      ),
    );
  if (!item) throw notFound('No such agenda item');
  return item;
}

/** PATCH /conversations/{id}/agenda/{itemId}: tick it off (either participant) or reword it (its author). */
export async function updateAgendaItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateAgendaItemInput & { id: string; itemId: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    const item = await loadItem(tx, input.id, input.itemId);
    if (input.text !== undefined && item.authorId !== tx.actor.personId)
      throw forbidden('Only its author rewords a point');
    await tx.db
      .update(agendaItems)
      .set({
        ...(input.done !== undefined ? { done: input.done } : {}),
        ...(input.text !== undefined ? { text: input.text } : {}),
      })
      .where(and(eq(agendaItems.orgId, tx.actor.orgId), eq(agendaItems.id, item.id)));
    await auditAgenda(tx, loaded, 'agenda_item.updated', item.id, {
      fields: Object.keys(input).filter((k) => k === 'done' || k === 'text'),
    });
  });
  return getConversation({ ctx, input: { id: input.id } });
}

/** DELETE /conversations/{id}/agenda/{itemId}: its author removes a point. */
export async function removeAgendaItem({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; itemId: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    const item = await loadItem(tx, input.id, input.itemId);
    if (item.authorId !== tx.actor.personId) throw forbidden('Only its author removes a point');
    await tx.db
      .delete(agendaItems)
      .where(and(eq(agendaItems.orgId, tx.actor.orgId), eq(agendaItems.id, item.id)));
    await auditAgenda(tx, loaded, 'agenda_item.deleted', item.id, {});
  });
  return getConversation({ ctx, input: { id: input.id } });
}
