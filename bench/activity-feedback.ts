import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { feedback, feedbackReplies } from '../src/modules/feedback/schema.js';
import type { FeedbackKind } from '../src/modules/feedback/constants.js';
import { spec, writeTables, type TableTiming } from './batch.js';
import { addDays, between, type ActivityContext, type PlannedGoal } from './activity-context.js';
import { FEEDBACK, OBSERVATION_FOCUS, REPLIES, REPLIES_BACK } from './texts.js';

export const FEEDBACK_SPEC = spec(feedback, [
  'id',
  'orgId',
  'fromId',
  'toPersonId',
  'toTeamId',
  'kind',
  'text',
  'observationFocus',
  'goalId',
  'agreementId',
  'createdAt',
]);
export const REPLIES_SPEC = spec(feedbackReplies, [
  'id',
  'orgId',
  'feedbackId',
  'authorId',
  'text',
  'createdAt',
]);

const KINDS: [FeedbackKind, number][] = [
  ['recognition', 0.4],
  ['evaluating', 0.15],
  ['instructing', 0.1],
  ['reflecting', 0.2],
  ['observation', 0.15],
];

/**
 * About one to two pieces of feedback per person per month, from their leader or a colleague, a
 * fifth tied to a goal in focus, a quarter answered (and some answered back). One person in ten
 * has heard nothing for over a month, so the overview's nudge has someone to show.
 */
export async function writeFeedback(
  database: Database,
  ctx: ActivityContext,
  goalsByPerson: Map<string, PlannedGoal[]>,
): Promise<TableTiming[]> {
  const { plan, random, now } = ctx;
  const kind = () => {
    let r = random.next();
    for (const [k, p] of KINDS) if ((r -= p) < 0) return k;
    return 'recognition';
  };
  return writeTables(database, [FEEDBACK_SPEC, REPLIES_SPEC], async (emit, flushIfFull) => {
    for (const person of plan.people) {
      const leader = ctx.leaderOf.get(person.id);
      const colleagues = leader?.reports ?? [];
      const quiet = random.chance(0.1);
      const count = quiet ? random.int(0, 4) : random.int(10, 26);
      const latest = quiet ? addDays(now, -35) : now;
      for (let i = 0; i < count; i++) {
        let from =
          leader && random.chance(0.35)
            ? leader.personId
            : colleagues.length > 1
              ? random.pick(colleagues)
              : random.pick(plan.people).id;
        if (from === person.id) from = leader?.personId ?? plan.people[0]!.id;
        if (from === person.id) continue;
        const createdAt = between(random, ctx.yearStart, latest);
        const k = kind();
        const goal = random.chance(0.2)
          ? goalsByPerson
              .get(person.id)
              ?.find((g) => g.createdAt < createdAt && (!g.closedAt || g.closedAt > createdAt))
          : undefined;
        const id = crypto.randomUUID();
        emit(FEEDBACK_SPEC, [
          id,
          plan.orgId,
          from,
          person.id,
          null,
          k,
          random.pick(FEEDBACK[k]),
          k === 'observation' ? random.pick(OBSERVATION_FOCUS) : null,
          goal?.id ?? null,
          null,
          createdAt,
        ]);
        if (random.chance(0.25)) {
          const replyAt = new Date(createdAt.getTime() + random.int(10, 600) * 60_000);
          emit(REPLIES_SPEC, [crypto.randomUUID(), plan.orgId, id, person.id, random.pick(REPLIES), replyAt]);
          if (random.chance(0.25))
            emit(REPLIES_SPEC, [
              crypto.randomUUID(),
              plan.orgId,
              id,
              from,
              random.pick(REPLIES_BACK),
              new Date(replyAt.getTime() + 3_600_000),
            ]);
        }
      }
      await flushIfFull();
    }
  });
}
