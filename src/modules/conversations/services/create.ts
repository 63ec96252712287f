import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import { conversationParticipants, conversations } from '../schema.js';
import { queueCalendarMails } from '../mails.js';
import type { Participant } from '../records.js';
import type { CreateAnyConversationInput, CreateConversationInput } from '../validation.js';
import { createTeamConversation } from './team/create.js';
import { pairWith } from './cadence.js';
import { getConversation } from './get.js';
import type { ConversationDetail } from '../answers.js';
import { assertSensibleStart } from './start-window.js';

/**
 * POST /conversations: a leader schedules a 1:1 with a person they lead, or a person proposes one
 * with their nearest leader. Both get the calendar invitation.
 */
export async function createConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateAnyConversationInput;
}): Promise<ConversationDetail> {
  if (input.kind !== 'one_to_one')
    return getConversation({ ctx, input: { id: await createTeamConversation(ctx, input) } });
  return createOneToOne(ctx, input);
}

async function createOneToOne(ctx: SignedInContext, input: CreateConversationInput) {
  const orgId = ctx.actor.orgId;
  const startsAt = new Date(input.startsAt);
  assertSensibleStart(startsAt, ctx.now());
  const id = await inTransaction(ctx, async (tx) => {
    const pair = await pairWith(tx, input.personId);
    const found = await tx.db
      .select({
        id: people.id,
        name: people.name,
        email: people.email,
        locale: people.locale,
        active: people.active,
      })
      .from(people)
      .where(and(eq(people.orgId, orgId), inArray(people.id, [pair.leaderId, pair.personId])));
    if (found.some((p) => !p.active)) throw conflict('The person is no longer active', 'person_inactive');
    const byId = new Map<string, Participant>(
      found.map((p) => [p.id, { id: p.id, name: p.name, email: p.email, locale: p.locale }]),
    );
    const leader = byId.get(pair.leaderId)!;
    const subject = byId.get(pair.personId)!;
    const conversationId = crypto.randomUUID();
    const host = new URL(ctx.config.publicUrl).hostname || 'mup';
    const [conversation] = await tx.db
      .insert(conversations)
      .values({
        id: conversationId,
        orgId,
        kind: 'one_to_one',
        startsAt,
        durationMinutes: input.durationMinutes,
        location: input.location || null,
        calendarUid: `${conversationId}@${host}`,
        calendarSequence: 0,
        createdBy: ctx.actor.personId,
      })
      .returning();
    await tx.db.insert(conversationParticipants).values([
      { orgId, conversationId, personId: leader.id, role: 'leader' },
      { orgId, conversationId, personId: subject.id, role: 'subject' },
    ]);
    await queueCalendarMails(tx.db, ctx.config, {
      conversation: conversation!,
      leader,
      subject,
      change: 'invite',
      now: tx.now(),
    });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'conversation.created',
        entityType: 'conversation',
        entityId: conversationId,
        subjectPersonId: subject.id,
        details: {
          kind: 'one_to_one',
          leaderId: leader.id,
          proposedBy: pair.actorIsLeader ? 'leader' : 'subject',
        },
      },
    );
    return conversationId;
  });
  return getConversation({ ctx, input: { id } });
}
