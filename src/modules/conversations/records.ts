import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { ServiceError, conflict, notFound } from '../../server/http/errors.js';
import { people } from '../org/schema.js';
import { conversationParticipants, conversations } from './schema.js';
import {
  oneToOneAccessForUpdateStatement,
  oneToOneAccessStatement,
  type OneToOneAccessRow,
} from './one-to-one-statements.js';
import type { StoredConversation } from './answers.js';
import { leadsAnyUnit } from '../../server/policy/actor.js';

// Loading a conversation and deciding how the actor stands to it, shared by the services.

export type ConversationRow = typeof conversations.$inferSelect;

export interface Participant {
  id: string;
  name: string;
  email: string | null;
  locale: 'da' | 'en';
}

/**
 * - 'leader' / 'subject': a participant of the 1:1
 * - 'observer': another nearest leader of the subject; reads, never writes, never a private note
 */
export type ConversationAccess = 'leader' | 'subject' | 'observer';

export interface LoadedConversation {
  conversation: ConversationRow;
  leader: Participant;
  subject: Participant;
  access: ConversationAccess;
}

/** Both participants of 1:1s, by conversation id. */
export async function participantsOf(db: Db, orgId: string, ids: readonly string[]) {
  const result = new Map<string, { leader?: Participant; subject?: Participant }>();
  if (ids.length === 0) return result;
  const rows = await db
    .select({
      conversationId: conversationParticipants.conversationId,
      role: conversationParticipants.role,
      id: people.id,
      name: people.name,
      email: people.email,
      locale: people.locale,
    })
    .from(conversationParticipants)
    .innerJoin(
      people,
      and(eq(people.orgId, conversationParticipants.orgId), eq(people.id, conversationParticipants.personId)),
    )
    .where(
      and(
        eq(conversationParticipants.orgId, orgId),
        inArray(conversationParticipants.conversationId, [...ids]),
      ),
    );
  for (const { conversationId, role, ...person } of rows) {
    const entry = result.get(conversationId) ?? {};
    if (role === 'leader' || role === 'subject') entry[role] = person;
    result.set(conversationId, entry);
  }
  return result;
}

/**
 * The 1:1 row with its participants and the actor's access (null: no access), or undefined when
 * `id` is no 1:1 of the organisation. One prepared statement.
 */
export async function oneToOneRow(
  ctx: SignedInContext,
  id: string,
  forUpdate = false,
): Promise<OneToOneAccessRow | undefined> {
  const { db, actor } = ctx;
  const statement = forUpdate ? oneToOneAccessForUpdateStatement : oneToOneAccessStatement;
  const leads = leadsAnyUnit(actor);
  const [row] = await statement(db, [actor.orgId, id, actor.personId, leads]);
  return row;
}

/** The loaded 1:1 from its row; 404 for anyone without access (ids cannot be probed). */
export function loadedFrom(row: OneToOneAccessRow | undefined): LoadedConversation {
  if (!row?.leader || !row.subject || !row.access) throw notFound('No such conversation');
  const { leader, subject, access, startsMs, heldMs, createdMs, updatedMs, ...columns } = row;
  const conversation: ConversationRow = {
    ...columns,
    startsAt: new Date(startsMs),
    heldAt: heldMs === null ? null : new Date(heldMs),
    createdAt: new Date(createdMs),
    updatedAt: new Date(updatedMs),
  };
  return { conversation, leader, subject, access };
}

/** The 1:1 and the actor's access to it; 404 for anyone else (ids cannot be probed). */
export async function loadReadableConversation(
  ctx: SignedInContext,
  id: string,
  forUpdate = false,
): Promise<LoadedConversation> {
  return loadedFrom(await oneToOneRow(ctx, id, forUpdate));
}

/** The 1:1 for one of its two participants, who may change it. */
export async function loadOwnConversation(
  ctx: SignedInContext,
  id: string,
): Promise<LoadedConversation & { access: 'leader' | 'subject' }> {
  const loaded = await loadReadableConversation(ctx, id, true);
  if (loaded.access === 'observer')
    throw new ServiceError('FORBIDDEN', 'Only the two participants change a conversation');
  return loaded as LoadedConversation & { access: 'leader' | 'subject' };
}

/** Refuses changes to a held or cancelled conversation where the change needs it planned. */
export function assertPlanned(conversation: ConversationRow) {
  if (conversation.status !== 'planned')
    throw conflict('The conversation is no longer planned', 'conversation_closed');
}

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentConversation(c: ConversationRow): StoredConversation {
  return {
    id: c.id,
    kind: c.kind,
    startsAt: iso(c.startsAt)!,
    durationMinutes: c.durationMinutes,
    location: c.location,
    status: c.status,
    sharedNotes: c.sharedNotes,
    summary: c.summary,
    heldAt: iso(c.heldAt),
    version: c.version,
  };
}

export const ref = (p: Participant) => ({ id: p.id, name: p.name });
