import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../../server/http/context.js';
import { ServiceError, conflict, invalid, notFound } from '../../../../server/http/errors.js';
import { inTransaction } from '../../../../server/db/tx.js';
import { writeAudit } from '../../../../server/audit/write.js';
import { goals, goalShares } from '../../../goals/schema.js';
import { inquiries } from '../../../inquiry/schema.js';
import { agendaItems } from '../../schema.js';
import { CONVERSATION_LIMITS, type BringGoalInput } from '../../validation.js';
import { AGENDA_MAX_ITEMS, auditAgenda } from '../agenda.js';
import { getConversation } from '../get.js';
import { loadEditable } from '../update.js';
import type { ConversationDetail } from '../../answers.js';

/**
 * POST /conversations/{id}/bring-goal: a participant brings their own learning goal (or a finished
 * circle on it) into a team conversation. It becomes an agenda point linked to the goal, and the
 * goal is shared with the team (the owner confirmed that), so the others read it through the share.
 * Only the goal's owner can bring it; someone else's goal answers 404.
 */
export async function bringGoal({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: BringGoalInput & { id: string };
}): Promise<ConversationDetail> {
  await inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const loaded = await loadEditable(tx, input.id);
    if (!loaded.team) throw notFound('No such conversation');
    if (!loaded.takesPart) throw new ServiceError('FORBIDDEN', 'Those taking part bring their goals');
    if (loaded.conversation.status === 'cancelled')
      throw conflict('The conversation was cancelled', 'conversation_closed');
    const [goal] = await tx.db
      .select({ id: goals.id, title: goals.title })
      .from(goals)
      .where(
        and(eq(goals.orgId, orgId), eq(goals.id, input.goalId), eq(goals.subjectPersonId, tx.actor.personId)),
      );
    if (!goal) throw notFound('No such goal');
    if (input.circleId) {
      const [circle] = await tx.db
        .select({ id: inquiries.id, status: inquiries.status })
        .from(inquiries)
        .where(
          and(eq(inquiries.orgId, orgId), eq(inquiries.id, input.circleId), eq(inquiries.goalId, goal.id)),
        );
      if (!circle) throw notFound('No such circle');
      if (circle.status !== 'done')
        throw invalid('Only a finished circle is brought in', undefined, [
          { path: 'circleId', message: 'Not finished' },
        ]);
    }
    const items = await tx.db
      .select({ id: agendaItems.id, goalId: agendaItems.goalId, inquiryId: agendaItems.inquiryId })
      .from(agendaItems)
      .where(and(eq(agendaItems.orgId, orgId), eq(agendaItems.conversationId, input.id)));
    if (items.some((i) => i.goalId === goal.id && (i.inquiryId ?? null) === (input.circleId ?? null))) {
      throw conflict('The goal is on the agenda already');
    }
    if (items.length >= AGENDA_MAX_ITEMS) throw conflict('The agenda is full');
    const team = loaded.team;
    const [shared] = await tx.db
      .select({ id: goalShares.id })
      .from(goalShares)
      .where(
        and(eq(goalShares.orgId, orgId), eq(goalShares.goalId, goal.id), eq(goalShares.teamId, team.id)),
      );
    if (!shared) {
      const [share] = await tx.db
        .insert(goalShares)
        .values({ orgId, goalId: goal.id, teamId: team.id, createdAt: tx.now() })
        .returning({ id: goalShares.id });
      await writeAudit(
        tx.db,
        { actor: tx.actor, orgId },
        {
          action: 'goal.shared',
          entityType: 'goal',
          entityId: goal.id,
          subjectPersonId: tx.actor.personId,
          details: { shareId: share!.id, personId: null, teamId: team.id, conversationId: input.id },
        },
      );
    }
    const [item] = await tx.db
      .insert(agendaItems)
      .values({
        orgId,
        conversationId: input.id,
        authorId: tx.actor.personId,
        section: 'goals',
        text: goal.title.slice(0, CONVERSATION_LIMITS.agendaText),
        goalId: goal.id,
        inquiryId: input.circleId ?? null,
      })
      .returning({ id: agendaItems.id });
    await auditAgenda(tx, loaded, 'agenda_item.created', item!.id, {
      section: 'goals',
      goalId: goal.id,
      circleId: input.circleId ?? null,
    });
  });
  return getConversation({ ctx, input: { id: input.id } });
}
