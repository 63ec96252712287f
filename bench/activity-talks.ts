import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import {
  agendaItems,
  agreements,
  cadences,
  conversationParticipants,
  conversations,
  privateNotes,
} from '../src/modules/conversations/schema.js';
import type { AgendaSection } from '../src/modules/conversations/constants.js';
import { spec, writeTables, type TableSpec, type TableTiming } from './batch.js';
import {
  addDays,
  between,
  dateOnly,
  type ActivityContext,
  type PlannedGoal,
  type Schedule,
} from './activity-context.js';
import { sealBenchNote } from './note-key.js';
import { AGENDA, AGREEMENTS, PRIVATE_NOTES, SHARED_NOTES, SUMMARIES, THEMES, withTheme } from './texts.js';

export const CONVERSATIONS = spec(conversations, [
  'id',
  'orgId',
  'kind',
  'teamId',
  'startsAt',
  'durationMinutes',
  'location',
  'status',
  'sharedNotes',
  'summary',
  'calendarUid',
  'calendarSequence',
  'createdBy',
  'version',
  'heldAt',
  'createdAt',
  'updatedAt',
]);
export const PARTICIPANTS = spec(conversationParticipants, [
  'id',
  'orgId',
  'conversationId',
  'personId',
  'role',
]);
export const AGENDA_ITEMS = spec(agendaItems, [
  'id',
  'orgId',
  'conversationId',
  'authorId',
  'section',
  'text',
  'done',
  'createdAt',
]);
/** A private note's columns, sealed as the app seals them (note-key.ts). */
export const PRIVATE_NOTE_COLUMNS = [
  'id',
  'orgId',
  'conversationId',
  'authorId',
  'sealed',
  'keyVersion',
  'updatedAt',
] as const;
const PRIVATE_NOTES_SPEC = spec(privateNotes, [...PRIVATE_NOTE_COLUMNS]);
export const AGREEMENTS_SPEC = spec(agreements, [
  'id',
  'orgId',
  'conversationId',
  'subjectPersonId',
  'subjectTeamId',
  'ownerId',
  'text',
  'dueDate',
  'doneAt',
  'createdBy',
  'createdAt',
]);
const CADENCES = spec(cadences, ['id', 'orgId', 'leaderId', 'personId', 'intervalWeeks']);

const LOCATIONS = ['Kontoret', 'Mødelokale 2', 'Personalestuen', null];

export interface PlannedConversation {
  id: string;
  leaderId: string;
  status: 'planned' | 'held' | 'cancelled';
}

type Emit = (spec: TableSpec, row: unknown[]) => void;

/**
 * Six 1:1s per person with their nearest leader: the held ones with agenda points from both,
 * shared notes, a summary, agreements (some overdue) and private notes; the next one planned with
 * its first agenda points. A cadence row where the leader chose the interval.
 */
export async function writeOneToOnes(
  database: Database,
  ctx: ActivityContext,
  schedules: Map<string, Schedule>,
  goalsByPerson: Map<string, PlannedGoal[]>,
): Promise<{ bySubject: Map<string, PlannedConversation[]>; timings: TableTiming[] }> {
  const { plan } = ctx;
  const bySubject = new Map<string, PlannedConversation[]>();
  const specs = [CONVERSATIONS, PARTICIPANTS, AGENDA_ITEMS, PRIVATE_NOTES_SPEC, AGREEMENTS_SPEC, CADENCES];
  const timings = await writeTables(database, specs, async (emit, flushIfFull) => {
    for (const [personId, schedule] of schedules) {
      const leaderId = ctx.leaderOf.get(personId)!.personId;
      if (schedule.explicit)
        emit(CADENCES, [crypto.randomUUID(), plan.orgId, leaderId, personId, schedule.intervalWeeks]);
      const list: PlannedConversation[] = [];
      schedule.dates.forEach((startsAt, k) => {
        const next = schedule.dates[k + 1] ?? addDays(startsAt, schedule.intervalWeeks * 7);
        const goal =
          goalsByPerson
            .get(personId)
            ?.find((g) => g.createdAt < startsAt && (!g.closedAt || g.closedAt > startsAt)) ?? null;
        list.push(emitOneToOne(ctx, emit, { leaderId, personId, startsAt, next, goal }));
      });
      bySubject.set(personId, list);
      await flushIfFull();
    }
  });
  return { bySubject, timings };
}

