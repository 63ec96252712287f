import { and, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ServiceError } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conversations } from '../schema.js';
import {
  assertCanEditConversation,
  assertMayManageConversation,
  loadConversationForActor,
  type ConversationForActor,
} from '../access.js';
import { assertPlanned, presentConversation, type ConversationRow } from '../records.js';
import { auditScope, queueChangeMails } from '../team-records.js';
import type { HoldConversationInput, UpdateConversationInput } from '../validation.js';
import { assertSensibleStart } from './start-window.js';
import { getConversation } from './get.js';
import type { ConversationDetail } from '../answers.js';

/**
 * 409 stale_version with the stored conversation, so the client can show both texts and merge
 * instead of losing what either person wrote.
 */
export class StaleConversationError extends ServiceError {
  constructor(readonly current: ReturnType<typeof presentConversation>) {
    super('CONFLICT', 'Someone else saved the conversation meanwhile', 'stale_version');
  }

  override toBody() {
    const body = super.toBody();
    return { ...body, error: { ...body.error, current: this.current } };
  }
}

function assertVersion(c: ConversationRow, version: number) {
  if (c.version !== version) throw new StaleConversationError(presentConversation(c));
}

type Changes = Partial<typeof conversations.$inferInsert>;

/** The conversation, locked, for someone who may change it (403 for a reader, 404 for anyone else). */
export async function loadEditable(tx: SignedInContext, id: string): Promise<ConversationForActor> {
  const loaded = await loadConversationForActor(tx, id, { forUpdate: true });
  assertCanEditConversation(loaded);
  return loaded;
}

async function save(
  tx: SignedInContext,
  loaded: ConversationForActor,
  changes: Changes,
  action: string,
  fields: string[],
) {
  const { conversation: c } = loaded;
  const [saved] = await tx.db
    .update(conversations)
    .set({ ...changes, version: sql`${conversations.version} + 1`, updatedAt: tx.now() })
    .where(and(eq(conversations.orgId, c.orgId), eq(conversations.id, c.id)))
    .returning();
  await writeAudit(
    tx.db,
    { actor: tx.actor, orgId: c.orgId },
    {
      action,
      entityType: 'conversation',
      entityId: c.id,
      subjectPersonId: auditScope(loaded).subjectPersonId,
      details: { fields, teamId: auditScope(loaded).teamId },
    },
  );
  return saved!;
}

/**
 * PATCH /conversations/{id}: move it (time, length, place: the same calendar event is updated),
 * or save the shared notes or the summary — against the version the client read.
 */
export async function updateConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateConversationInput & { id: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    const c = loaded.conversation;
    assertVersion(c, input.version);
    const changes: Changes = {};
    if (
      input.startsAt !== undefined &&
      new Date(input.startsAt).getTime() !== new Date(c.startsAt).getTime()
    ) {
      assertSensibleStart(new Date(input.startsAt), tx.now());
      changes.startsAt = new Date(input.startsAt);
    }
    if (input.durationMinutes !== undefined && input.durationMinutes !== c.durationMinutes)
      changes.durationMinutes = input.durationMinutes;
    if (input.location !== undefined && (input.location || null) !== c.location)
      changes.location = input.location || null;
    const moved = Object.keys(changes).length > 0;
    if (moved) {
      assertMayManageConversation(loaded, tx.actor.personId);
      assertPlanned(c);
      changes.calendarSequence = c.calendarSequence + 1;
    }
    if (input.sharedNotes !== undefined && input.sharedNotes !== c.sharedNotes)
      changes.sharedNotes = input.sharedNotes;
    if (input.summary !== undefined && input.summary !== c.summary) changes.summary = input.summary;
    if (c.status === 'cancelled' && (changes.sharedNotes !== undefined || changes.summary !== undefined))
      assertPlanned(c);
    const fields = Object.keys(changes).filter((k) => k !== 'calendarSequence');
    if (fields.length === 0) return;
    const saved = await save(
      tx,
      loaded,
      changes,
      moved ? 'conversation.moved' : 'conversation.updated',
      fields,
    );
    if (moved) await queueChangeMails(tx, loaded, saved, 'update');
  });
  return getConversation({ ctx, input: { id: input.id } });
}

/** POST /conversations/{id}/cancel: cancelled, and the calendar event cancelled for everyone in it. */
export async function cancelConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; version: number };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    const c = loaded.conversation;
    assertVersion(c, input.version);
    assertMayManageConversation(loaded, tx.actor.personId);
    assertPlanned(c);
    const saved = await save(
      tx,
      loaded,
      { status: 'cancelled', calendarSequence: c.calendarSequence + 1 },
      'conversation.cancelled',
      ['status'],
    );
    await queueChangeMails(tx, loaded, saved, 'cancel');
  });
  return getConversation({ ctx, input: { id: input.id } });
}

/**
 * Who closes a conversation as held: in a 1:1 the leader (the two mark it together at the
 * leader's screen), never the employee alone; in a team or peer-group conversation anyone who
 * writes in it, as before.
 */
function mayHold(loaded: ConversationForActor): boolean {
  if (!loaded.canEdit) return false;
  return loaded.team !== null || loaded.role === 'leader';
}

function assertMayHold(loaded: ConversationForActor) {
  if (!mayHold(loaded)) throw new ServiceError('FORBIDDEN', 'The leader marks a 1:1 as held');
}

/** A conversation is held once it has begun, not before. */
function assertStarted(c: ConversationRow, now: Date) {
  if (new Date(c.startsAt).getTime() > now.getTime()) {
    throw new ServiceError('CONFLICT', 'The conversation has not started yet', 'conversation_not_started');
  }
}

/** POST /conversations/{id}/hold: the conversation was held; a short summary everyone in it can see. */
export async function holdConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: HoldConversationInput & { id: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const loaded = await loadEditable(tx, input.id);
    const c = loaded.conversation;
    assertVersion(c, input.version);
    assertMayHold(loaded);
    assertPlanned(c);
    assertStarted(c, tx.now());
    await save(
      tx,
      loaded,
      {
        status: 'held',
        heldAt: tx.now(),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
      },
      'conversation.held',
      ['status', ...(input.summary !== undefined ? ['summary'] : [])],
    );
  });
  return getConversation({ ctx, input: { id: input.id } });
}
