import { and, desc, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { assertCanReadDevelopmentRecord, auditRecordRead } from '../../../server/policy/person-access.js';
import { nearestLeaders } from '../../../server/policy/nearest-leaders.js';
import { teamRelation } from '../../../server/policy/team-content.js';
import { notFound } from '../../../server/http/errors.js';
import { agreements, conversationParticipants, conversations } from '../schema.js';
import { teams } from '../../org/schema.js';
import { participantsOf, presentConversation, ref } from '../records.js';
import type { ListAgreementsQuery, ListConversationsQuery } from '../validation.js';
import { selectAgreements } from '../agreement-records.js';
import type { AgreementListAnswer, ConversationListAnswer } from '../answers.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';

const LIST_LIMIT = 200;

/**
 * GET /conversations: my 1:1s, as leader and as subject, and the team and peer-group
 * conversations I take part in; with personId, a leader sees that person's 1:1s (with any of
 * their nearest leaders). Never notes or private notes.
 */
export async function listConversations({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListConversationsQuery;
}): Promise<ConversationListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const personId = input.personId;
  let scope;
  if (personId && personId !== actor.personId) {
    await assertCanReadDevelopmentRecord(ctx, personId);
    await auditRecordRead(ctx, {
      action: 'conversation.read',
      subjectPersonId: personId,
      entityType: 'conversation_list',
      entityId: personId,
    });
    scope = and(
      eq(conversationParticipants.personId, personId),
      eq(conversationParticipants.role, 'subject'),
    );
  } else {
    scope = eq(conversationParticipants.personId, actor.personId);
  }
  const rows = await db
    .select({ conversation: conversations })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(
        eq(conversationParticipants.orgId, conversations.orgId),
        eq(conversationParticipants.conversationId, conversations.id),
      ),
    )
    .where(and(eq(conversations.orgId, orgId), eq(conversations.kind, 'one_to_one'), scope))
    .orderBy(desc(conversations.startsAt), desc(conversations.id))
    .limit(LIST_LIMIT);
  const people = await participantsOf(
    db,
    orgId,
    rows.map((r) => r.conversation.id),
  );
  const now = ctx.now();
  const items = rows.flatMap(({ conversation: c }) => {
    const p = people.get(c.id);
    if (!p?.leader || !p.subject) return [];
    const { sharedNotes: _notes, summary: _summary, ...rest } = presentConversation(c);
    return [
      {
        ...rest,
        leader: ref(p.leader),
        subject: ref(p.subject),
        myRole:
          p.leader.id === actor.personId
            ? ('leader' as const)
            : p.subject.id === actor.personId
              ? ('subject' as const)
              : null,
      },
    ];
  });
  const teamItems = personId && personId !== actor.personId ? [] : await myTeamConversations(ctx);
  const all = [...items, ...teamItems].sort(
    (a, b) => new Date(b.startsAt).getTime() - new Date(a.startsAt).getTime() || b.id.localeCompare(a.id),
  );
  const isUpcoming = (i: { status: string; startsAt: string; durationMinutes: number }) =>
    i.status === 'planned' && new Date(i.startsAt).getTime() + i.durationMinutes * 60_000 > now.getTime();
  const myLeaders = (await nearestLeaders(db, orgId, [actor.personId])).get(actor.personId) ?? [];
  return {
    upcoming: all.filter(isUpcoming).reverse(),
    past: all.filter((i) => !isUpcoming(i)),
    /** Whom the actor may propose a 1:1 with as the subject. */
    myLeaders,
    can: { schedule: leadsAnyUnit(actor), propose: myLeaders.length > 0 },
  };
}

/** The team and peer-group conversations the actor is on the participant list of, newest first. */
async function myTeamConversations(ctx: SignedInContext) {
  const { db, actor } = ctx;
  const rows = await db
    .select({
      conversation: conversations,
      role: conversationParticipants.role,
      teamId: teams.id,
      teamName: teams.name,
    })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(
        eq(conversationParticipants.orgId, conversations.orgId),
        eq(conversationParticipants.conversationId, conversations.id),
        eq(conversationParticipants.personId, actor.personId),
      ),
    )
    .innerJoin(teams, and(eq(teams.orgId, conversations.orgId), eq(teams.id, conversations.teamId)))
    .where(and(eq(conversations.orgId, actor.orgId), inArray(conversations.kind, ['team', 'peer_group'])))
    .orderBy(desc(conversations.startsAt), desc(conversations.id))
    .limit(LIST_LIMIT);
  return rows.map(({ conversation: c, role, teamId, teamName }) => {
    const { sharedNotes: _notes, summary: _summary, ...rest } = presentConversation(c);
    return { ...rest, team: { id: teamId, name: teamName }, myRole: role };
  });
}

/** GET /agreements: a person's agreements (default mine), open first. */
export async function listAgreements({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListAgreementsQuery;
}): Promise<AgreementListAnswer> {
  const { db, actor } = ctx;
  if (input.teamId) {
    // A team's agreements are team content (policy/team-content.ts).
    if (!(await teamRelation(ctx, input.teamId))) throw notFound('No such team');
    const all = await selectAgreements(db, actor.orgId, eq(agreements.subjectTeamId, input.teamId));
    return { agreements: [...all.filter((a) => !a.done), ...all.filter((a) => a.done).reverse()] };
  }
  const personId = input.personId ?? actor.personId;
  if (personId !== actor.personId) {
    await assertCanReadDevelopmentRecord(ctx, personId);
    await auditRecordRead(ctx, {
      action: 'agreement.read',
      subjectPersonId: personId,
      entityType: 'agreement_list',
      entityId: personId,
    });
  }
  const all = await selectAgreements(db, actor.orgId, eq(agreements.subjectPersonId, personId));
  const open = all
    .filter((a) => !a.done)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  return { agreements: [...open, ...all.filter((a) => a.done).reverse()] };
}