function emitOneToOne(
  ctx: ActivityContext,
  emit: Emit,
  o: { leaderId: string; personId: string; startsAt: Date; next: Date; goal: PlannedGoal | null },
): PlannedConversation {
  const { plan, random, now } = ctx;
  const id = crypto.randomUUID();
  const past = o.startsAt < now;
  const status = !past ? 'planned' : random.chance(0.04) ? 'cancelled' : 'held';
  const held = status === 'held';
  const theme = THEMES[o.goal?.theme ?? 0]!;
  const duration = random.pick([30, 30, 45, 60]);
  const heldAt = held ? new Date(o.startsAt.getTime() + duration * 60_000) : null;
  const createdAt = addDays(o.startsAt, -random.int(14, 45));
  const byLeader = random.chance(0.85);
  emit(CONVERSATIONS, [
    id,
    plan.orgId,
    'one_to_one',
    null,
    o.startsAt,
    duration,
    random.pick(LOCATIONS),
    status,
    held ? withTheme(random.pick(SHARED_NOTES), theme) : '',
    held ? withTheme(random.pick(SUMMARIES), theme) : '',
    `${id}@bench-kommune.dk`,
    random.chance(0.1) ? 1 : 0,
    byLeader ? o.leaderId : o.personId,
    held ? random.int(3, 6) : status === 'cancelled' ? 2 : 1,
    heldAt,
    createdAt,
    heldAt ?? createdAt,
  ]);
  emit(PARTICIPANTS, [crypto.randomUUID(), plan.orgId, id, o.leaderId, 'leader']);
  emit(PARTICIPANTS, [crypto.randomUUID(), plan.orgId, id, o.personId, 'subject']);
  if (status === 'cancelled') return { id, leaderId: o.leaderId, status };

  // Agenda points are written in the days before; the planned one has its first points only.
  const sections: AgendaSection[] = held ? ['big_and_small'] : [];
  if (o.goal && (held || random.chance(0.5))) sections.unshift('goals');
  if (held && random.chance(0.5)) sections.push('big_and_small');
  if (random.chance(0.2)) sections.push('other');
  for (const section of sections) {
    const author = section === 'goals' || random.chance(0.5) ? o.personId : o.leaderId;
    const at = addDays(o.startsAt, -random.int(1, 10));
    emit(AGENDA_ITEMS, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      author,
      section,
      withTheme(random.pick(AGENDA[section]), theme),
      held && random.chance(0.9),
      at < now ? at : createdAt,
    ]);
  }
  if (random.chance(held ? 0.6 : 0.3))
    emit(PRIVATE_NOTES_SPEC, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      o.leaderId,
      sealBenchNote(plan.orgId, id, o.leaderId, random.pick(PRIVATE_NOTES.slice(0, 3))),
      1,
      heldAt ?? createdAt,
    ]);
  if (held && random.chance(0.35))
    emit(PRIVATE_NOTES_SPEC, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      o.personId,
      sealBenchNote(plan.orgId, id, o.personId, PRIVATE_NOTES[3]!),
      1,
      heldAt,
    ]);

  if (held) {
    const count = random.chance(0.1) ? 0 : random.chance(0.67) ? 1 : 2;
    for (let i = 0; i < count; i++) {
      const due = addDays(o.next, -random.int(0, 7));
      const owner = random.chance(0.75) ? o.personId : o.leaderId;
      // Most agreements are kept by their date; the rest stay open, overdue once the date passes.
      const doneAt =
        due < now
          ? random.chance(0.85)
            ? addDays(due, -random.int(0, 10))
            : null
          : random.chance(0.2)
            ? between(random, heldAt!, now)
            : null;
      emit(AGREEMENTS_SPEC, [
        crypto.randomUUID(),
        plan.orgId,
        id,
        o.personId,
        null,
        owner,
        withTheme(random.pick(AGREEMENTS), theme),
        dateOnly(due),
        doneAt && doneAt < heldAt! ? heldAt : doneAt,
        o.leaderId,
        heldAt,
      ]);
    }
  }
  return { id, leaderId: o.leaderId, status };
}
