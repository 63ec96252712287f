import { and, eq, gt } from 'drizzle-orm';
import { auditEvents } from '../../server/audit/schema.js';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError } from '../../server/http/errors.js';
import { auditRecordRead } from '../../server/policy/person-access.js';
import {
  canFacilitateConversation,
  loadConversationForActor,
  type ConversationForActor,
  type ConversationPerson,
} from '../conversations/index.js';

/*
 * A frame is readable exactly when its conversation is: the conversations module's one access
 * rule decides (1:1, team and peer-group conversations alike); everyone else gets 404.
 */

export type LoadedFrameConversation = ConversationForActor;
export type FrameParticipant = ConversationPerson;

export const loadFrameConversation = (ctx: SignedInContext, id: string) => loadConversationForActor(ctx, id);

/** Rounds, highlights and the purpose are for the one leading the meeting. */
export const canFacilitate = canFacilitateConversation;

export function assertFacilitator(loaded: LoadedFrameConversation) {
  if (!canFacilitate(loaded))
    throw new ServiceError('FORBIDDEN', 'Only the one leading the meeting does this');
}

/**
 * A read of someone's 1:1 by a leader who is not in it is logged, as the conversation's own page
 * does — once per half hour, since the follow views poll every few seconds.
 */
export async function auditFrameRead(ctx: SignedInContext, loaded: LoadedFrameConversation) {
  if (loaded.takesPart || !loaded.subjectPersonId) return;
  const since = new Date(ctx.now().getTime() - 30 * 60_000);
  const [recent] = await ctx.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, ctx.actor.orgId),
        eq(auditEvents.subjectPersonId, loaded.subjectPersonId),
        gt(auditEvents.at, since),
        eq(auditEvents.actorId, ctx.actor.personId),
        eq(auditEvents.entityType, 'dialogue_frame'),
        eq(auditEvents.entityId, loaded.conversation.id),
      ),
    )
    .limit(1);
  if (recent) return;
  await auditRecordRead(ctx, {
    action: 'conversation.read',
    subjectPersonId: loaded.subjectPersonId,
    entityType: 'dialogue_frame',
    entityId: loaded.conversation.id,
  });
}
