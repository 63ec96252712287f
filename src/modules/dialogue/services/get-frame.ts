import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { agendaItems } from '../../conversations/schema.js';
import {
  auditFrameRead,
  canFacilitate,
  loadFrameConversation,
  type LoadedFrameConversation,
} from '../conversation.js';
import { iso, readFrame, roundsOf, turnsOf, type RoundRow } from '../records.js';
import { readGuidelines } from './guidelines.js';
import type { Frame, RoundSummary, Turn } from '../answers.js';

function presentRound(r: RoundRow, turns: Turn[]): RoundSummary {
  const count = (state: Turn['state']) => turns.filter((t) => t.state === state).length;
  return {
    id: r.id,
    number: r.number,
    prompt: r.prompt,
    promptKey: r.promptKey,
    openedAt: iso(r.openedAt)!,
    closedAt: iso(r.closedAt),
    counts: { spoken: count('spoken'), passed: count('passed'), waiting: count('waiting') },
  };
}

/**
 * What the shared screen and the follow views show: the stage, the round running (who has spoken,
 * who is next), earlier rounds and the team's guidelines. Never notes of any kind.
 */
export async function frameView(ctx: SignedInContext, loaded: LoadedFrameConversation): Promise<Frame> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const c = loaded.conversation;
  const frame = await readFrame(db, orgId, c.id);
  const agenda = await db
    .select({
      id: agendaItems.id,
      section: agendaItems.section,
      text: agendaItems.text,
      done: agendaItems.done,
    })
    .from(agendaItems)
    .where(and(eq(agendaItems.orgId, orgId), eq(agendaItems.conversationId, c.id)))
    .orderBy(asc(agendaItems.createdAt), asc(agendaItems.id));
  const team = loaded.team ? { id: loaded.team.id, name: loaded.team.name } : null;
  const guidelines = team ? await readGuidelines(db, orgId, team.id) : null;
  const rounds = await roundsOf(db, orgId, c.id);
  const turns = await turnsOf(
    db,
    orgId,
    rounds.map((r) => r.id),
  );
  const open = rounds.find((r) => r.closedAt === null) ?? null;
  const openTurns = open ? (turns.get(open.id) ?? []) : [];
  const next = openTurns.find((t) => t.state === 'waiting') ?? null;
  const highlighted =
    frame?.highlightedGuidelineId && guidelines?.items.some((g) => g.id === frame.highlightedGuidelineId)
      ? frame.highlightedGuidelineId
      : null;
  const facilitate = canFacilitate(loaded);
  return {
    conversation: {
      id: c.id,
      kind: c.kind,
      status: c.status,
      startsAt: iso(c.startsAt)!,
      durationMinutes: c.durationMinutes,
      location: c.location,
    },
    team,
    purpose: frame?.purpose ?? '',
    version: frame?.version ?? 0,
    agenda,
    facilitators: loaded.participants
      .filter((p) => p.role === 'facilitator' || p.role === 'leader')
      .map(({ id, name }) => ({ id, name })),
    participants: loaded.participants.map(({ id, name, role }) => ({ id, name, role })),
    guidelines,
    highlight: highlighted ? { guidelineId: highlighted, at: iso(frame!.highlightedAt) } : null,
    round: open
      ? { ...presentRound(open, openTurns), turns: openTurns, nextPersonId: next?.personId ?? null }
      : null,
    history: rounds.filter((r) => r.closedAt !== null).map((r) => presentRound(r, turns.get(r.id) ?? [])),
    me: { personId: actor.personId, role: loaded.role, takesPart: loaded.takesPart },
    can: {
      facilitate,
      editPurpose: facilitate,
      openRound: facilitate && c.status !== 'cancelled',
      // The team's own list: its members and the unit's leaders (the team content rule).
      editGuidelines: team !== null && loaded.teamRelation !== null,
    },
  };
}

/** GET /conversations/{id}/dialogue */
export async function getFrame({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<Frame> {
  const loaded = await loadFrameConversation(ctx, input.id);
  await auditFrameRead(ctx, loaded);
  return frameView(ctx, loaded);
}
