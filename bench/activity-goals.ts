import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { frameItems, frames } from '../src/modules/framing/schema.js';
import { goalEvents, goalShares, goals } from '../src/modules/goals/schema.js';
import { spec, writeTables, type TableSpec, type TableTiming } from './batch.js';
import {
  addDays,
  between,
  dateOnly,
  type ActivityContext,
  type PlannedGoal,
  type Schedule,
} from './activity-context.js';
import { COLLABORATORS, INQUIRIES, REVISIONS, emitCirclesOf } from './activity-circles.js';
import { ACHIEVED_REASONS, FRAME_ITEMS, PUT_ASIDE_REASONS, THEMES } from './texts.js';

const FRAMES = spec(frames, [
  'id',
  'orgId',
  'unitId',
  'title',
  'intro',
  'periodStart',
  'periodEnd',
  'publishedAt',
  'createdBy',
  'version',
  'createdAt',
  'updatedAt',
]);
const FRAME_ITEMS_SPEC = spec(frameItems, [
  'id',
  'orgId',
  'frameId',
  'kind',
  'title',
  'description',
  'position',
]);
export const GOALS = spec(goals, [
  'id',
  'orgId',
  'subjectPersonId',
  'subjectTeamId',
  'frameItemId',
  'title',
  'why',
  'progressSigns',
  'source',
  'status',
  'statusReason',
  'createdBy',
  'version',
  'createdAt',
  'updatedAt',
]);
export const GOAL_EVENTS = spec(goalEvents, [
  'id',
  'orgId',
  'goalId',
  'actorId',
  'fromStatus',
  'toStatus',
  'reason',
  'at',
]);
const GOAL_SHARES = spec(goalShares, ['id', 'orgId', 'goalId', 'personId', 'teamId', 'createdAt']);

// Leaders choose among the leadership themes half the time.
const LEADER_THEMES = [8, 9];
const EMPLOYEE_THEMES = THEMES.map((_, i) => i).filter((i) => !LEADER_THEMES.includes(i));

/**
 * For every unit a frame for the year, published by its leader when the year began, with three
 * or four items. Returns each unit's item ids, the frame a goal is written within.
 */
export async function writeFrames(
  database: Database,
  ctx: ActivityContext,
): Promise<{ itemsByUnit: Map<string, string[]>; timings: TableTiming[] }> {
  const { plan, random } = ctx;
  const leaderByUnit = new Map(plan.leaders.map((l) => [l.unitId, l.personId]));
  const itemsByUnit = new Map<string, string[]>();
  const periodStart = new Date(Date.UTC(ctx.yearStart.getUTCFullYear(), ctx.yearStart.getUTCMonth(), 1));
  const periodEnd = addDays(
    new Date(Date.UTC(periodStart.getUTCFullYear() + 1, periodStart.getUTCMonth() + 2, 1)),
    -1,
  );
  const timings = await writeTables(database, [FRAMES, FRAME_ITEMS_SPEC], async (emit, flushIfFull) => {
    for (const unit of plan.units) {
      const id = crypto.randomUUID();
      const publishedAt = addDays(periodStart, -random.int(3, 20));
      emit(FRAMES, [
        id,
        plan.orgId,
        unit.id,
        `Rammen for ${unit.name} ${periodStart.getUTCFullYear()}–${periodEnd.getUTCFullYear()}`,
        'Vælg dine læringsmål inden for disse temaer, og tal med din leder om dem ved næste samtale.',
        dateOnly(periodStart),
        dateOnly(periodEnd),
        publishedAt,
        leaderByUnit.get(unit.id) ?? null,
        2,
        addDays(publishedAt, -random.int(2, 10)),
        publishedAt,
      ]);
      const chosen = new Set<number>();
      const count = random.int(3, 4);
      while (chosen.size < count) chosen.add(random.int(0, FRAME_ITEMS.length - 1));
      const ids: string[] = [];
      [...chosen].forEach((i, position) => {
        const item = FRAME_ITEMS[i]!;
        const itemId = crypto.randomUUID();
        ids.push(itemId);
        emit(FRAME_ITEMS_SPEC, [itemId, plan.orgId, id, item.kind, item.title, item.description, position]);
      });
      itemsByUnit.set(unit.id, ids);
      await flushIfFull();
    }
  });
  return { itemsByUnit, timings };
}

/**
 * One to three goals per person, at most two in focus; the older ones achieved or put aside with
 * a reason and their history. Every goal has a learning circle (a few in-focus goals a finished
 * one and the next); some goals are shared with a colleague, some circles have a colleague on them.
 */
