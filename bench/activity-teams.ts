import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { privateNotes, teamCadences } from '../src/modules/conversations/schema.js';
import { spec, writeTables, type TableSpec, type TableTiming } from './batch.js';
import { addDays, workingTime, type ActivityContext, type PlannedGoal } from './activity-context.js';
import { COLLABORATORS, INQUIRIES, REVISIONS, emitCirclesOf } from './activity-circles.js';
import { GOAL_EVENTS, GOALS, emitGoal, planGoals } from './activity-goals.js';
import {
  AGENDA_ITEMS,
  AGREEMENTS_SPEC,
  CONVERSATIONS,
  PARTICIPANTS,
  PRIVATE_NOTE_COLUMNS,
} from './activity-talks.js';
import { sealBenchNote } from './note-key.js';
import { AGENDA, AGREEMENTS, SHARED_NOTES, SUMMARIES, THEMES, withTheme } from './texts.js';

const TEAM_CADENCES = spec(teamCadences, ['id', 'orgId', 'teamId', 'intervalWeeks']);
const NOTES = spec(privateNotes, [...PRIVATE_NOTE_COLUMNS]);

type Emit = (spec: TableSpec, row: unknown[]) => void;

/**
 * Every team's year: one to three team goals (at most two in focus) with their circles, written by
 * its members; a team conversation (a peer-group conversation for leaders' peer groups) every
 * two to three months with a facilitator, everyone on the team invited, agenda, notes, a summary
 * and agreements owned on the team; the next one planned; a cadence row where the team chose one.
 */
export async function writeTeamActivity(database: Database, ctx: ActivityContext): Promise<TableTiming[]> {
  const { plan, random, now } = ctx;
  const membersOf = new Map<string, string[]>();
  for (const m of plan.teamMembers) {
    const list = membersOf.get(m.teamId) ?? [];
    list.push(m.personId);
    membersOf.set(m.teamId, list);
  }
  const leaderOfUnit = new Map(plan.leaders.map((l) => [l.unitId, l.personId]));
  const specs = [
    GOALS,
    GOAL_EVENTS,
    INQUIRIES,
    REVISIONS,
    COLLABORATORS,
    CONVERSATIONS,
    PARTICIPANTS,
    AGENDA_ITEMS,
    NOTES,
    AGREEMENTS_SPEC,
    TEAM_CADENCES,
  ];
  return writeTables(database, specs, async (emit, flushIfFull) => {
    for (const team of plan.teams) {
      const members = membersOf.get(team.id) ?? [];
      if (members.length < 2) continue;
      const unitLeader = team.unitId ? (leaderOfUnit.get(team.unitId) ?? null) : null;
      const intervalWeeks = random.pick([8, 10, 13]);
      if (random.chance(0.4)) emit(TEAM_CADENCES, [crypto.randomUUID(), plan.orgId, team.id, intervalWeeks]);
      // The last one lies ahead for most teams; the ones before it at the team's interval.
      const last = addDays(
        now,
        random.chance(0.85) ? random.int(3, intervalWeeks * 7 - 3) : -random.int(10, 30),
      );
      const count = Math.floor(52 / intervalWeeks) + 1;
      const dates = Array.from({ length: count }, (_, k) =>
        workingTime(random, addDays(last, -(count - 1 - k) * intervalWeeks * 7)),
      );
      const schedule = { intervalWeeks, explicit: false, dates };
      const goals = planGoals(ctx, false);
      for (const g of goals) {
        emitGoal(ctx, emit, { teamId: team.id }, random.pick(members), g, null);
        emitCirclesOf(ctx, emit, { teamId: team.id }, random.pick(members), g, schedule, () =>
          random.pick(members),
        );
      }
      for (const startsAt of dates) {
        const goal =
          goals.find((g) => g.createdAt < startsAt && (!g.closedAt || g.closedAt > startsAt)) ?? null;
        emitTeamConversation(ctx, emit, {
          team,
          members,
          unitLeader,
          startsAt,
          goal,
          next: addDays(startsAt, intervalWeeks * 7),
        });
      }
      await flushIfFull();
    }
  });
}

function emitTeamConversation(
  ctx: ActivityContext,
  emit: Emit,
  o: {
    team: { id: string; kind: string };
    members: string[];
    unitLeader: string | null;
    startsAt: Date;
    next: Date;
    goal: PlannedGoal | null;
  },
) {
  const { plan, random, now } = ctx;
  const id = crypto.randomUUID();
  const peerGroup = o.team.kind === 'leader_peer_group';
  const held = o.startsAt < now;
  const theme = THEMES[o.goal?.theme ?? 0]!;
  const facilitator = peerGroup
    ? null
    : o.unitLeader && random.chance(0.4)
      ? o.unitLeader
      : random.pick(o.members);
  const createdBy = facilitator ?? random.pick(o.members);
  const duration = random.pick([45, 60, 90]);
  const heldAt = held ? new Date(o.startsAt.getTime() + duration * 60_000) : null;
  const createdAt = addDays(o.startsAt, -random.int(14, 40));
  emit(CONVERSATIONS, [
    id, plan.orgId, peerGroup ? 'peer_group' : 'team', o.team.id, o.startsAt, duration, 'Mødelokalet', held ? 'held' : 'planned',
    held ? withTheme(random.pick(SHARED_NOTES), theme) : '', held ? withTheme(random.pick(SUMMARIES), theme) : '',
    `${id}@bench-kommune.dk`, 0, createdBy, held ? random.int(3, 8) : 1, heldAt, createdAt, heldAt ?? createdAt,
  ]); // prettier-ignore
  const invited = new Set([...o.members, ...(facilitator ? [facilitator] : [])]);
  for (const personId of invited) {
    const role = personId === facilitator ? 'facilitator' : 'participant';
    emit(PARTICIPANTS, [crypto.randomUUID(), plan.orgId, id, personId, role]);
  }
  const items = held ? random.int(2, 4) : random.int(0, 2);
  for (let i = 0; i < items; i++) {
    const section = i === 0 && o.goal ? 'goals' : random.chance(0.8) ? 'big_and_small' : 'other';
    const at = addDays(o.startsAt, -random.int(1, 10));
    emit(AGENDA_ITEMS, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      random.pick([...invited]),
      section,
      withTheme(random.pick(AGENDA[section]), theme),
      held,
      at < now ? at : createdAt,
    ]);
  }
  if (facilitator && random.chance(0.3))
    emit(NOTES, [
      crypto.randomUUID(),
      plan.orgId,
      id,
      facilitator,
      sealBenchNote(
        plan.orgId,
        id,
        facilitator,
        'Husk at give ordet til dem, der ikke nåede at sige noget sidst.',
      ),
      1,
      heldAt ?? createdAt,
    ]);
  if (!held) return;
  for (let i = random.int(1, 3); i > 0; i--) {
    const due = addDays(o.next, -random.int(0, 14));
    const doneAt = due < now ? (random.chance(0.85) ? addDays(due, -random.int(0, 10)) : null) : null;
    emit(AGREEMENTS_SPEC, [
      crypto.randomUUID(), plan.orgId, id, null, o.team.id, random.pick(o.members), withTheme(random.pick(AGREEMENTS), theme),
      due.toISOString().slice(0, 10), doneAt && doneAt < heldAt! ? heldAt : doneAt, createdBy, heldAt,
    ]); // prettier-ignore
  }
}
