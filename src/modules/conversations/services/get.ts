import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { people } from '../../org/schema.js';
import { goalsInFocus } from '../../goals/services/queries.js';
import { agendaItems, agreements, privateNotes } from '../schema.js';
import { loadReadableConversation, presentConversation, ref, type LoadedConversation } from '../records.js';
import { cadenceView } from './cadence.js';
import { circleStates } from '../../inquiry/services/queries.js';
import { pairConversations } from './queries.js';
import { loadConversationForActor } from '../access.js';
import { teamConversationDetail, teamSharedView } from './team/get.js';

const agreementColumns = {
  id: agreements.id,
  conversationId: agreements.conversationId,
  text: agreements.text,
  ownerId: agreements.ownerId,
  ownerName: people.name,
  dueDate: agreements.dueDate,
  doneAt: agreements.doneAt,
  createdAt: agreements.createdAt,
};

type AgreementRow = { [K in keyof typeof agreementColumns]: K extends 'ownerName' ? string | null : (typeof agreements.$inferSelect)[Exclude<K, 'ownerName'>] };

export function presentAgreement(a: AgreementRow) {
  return {
    id: a.id,
    conversationId: a.conversationId,
    text: a.text,
    owner: { id: a.ownerId, name: a.ownerName ?? '' },
    dueDate: a.dueDate,
    done: a.doneAt !== null,
    doneAt: a.doneAt ? new Date(a.doneAt).toISOString() : null,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}
export type AgreementView = ReturnType<typeof presentAgreement>;

/** Agreements filtered by `where` (always including the organisation), oldest first. */
export async function selectAgreements(db: Db, orgId: string, where: ReturnType<typeof and>) {
  const rows = await db
    .select(agreementColumns)
    .from(agreements)
    .leftJoin(people, and(eq(people.orgId, agreements.orgId), eq(people.id, agreements.ownerId)))
    .where(and(eq(agreements.orgId, orgId), where))
    .orderBy(asc(agreements.createdAt), asc(agreements.id));
  return rows.map(presentAgreement);
}

/** Everything about one 1:1 that both participants (and the subject's other nearest leaders) share. */
async function sharedView(ctx: SignedInContext, loaded: LoadedConversation) {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const { conversation: c, leader, subject } = loaded;
  const agenda = await db
    .select({ id: agendaItems.id, section: agendaItems.section, text: agendaItems.text, done: agendaItems.done, authorId: agendaItems.authorId, authorName: people.name, createdAt: agendaItems.createdAt })
    .from(agendaItems)
    .leftJoin(people, and(eq(people.orgId, agendaItems.orgId), eq(people.id, agendaItems.authorId)))
    .where(and(eq(agendaItems.orgId, orgId), eq(agendaItems.conversationId, c.id)))
    .orderBy(asc(agendaItems.createdAt), asc(agendaItems.id));
  const own = await selectAgreements(db, orgId, eq(agreements.conversationId, c.id));
  // Last time's agreements: those of the previous 1:1 of the same pair (held before this one).
  const earlier = (await pairConversations(db, orgId, leader.id, subject.id, c.id)).filter((x) => new Date(x.startsAt) < new Date(c.startsAt));
  const previous = earlier[0] ?? null;
  const previousAgreements = previous ? await selectAgreements(db, orgId, eq(agreements.conversationId, previous.id)) : [];
  const goals = (await goalsInFocus(db, orgId, [subject.id])).get(subject.id) ?? [];
  const circles = await circleStates(db, orgId, goals.map((g) => g.id));
  return {
    conversation: presentConversation(c),
    leader: ref(leader),
    subject: ref(subject),
    agenda: agenda.map((a) => ({
      id: a.id,
      section: a.section,
      text: a.text,
      done: a.done,
      author: a.authorId ? { id: a.authorId, name: a.authorName ?? '' } : null,
      mine: a.authorId === actor.personId,
      createdAt: new Date(a.createdAt).toISOString(),
    })),
    agreements: own,
    previous: previous ? { id: previous.id, startsAt: new Date(previous.startsAt).toISOString() } : null,
    previousAgreements,
    goalsInFocus: goals.map((g) => ({ id: g.id, title: g.title, circle: circles.get(g.id) ?? null })),
  };
}

async function auditIfObserver(ctx: SignedInContext, loaded: LoadedConversation, what: 'conversation' | 'conversation_print') {
  if (loaded.access !== 'observer') return;
  await auditRecordRead(ctx, {
    action: 'conversation.read',
    subjectPersonId: loaded.subject.id,
    entityType: what,
    entityId: loaded.conversation.id,
  });
}

/** GET /conversations/{id}: the shared view, plus the actor's own private note when they take part. */
export async function getConversation({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const any = await loadConversationForActor(ctx, input.id);
  if (any.team) return teamConversationDetail(ctx, any);
  const loaded = await loadReadableConversation(ctx, input.id);
  await auditIfObserver(ctx, loaded, 'conversation');
  const participant = loaded.access !== 'observer';
  const { conversation: c } = loaded;
  // Only ever the actor's own note: the query filters by the author.
  const [note] = participant
    ? await ctx.db
        .select({ text: privateNotes.text, updatedAt: privateNotes.updatedAt })
        .from(privateNotes)
        .where(and(eq(privateNotes.orgId, ctx.actor.orgId), eq(privateNotes.conversationId, c.id), eq(privateNotes.authorId, ctx.actor.personId)))
    : [];
  const planned = c.status === 'planned';
  const next =
    c.status === 'held' && participant
      ? await cadenceView(ctx.db, ctx.actor.orgId, { leaderId: loaded.leader.id, personId: loaded.subject.id, actorIsLeader: loaded.access === 'leader' }, ctx.now())
      : null;
  return {
    ...(await sharedView(ctx, loaded)),
    access: loaded.access,
    privateNote: participant ? { text: note?.text ?? '', updatedAt: note ? new Date(note.updatedAt).toISOString() : null } : null,
    next: next ? { proposedStartsAt: next.proposedStartsAt, intervalWeeks: next.cadence.intervalWeeks, planned: next.nextPlanned } : null,
    can: {
      edit: participant,
      move: participant && planned,
      cancel: participant && planned,
      hold: participant && planned,
      scheduleNext: loaded.access === 'leader',
    },
  };
}

/** GET /conversations/{id}/print: the shared view only — never a private note. */
export async function printConversation({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const any = await loadConversationForActor(ctx, input.id);
  if (any.team) return teamSharedView(ctx, any);
  const loaded = await loadReadableConversation(ctx, input.id);
  await auditIfObserver(ctx, loaded, 'conversation_print');
  return sharedView(ctx, loaded);
}

/** The agreements of several conversations, for lists. */
export async function agreementsOf(db: Db, orgId: string, conversationIds: string[]) {
  if (conversationIds.length === 0) return [];
  return selectAgreements(db, orgId, inArray(agreements.conversationId, conversationIds));
}
