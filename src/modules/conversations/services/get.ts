import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { circleStateFrom } from '../../inquiry/index.js';
import { loadedFrom, oneToOneRow, presentConversation, ref, type LoadedConversation } from '../records.js';
import { oneToOneViewStatement, type OneToOneViewRow } from '../one-to-one-statements.js';
import { DEFAULT_INTERVAL_WEEKS, proposeClear, proposeNext } from '../time.js';
import { plannedTimes } from './queries.js';
import { loadConversationForActor, type ConversationForActor } from '../access.js';
import { teamConversationDetail, teamSharedView } from './team/get.js';
import type { Agreement, ConversationDetail, OneToOneShared, SharedView } from '../answers.js';
import { openPrivateNote } from './private-note.js';

const isoMs = (ms: number) => new Date(ms).toISOString();

function agreementFromJson(a: OneToOneViewRow['agreements'][number]): Agreement {
  return {
    id: a.id,
    conversationId: a.conversationId,
    text: a.text,
    owner: { id: a.ownerId, name: a.ownerName ?? '' },
    dueDate: a.dueDate,
    done: a.doneMs !== null,
    doneAt: a.doneMs === null ? null : isoMs(a.doneMs),
    createdAt: isoMs(a.createdMs),
  };
}

/** The view statement's row for one 1:1 (one_to_one-statements.ts), with or without the actor's private note. */
async function viewRow(
  ctx: SignedInContext,
  loaded: LoadedConversation,
  withNote: boolean,
): Promise<OneToOneViewRow> {
  const { conversation: c, leader, subject } = loaded;
  const { actor } = ctx;
  const [row] = await oneToOneViewStatement(ctx.db, [
    actor.orgId,
    c.id,
    leader.id,
    subject.id,
    c.startsAt.toISOString(),
    actor.personId,
    withNote,
    ctx.now().toISOString(),
  ]);
  return row!;
}

/** Everything about one 1:1 that both participants (and the subject's other nearest leaders) share. */
function sharedView(ctx: SignedInContext, loaded: LoadedConversation, row: OneToOneViewRow): OneToOneShared {
  const { conversation: c, leader, subject } = loaded;
  return {
    conversation: presentConversation(c),
    leader: ref(leader),
    subject: ref(subject),
    agenda: row.agenda.map((a) => ({
      id: a.id,
      section: a.section,
      text: a.text,
      done: a.done,
      author: a.authorId ? { id: a.authorId, name: a.authorName ?? '' } : null,
      mine: a.authorId === ctx.actor.personId,
      createdAt: isoMs(a.createdMs),
    })),
    agreements: row.agreements.map(agreementFromJson),
    previous: row.previous ? { id: row.previous.id, startsAt: isoMs(row.previous.startsMs) } : null,
    previousAgreements: row.previousAgreements.map(agreementFromJson),
    goalsInFocus: row.goals.map((g) => ({
      id: g.id,
      title: g.title,
      circle: g.circle ? circleStateFrom(g.circle) : null,
    })),
  };
}

async function auditIfObserver(
  ctx: SignedInContext,
  loaded: LoadedConversation,
  what: 'conversation' | 'conversation_print',
) {
  if (loaded.access !== 'observer') return;
  await auditRecordRead(ctx, {
    action: 'conversation.read',
    subjectPersonId: loaded.subject.id,
    entityType: what,
    entityId: loaded.conversation.id,
  });
}

/** A 1:1 for the actor, or (when `id` is no 1:1) the team or peer-group conversation's detail. */
async function oneToOneOrTeam<T>(
  ctx: SignedInContext,
  id: string,
  team: (loaded: ConversationForActor) => Promise<T>,
) {
  const row = await oneToOneRow(ctx, id);
  if (row) return { loaded: loadedFrom(row) };
  const any = await loadConversationForActor(ctx, id);
  if (!any.team) throw notFound('No such conversation');
  return { team: await team(any) };
}

/** GET /conversations/{id}: the shared view, plus the actor's own private note when they take part. */
export async function getConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<ConversationDetail> {
  const found = await oneToOneOrTeam(ctx, input.id, (any) => teamConversationDetail(ctx, any));
  if (!found.loaded) return found.team;
  const loaded = found.loaded;
  await auditIfObserver(ctx, loaded, 'conversation');
  const participant = loaded.access !== 'observer';
  const { conversation: c } = loaded;
  const row = await viewRow(ctx, loaded, participant);
  const planned = c.status === 'planned';
  // The next 1:1 of the pair, counted from its latest one (held or planned), as cadenceView does.
  const intervalWeeks = row.intervalWeeks ?? DEFAULT_INTERVAL_WEEKS;
  const next =
    c.status === 'held' && participant
      ? {
          proposedStartsAt: proposeClear(
            proposeNext(row.latestMs === null ? null : new Date(row.latestMs), intervalWeeks, ctx.now()),
            row.nextPlanned
              ? []
              : await plannedTimes(ctx.db, ctx.actor.orgId, [loaded.leader.id, loaded.subject.id], ctx.now()),
          ).startsAt.toISOString(),
          intervalWeeks,
          planned: row.nextPlanned
            ? { id: row.nextPlanned.id, startsAt: isoMs(row.nextPlanned.startsMs) }
            : null,
        }
      : null;
  return {
    ...sharedView(ctx, loaded, row),
    access: loaded.access,
    privateNote: participant
      ? {
          text: await openPrivateNote(ctx, loaded.conversation.id, row.note),
          updatedAt: row.note ? isoMs(row.note.updatedMs) : null,
        }
      : null,
    next,
    can: {
      edit: participant,
      move: participant && planned,
      cancel: participant && planned,
      hold: loaded.access === 'leader' && planned,
      scheduleNext: loaded.access === 'leader',
    },
  };
}

/** GET /conversations/{id}/print: the shared view only — never a private note. */
export async function printConversation({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<SharedView> {
  const found = await oneToOneOrTeam(ctx, input.id, (any) => teamSharedView(ctx, any));
  if (!found.loaded) return found.team;
  await auditIfObserver(ctx, found.loaded, 'conversation_print');
  return sharedView(ctx, found.loaded, await viewRow(ctx, found.loaded, false));
}