export async function writeGoals(
  database: Database,
  ctx: ActivityContext,
  itemsByUnit: Map<string, string[]>,
  schedules: Map<string, Schedule>,
): Promise<{ goalsByPerson: Map<string, PlannedGoal[]>; timings: TableTiming[] }> {
  const { plan, random } = ctx;
  const goalsByPerson = new Map<string, PlannedGoal[]>();
  const leaders = new Set(plan.leaders.map((l) => l.personId));
  const timings = await writeTables(
    database,
    [GOALS, GOAL_EVENTS, GOAL_SHARES, INQUIRIES, REVISIONS, COLLABORATORS],
    async (emit, flushIfFull) => {
      for (const person of plan.people) {
        const colleagues = ctx.leaderOf.get(person.id)?.reports ?? [];
        const colleague = () => {
          const c = colleagues.length > 1 ? random.pick(colleagues) : null;
          return c === person.id ? null : c;
        };
        const unitId = ctx.unitOf.get(person.id);
        const items = [
          ...(unitId ? (itemsByUnit.get(unitId) ?? []) : []),
          ...(unitId ? (itemsByUnit.get(ctx.parentOf.get(unitId) ?? '') ?? []) : []),
        ];
        const planned = planGoals(ctx, leaders.has(person.id));
        goalsByPerson.set(person.id, planned);
        for (const g of planned) {
          emitGoal(
            ctx,
            emit,
            { personId: person.id },
            person.id,
            g,
            items.length && random.chance(0.8) ? random.pick(items) : null,
          );
          if (random.chance(0.1)) {
            const with_ = colleague();
            if (with_)
              emit(GOAL_SHARES, [
                crypto.randomUUID(),
                plan.orgId,
                g.id,
                with_,
                null,
                addDays(g.createdAt, random.int(1, 20)),
              ]);
          }
          emitCirclesOf(
            ctx,
            emit,
            { personId: person.id },
            person.id,
            g,
            schedules.get(person.id),
            colleague,
          );
        }
        await flushIfFull();
      }
    },
  );
  return { goalsByPerson, timings };
}

/** The goals of one subject over the year, oldest first. */
export function planGoals(ctx: ActivityContext, leader: boolean): PlannedGoal[] {
  const { random, now } = ctx;
  const roll = random.next();
  const count = roll < 0.3 ? 1 : roll < 0.75 ? 2 : 3;
  const created = Array.from({ length: count }, () => between(random, ctx.yearStart, addDays(now, -14))).sort(
    (a, b) => +a - +b,
  );
  const themes = leader && random.chance(0.5) ? LEADER_THEMES : EMPLOYEE_THEMES;
  const result: PlannedGoal[] = created.map((createdAt) => ({
    id: crypto.randomUUID(),
    theme: random.pick(themes),
    createdAt,
    closedAt: null,
    status: 'in_focus',
  }));
  const close = (g: PlannedGoal, at: Date) => {
    g.status = random.chance(0.7) ? 'achieved' : 'put_aside';
    g.closedAt = at;
  };
  if (count === 1 && random.chance(0.1))
    close(result[0]!, between(random, addDays(result[0]!.createdAt, 30), addDays(now, -5)));
  if (count === 2 && random.chance(0.35))
    close(result[0]!, between(random, addDays(result[0]!.createdAt, 30), addDays(now, -3)));
  if (count === 3) {
    // The third goal came into focus when the first left it.
    close(result[0]!, result[2]!.createdAt);
    if (random.chance(0.2)) close(result[1]!, between(random, result[2]!.createdAt, now));
  }
  for (const g of result) if (g.closedAt && g.closedAt < g.createdAt) g.closedAt = addDays(g.createdAt, 1);
  return result;
}

export function emitGoal(
  ctx: ActivityContext,
  emit: (spec: TableSpec, row: unknown[]) => void,
  subject: { personId: string } | { teamId: string },
  authorId: string,
  g: PlannedGoal,
  frameItemId: string | null,
) {
  const { plan, random } = ctx;
  const theme = THEMES[g.theme]!;
  const reason =
    g.status === 'achieved'
      ? random.pick(ACHIEVED_REASONS)
      : g.status === 'put_aside'
        ? random.pick(PUT_ASIDE_REASONS)
        : null;
  const source =
    'teamId' in subject
      ? 'team_goal'
      : random.chance(0.7)
        ? 'practice'
        : random.chance(0.65)
          ? 'leader_evaluation'
          : 'team_goal';
  emit(GOALS, [
    g.id,
    plan.orgId,
    'personId' in subject ? subject.personId : null,
    'teamId' in subject ? subject.teamId : null,
    frameItemId,
    theme.title,
    theme.why,
    theme.signs,
    source,
    g.status,
    reason,
    authorId,
    g.closedAt ? 2 : 1,
    g.createdAt,
    g.closedAt ?? g.createdAt,
  ]);
  emit(GOAL_EVENTS, [crypto.randomUUID(), plan.orgId, g.id, authorId, null, 'in_focus', null, g.createdAt]);
  if (g.closedAt)
    emit(GOAL_EVENTS, [
      crypto.randomUUID(),
      plan.orgId,
      g.id,
      authorId,
      'in_focus',
      g.status,
      reason,
      g.closedAt,
    ]);
}
