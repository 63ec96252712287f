import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../../server/http/context.js';
import { invalid } from '../../../../server/http/errors.js';
import { inTransaction } from '../../../../server/db/tx.js';
import { writeAudit } from '../../../../server/audit/write.js';
import { assertTeamContent } from '../../../../server/policy/team-content.js';
import { people } from '../../../org/schema.js';
import { PEER_GROUP_KIND } from '../../../../shared/roles.js';
import { agendaItems, conversationParticipants, conversations } from '../../schema.js';
import { queueTeamCalendarMails } from '../../mails.js';
import type { ParticipantRole } from '../../access.js';
import { assertMayFacilitate, eligibleForTeam, teamMemberPeople } from '../../team-records.js';
import type { Participant } from '../../records.js';
import type { CreateTeamConversationInput } from '../../validation.js';
import { assertSensibleStart } from '../start-window.js';

/**
 * POST /conversations with kind 'team' or 'peer_group': someone the team's content belongs to (a
 * member or one of its leaders, policy/team-content.ts) plans the team's conversation. The
 * facilitator (one of them too) leads it; every participant gets the calendar invitation. A first
 * agenda point may come with it (a survey result it is started from).
 * Returns the new id.
 */
export async function createTeamConversation(
  ctx: SignedInContext,
  input: CreateTeamConversationInput,
): Promise<string> {
  const orgId = ctx.actor.orgId;
  const startsAt = new Date(input.startsAt);
  assertSensibleStart(startsAt, ctx.now());
  return inTransaction(ctx, async (tx) => {
    const { team, relation } = await assertTeamContent(tx, input.teamId);
    const isPeerGroup = team.kind === PEER_GROUP_KIND;
    if (isPeerGroup !== (input.kind === 'peer_group')) {
      throw invalid(
        'A peer group holds peer-group conversations; other teams hold team conversations',
        undefined,
        [{ path: 'kind', message: 'Does not fit the team' }],
      );
    }
    const facilitatorId = input.facilitatorId ?? null;
    if (input.kind === 'team' && !facilitatorId) {
      throw invalid('A team conversation has a facilitator', undefined, [
        { path: 'facilitatorId', message: 'Required' },
      ]);
    }

    const members = await teamMemberPeople(tx.db, orgId, team.id);
    const invited = input.participantIds ?? members.map((m) => m.id);
    const wanted = [...new Set([...invited, ...(facilitatorId ? [facilitatorId] : []), tx.actor.personId])];
    const eligible = await eligibleForTeam(tx.db, orgId, team, wanted);
    if (facilitatorId && !eligible.has(facilitatorId)) {
      throw invalid('The facilitator is someone on the team or a leader of its unit', undefined, [
        { path: 'facilitatorId', message: 'Not on the team' },
      ]);
    }
    if (facilitatorId) await assertMayFacilitate(tx.db, orgId, input.kind, facilitatorId);
    const outside = invited.findIndex((id) => !eligible.has(id));
    if (outside !== -1) {
      throw invalid('Participants are the team’s members and its leaders', undefined, [
        { path: `participantIds.${outside}`, message: 'Not on the team' },
      ]);
    }
    const memberIds = new Set(members.map((m) => m.id));
    const roleOf = (id: string): ParticipantRole =>
      id === facilitatorId
        ? 'facilitator'
        : !memberIds.has(id) && id === tx.actor.personId && relation === 'leader'
          ? 'leader'
          : 'participant';

    const found = await tx.db
      .select({ id: people.id, name: people.name, email: people.email, locale: people.locale })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.active, true), inArray(people.id, wanted)));
    const byId = new Map<string, Participant>(found.map((p) => [p.id, p]));
    const participants = wanted
      .filter((id) => byId.has(id))
      .map((id) => ({ ...byId.get(id)!, role: roleOf(id) }));

    const conversationId = crypto.randomUUID();
    const host = new URL(tx.config.publicUrl).hostname || 'mup';
    const [conversation] = await tx.db
      .insert(conversations)
      .values({
        id: conversationId,
        orgId,
        kind: input.kind,
        teamId: team.id,
        startsAt,
        durationMinutes: input.durationMinutes,
        location: input.location || null,
        calendarUid: `${conversationId}@${host}`,
        calendarSequence: 0,
        createdBy: tx.actor.personId,
      })
      .returning();
    await tx.db
      .insert(conversationParticipants)
      .values(participants.map((p) => ({ orgId, conversationId, personId: p.id, role: p.role })));
    if (input.agenda) {
      await tx.db.insert(agendaItems).values({
        orgId,
        conversationId,
        authorId: tx.actor.personId,
        section: 'other',
        text: input.agenda,
      });
    }
    const organizer =
      participants.find((p) => p.role === 'facilitator') ?? byId.get(tx.actor.personId) ?? null;
    await queueTeamCalendarMails(tx.db, tx.config, {
      conversation: conversation!,
      teamName: team.name,
      organizer,
      participants,
      change: 'invite',
      now: tx.now(),
    });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'conversation.created',
        entityType: 'conversation',
        entityId: conversationId,
        details: {
          kind: input.kind,
          teamId: team.id,
          facilitatorId,
          participants: participants.length,
          agendaItem: Boolean(input.agenda),
        },
      },
    );
    return conversationId;
  });
}
