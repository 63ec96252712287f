import type { Random } from './names.js';
import type { Plan, PlannedLeader } from './plan.js';

export const DAY = 24 * 60 * 60 * 1000;

/** What every part of the year's activity needs to know about the municipality. */
export interface ActivityContext {
  plan: Plan;
  random: Random;
  now: Date;
  /** Each person's first nearest leader (the one they hold their 1:1s with). */
  leaderOf: Map<string, PlannedLeader>;
  /** The unit each person belongs to first (employee, resource person or leader). */
  unitOf: Map<string, string>;
  parentOf: Map<string, string | null>;
  /** The start of the year of activity (a year before `now`). */
  yearStart: Date;
}

/** A goal as the later parts (circles, 1:1s, feedback) need it. */
export interface PlannedGoal {
  id: string;
  theme: number;
  createdAt: Date;
  /** When it left focus (achieved or put aside); null while in focus. */
  closedAt: Date | null;
  status: 'in_focus' | 'achieved' | 'put_aside';
}

/** The six 1:1s of a person with their nearest leader. */
export interface Schedule {
  intervalWeeks: number;
  /** Whether the leader set the cadence (a row in `cadences`) or it is the default. */
  explicit: boolean;
  dates: Date[];
}

export function activityContext(plan: Plan, random: Random, now: Date): ActivityContext {
  const leaderOf = new Map<string, PlannedLeader>();
  for (const leader of plan.leaders) {
    for (const id of leader.reports) if (!leaderOf.has(id)) leaderOf.set(id, leader);
  }
  const unitOf = new Map<string, string>();
  for (const m of plan.memberships) {
    if (
      (m.role === 'employee' || m.role === 'leader' || m.role === 'resource_person') &&
      !unitOf.has(m.personId)
    )
      unitOf.set(m.personId, m.unitId);
  }
  const parentOf = new Map(plan.units.map((u) => [u.id, u.parentId]));
  return { plan, random, now, leaderOf, unitOf, parentOf, yearStart: new Date(now.getTime() - 365 * DAY) };
}

/** A random instant between two others. */
export const between = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + random.next() * Math.max(0, to.getTime() - from.getTime()));

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** YYYY-MM-DD; the generated meetings lie in working hours, when the UTC and Danish dates agree. */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/** The same day or the next working day, at a working hour (08–13 UTC, 09–15 in Denmark). */
export function workingTime(random: Random, d: Date): Date {
  const out = new Date(d);
  const weekday = out.getUTCDay();
  if (weekday === 6) out.setUTCDate(out.getUTCDate() + 2);
  if (weekday === 0) out.setUTCDate(out.getUTCDate() + 1);
  out.setUTCHours(random.int(8, 13), random.pick([0, 15, 30, 45]), 0, 0);
  return out;
}

/**
 * The person's six 1:1s: the last one planned ahead (within one interval) for nine in ten people,
 * the five before it held at the pair's interval; for the other tenth all six lie in the past.
 */
export function planSchedule(ctx: ActivityContext): Schedule {
  const { random, now } = ctx;
  const explicit = random.chance(0.35);
  const intervalWeeks = explicit ? random.pick([6, 8, 8, 10]) : 8;
  const last = random.chance(0.9)
    ? addDays(now, random.int(2, intervalWeeks * 7 - 3))
    : addDays(now, -random.int(10, 40));
  const dates: Date[] = [];
  for (let k = 5; k >= 0; k--) {
    const d = k === 5 ? last : addDays(last, -(5 - k) * intervalWeeks * 7 + random.int(-3, 3));
    dates[k] = workingTime(random, d);
  }
  // The working-day shift may push the last one into the past; keep it ahead when it was meant to be.
  if (last > now && dates[5]! <= now) dates[5] = workingTime(random, addDays(now, 3));
  return { intervalWeeks, explicit, dates };
}

/** The first 1:1 after an instant (a circle's default deadline), or null. */
export const nextMeetingAfter = (schedule: Schedule | undefined, at: Date) =>
  schedule?.dates.find((d) => d > at) ?? null;
