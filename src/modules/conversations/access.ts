import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError, notFound } from '../../server/http/errors.js';
import { loadTeamRelation, type TeamRelation } from '../../server/policy/team-content.js';
import { people } from '../org/schema.js';
import { loadReadableConversation, type ConversationRow } from './records.js';
import { conversationParticipants, conversations } from './schema.js';

/*
 * The one access rule for every kind of conversation, for this module's services and for modules
 * built on conversations (dialogue), named on the policy layer. A 1:1: its two participants, and
 * the subject's other nearest leaders as observers (one-to-one-statements.ts). A team or
 * peer-group conversation is team content (policy/team-content.ts); HR and admins without such a
 * relationship get 404 like everyone else.
 */

export type ParticipantRole = (typeof conversationParticipants.$inferSelect)['role'];

/**
 * How the actor stands to the conversation:
 * - 'leader' / 'subject': the two participants of a 1:1; in a team conversation 'leader' is the
 *   leader taking part, or one of the team's leaders who reads and manages it
 * - 'facilitator': leads a team or peer-group conversation
 * - 'participant': takes part in a team or peer-group conversation
 * - 'observer': reads without taking part or changing anything (another nearest leader of a 1:1's
 *   subject; a team member left off a team conversation's participants)
 */
export type ConversationRole = 'leader' | 'subject' | 'facilitator' | 'participant' | 'observer';

export interface ConversationPerson {
  id: string;
  name: string;
  email: string | null;
  locale: 'da' | 'en';
  role: ParticipantRole;
}

export interface ConversationForActor {
  conversation: ConversationRow;
  /** Team and peer-group conversations: the team; null for a 1:1. */
  team: { id: string; name: string; kind: string; unitId: string | null } | null;
  participants: ConversationPerson[];
  role: ConversationRole;
  /** Whether the actor is on the participant list (only participants keep a private note). */
  takesPart: boolean;
  /** Whether the actor may change the conversation (agenda, notes, agreements, planning). */
  canEdit: boolean;
  /** A 1:1's subject (whose development record it is, for read audits); null for team kinds. */
  subjectPersonId: string | null;
  /** Team kinds: the actor's relation to the team's content. */
  teamRelation: TeamRelation | null;
}

export const TEAM_CONVERSATION_KINDS = ['team', 'peer_group'] as const;
export type TeamConversationKind = (typeof TEAM_CONVERSATION_KINDS)[number];

export async function conversationPeople(
  ctx: SignedInContext,
  conversationId: string,
): Promise<ConversationPerson[]> {
  return ctx.db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      locale: people.locale,
      role: conversationParticipants.role,
    })
    .from(conversationParticipants)
    .innerJoin(
      people,
      and(eq(people.orgId, conversationParticipants.orgId), eq(people.id, conversationParticipants.personId)),
    )
    .where(
      and(
        eq(conversationParticipants.orgId, ctx.actor.orgId),
        eq(conversationParticipants.conversationId, conversationId),
      ),
    )
    .orderBy(asc(people.name), asc(people.id));
}

/**
 * The conversation, its participants and the actor's role; 404 for anyone without access (also
 * for ids of another organisation, so they cannot be probed). `forUpdate` locks the row.
 */
export async function loadConversationForActor(
  ctx: SignedInContext,
  conversationId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ConversationForActor> {
  const { db, actor } = ctx;
  const [head] = await db
    .select({ kind: conversations.kind })
    .from(conversations)
    .where(and(eq(conversations.orgId, actor.orgId), eq(conversations.id, conversationId)));
  if (!head) throw notFound('No such conversation');

  if (head.kind === 'one_to_one') {
    const loaded = await loadReadableConversation(ctx, conversationId, options.forUpdate);
    return {
      conversation: loaded.conversation,
      team: null,
      participants: await conversationPeople(ctx, conversationId),
      role: loaded.access,
      takesPart: loaded.access !== 'observer',
      canEdit: loaded.access !== 'observer',
      subjectPersonId: loaded.subject.id,
      teamRelation: null,
    };
  }
  if (!(TEAM_CONVERSATION_KINDS as readonly string[]).includes(head.kind))
    throw notFound('No such conversation');

  const rowQuery = db
    .select()
    .from(conversations)
    .where(and(eq(conversations.orgId, actor.orgId), eq(conversations.id, conversationId)));
  const [conversation] = options.forUpdate ? await rowQuery.for('update') : await rowQuery;
  if (!conversation?.teamId) throw notFound('No such conversation');
  const found = await loadTeamRelation(ctx, conversation.teamId);
  if (!found?.relation) throw notFound('No such conversation');
  const { team, relation } = found;
  const participants = await conversationPeople(ctx, conversationId);
  const mine = participants.find((p) => p.id === actor.personId);
  const role: ConversationRole = mine
    ? mine.role === 'subject'
      ? 'participant'
      : mine.role
    : relation === 'leader'
      ? 'leader'
      : 'observer';
  return {
    conversation,
    team,
    participants,
    role,
    takesPart: Boolean(mine),
    canEdit: role !== 'observer',
    subjectPersonId: null,
    teamRelation: relation,
  };
}

/**
 * Who may change a team or peer-group conversation's plan — move or cancel it, change who takes
 * part: its facilitator, a leader, the one who planned it; in a peer group anyone in it. Others
 * taking part write the agenda, notes and agreements, but do not move the meeting for everyone.
 * A 1:1's two participants both may.
 */
export function mayManageConversation(loaded: ConversationForActor, personId: string): boolean {
  if (!loaded.canEdit) return false;
  if (!loaded.team) return true;
  const c = loaded.conversation;
  return (
    loaded.role === 'facilitator' ||
    loaded.role === 'leader' ||
    c.createdBy === personId ||
    c.kind === 'peer_group'
  );
}

export function assertMayManageConversation(loaded: ConversationForActor, personId: string) {
  if (!mayManageConversation(loaded, personId)) {
    throw new ServiceError(
      'FORBIDDEN',
      'The facilitator, a leader or the one who planned it changes the meeting’s plan',
    );
  }
}

/** Refuses (403) someone who reads the conversation but may not change it. */
export function assertCanEditConversation(loaded: ConversationForActor) {
  if (!loaded.canEdit) throw new ServiceError('FORBIDDEN', 'Only those taking part change the conversation');
}

/**
 * Leading the meeting (rounds, the stage): the facilitator or a leader; in a peer group without a
 * facilitator (or with a rotating one not yet chosen) anyone taking part.
 */
export function canFacilitateConversation(loaded: ConversationForActor): boolean {
  if (loaded.role === 'facilitator' || loaded.role === 'leader') return true;
  const facilitated = loaded.participants.some((p) => p.role === 'facilitator');
  return loaded.conversation.kind === 'peer_group' && !facilitated && loaded.takesPart;
}
