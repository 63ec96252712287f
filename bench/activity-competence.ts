import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { EXAMPLE_INITIATIVES, initiativeData } from '../src/modules/competence/index.js';
import {
  initiativeParticipants,
  initiativePlanLines,
  initiativeRevisions,
  initiatives,
} from '../src/modules/competence/schema.js';
import { licenceDefinitions, licences, practiceReviews } from '../src/modules/licences/schema.js';
import { spec, writeTables, type TableTiming } from './batch.js';
import { addDays, dateOnly as day, type ActivityContext } from './activity-context.js';
import type { Random } from './names.js';
import type { BenchRequest } from './sessions.js';

const INITIATIVES = spec(initiatives, [
  'id',
  'orgId',
  'unitId',
  'ownerId',
  'title',
  'status',
  'caseKey',
  'data',
  'version',
]);
const REVISIONS = spec(initiativeRevisions, ['id', 'orgId', 'initiativeId', 'version', 'actorId', 'changes']);
const PARTICIPANTS = spec(initiativeParticipants, [
  'id',
  'orgId',
  'initiativeId',
  'personId',
  'currentLevel',
  'targetLevel',
  'proposedGoal',
  'proposalStatus',
]);
const PLAN_LINES = spec(initiativePlanLines, [
  'id',
  'orgId',
  'initiativeId',
  'kind',
  'phase',
  'text',
  'formats',
  'people',
  'ownerId',
  'startsOn',
  'endsOn',
]);
const DEFINITIONS = spec(licenceDefinitions, [
  'id',
  'orgId',
  'unitId',
  'initiativeId',
  'task',
  'meaningC',
  'meaningB',
  'meaningA',
  'requiredLevel',
  'belowRequired',
  'neededHolders',
  'validityMonths',
  'createdBy',
]);
const REVIEWS = spec(practiceReviews, [
  'id',
  'orgId',
  'definitionId',
  'personId',
  'reviewerId',
  'startsAt',
  'focus',
  'observed',
  'decision',
  'level',
  'reason',
  'decidedAt',
  'calendarUid',
]);
const LICENCES = spec(licences, [
  'id',
  'orgId',
  'definitionId',
  'personId',
  'level',
  'issuedOn',
  'expiresOn',
  'reviewId',
]);

/** Initiatives per institution, participants per initiative, licence tasks per institution. */
const INITIATIVES_PER_INSTITUTION = 4;
const PARTICIPANTS_PER_INITIATIVE = 15;
const TASKS_PER_INSTITUTION = 2;
/** The share of an institution's staff holding a licence (issue 11: a third). */
const LICENSED_SHARE = 1 / 3;

export interface PlannedInitiative {
  id: string;
  ownerId: string;
  participants: string[];
}

export interface CompetenceActivity {
  initiatives: PlannedInitiative[];
  /** Departments whose board shows licences: their leader and people read it. */
  boards: { unitId: string; readers: string[] }[];
}

/**
 * The competence initiatives and driving licences of the municipality: every institution runs
 * several initiatives started from the guide's cases (owned by its leader, with participants from
 * its departments at their levels, a training track and the everyday's arrangements, a short
 * history), and defines licence tasks on which a third of its staff hold a licence — each granted
 * in a practice review by the leader, some expiring soon and some expired, so the board shows all
 * three statuses.
 */
export async function writeCompetence(
  database: Database,
  ctx: ActivityContext,
): Promise<{ competence: CompetenceActivity; timings: TableTiming[] }> {
  const { plan, random, now } = ctx;
  const kindOf = new Map(plan.units.map((u) => [u.id, u.kind]));
  const institutionOf = (unitId: string): string | null => {
    for (let u: string | null | undefined = unitId; u; u = ctx.parentOf.get(u))
      if (kindOf.get(u) === 'institution') return u;
    return null;
  };
  const staffOf = new Map<string, string[]>();
  const staffOfUnit = new Map<string, string[]>();
  for (const m of plan.memberships) {
    if (m.role !== 'employee') continue;
    const inst = institutionOf(m.unitId);
    if (!inst) continue;
    staffOf.set(inst, [...(staffOf.get(inst) ?? []), m.personId]);
    staffOfUnit.set(m.unitId, [...(staffOfUnit.get(m.unitId) ?? []), m.personId]);
  }
  const leaderOfUnit = new Map(plan.leaders.map((l) => [l.unitId, l.personId]));
  const competence: CompetenceActivity = { initiatives: [], boards: [] };

  const timings = await writeTables(
    database,
    [INITIATIVES, REVISIONS, PARTICIPANTS, PLAN_LINES, DEFINITIONS, REVIEWS, LICENCES],
    async (emit, flushIfFull) => {
      for (const inst of plan.units.filter((u) => u.kind === 'institution')) {
        const leader = leaderOfUnit.get(inst.id);
        // Someone employed in two departments of the institution is one of its staff once.
        const staff = [...new Set(staffOf.get(inst.id) ?? [])];
        if (!leader || staff.length < 3) continue;
        const linked: string[] = [];
        for (let i = 0; i < INITIATIVES_PER_INSTITUTION; i++) {
          const example = EXAMPLE_INITIATIVES[(i + random.int(0, 5)) % EXAMPLE_INITIATIVES.length]!;
          const id = crypto.randomUUID();
          const status = random.pick(['draft', 'running', 'running', 'anchored'] as const);
          emit(INITIATIVES, [
            id,
            plan.orgId,
            inst.id,
            leader,
            example.name.da,
            status,
            example.key,
            JSON.stringify(initiativeData(example, 'da')),
            2,
          ]);
          emit(REVISIONS, [
            crypto.randomUUID(),
            plan.orgId,
            id,
            2,
            leader,
            JSON.stringify({ fields: [], status: { from: 'draft', to: status } }),
          ]);
          const chosen = [
            ...new Set(Array.from({ length: PARTICIPANTS_PER_INITIATIVE }, () => random.pick(staff))),
          ];
          for (const personId of chosen)
            emit(PARTICIPANTS, [
              crypto.randomUUID(),
              plan.orgId,
              id,
              personId,
              random.pick(['beginner', 'some_experience', 'very_experienced'] as const),
              random.pick(['with_support', 'independently', 'independently', 'resource_person'] as const),
              example.task.da.slice(0, 200),
              random.pick(['proposed', 'accepted', 'declined'] as const),
            ]);
          for (const [phase, text] of Object.entries(example.trainingTrack.tempi))
            if (text)
              emit(PLAN_LINES, [
                crypto.randomUUID(),
                plan.orgId,
                id,
                'track',
                phase,
                text.da,
                JSON.stringify(example.trainingTrack.formats.slice(0, 2)),
                'Ressourcepersonerne',
                null,
                day(addDays(now, random.int(-60, 30))),
                day(addDays(now, random.int(31, 90))),
              ]);
          for (const [phase, text] of Object.entries(example.anchoring))
            if (text)
              emit(PLAN_LINES, [
                crypto.randomUUID(),
                plan.orgId,
                id,
                'anchor',
                phase,
                text.da,
                '[]',
                null,
                leader,
                null,
                day(addDays(now, random.int(30, 180))),
              ]);
          competence.initiatives.push({ id, ownerId: leader, participants: chosen });
          linked.push(id);
        }
        const tasks: string[] = [];
        for (let t = 0; t < TASKS_PER_INSTITUTION; t++) {
          const id = crypto.randomUUID();
          tasks.push(id);
          emit(DEFINITIONS, [
            id,
            plan.orgId,
            inst.id,
            linked[t] ?? null,
            t === 0 ? 'Dokumentation hos borgeren' : 'Den svære samtale med pårørende',
            'Løser opgaven sammen med en kollega.',
            'Løser opgaven alene efter stedets standard.',
            'Vejleder kolleger i opgaven.',
            'B',
            t === 0 ? 'warn' : 'refuse',
            Math.max(2, Math.round(staff.length / 5)),
            24,
            leader,
          ]);
        }
        for (const personId of staff) {
          if (!random.chance(LICENSED_SHARE)) continue;
          const definitionId = random.pick(tasks);
          const level = random.pick(['C', 'B', 'B', 'A'] as const);
          const issued = addDays(now, -random.int(20, 700));
          // Two years' validity, so some have run out and some run out within 90 days.
          const expires = addDays(issued, 730);
          const reviewId = crypto.randomUUID();
          emit(REVIEWS, [
            reviewId,
            plan.orgId,
            definitionId,
            personId,
            leader,
            issued.toISOString(),
            'Det aftalte fokus for opgaven.',
            'Det, der blev set i praksis.',
            'granted',
            level,
            'Det aftalte lykkedes.',
            issued.toISOString(),
            `bench-review-${reviewId}@mup`,
          ]);
          emit(LICENCES, [
            crypto.randomUUID(),
            plan.orgId,
            definitionId,
            personId,
            level,
            day(issued),
            day(expires),
            reviewId,
          ]);
        }
        for (const u of plan.units.filter((x) => x.parentId === inst.id)) {
          const people = [...new Set(staffOfUnit.get(u.id) ?? [])];
          const unitLeader = leaderOfUnit.get(u.id);
          if (people.length > 0)
            competence.boards.push({
              unitId: u.id,
              readers: [...(unitLeader ? [unitLeader] : []), ...people.slice(0, 3)],
            });
        }
        await flushIfFull();
      }
    },
  );
  return { competence, timings };
}

export interface CompetenceScenarios {
  /** Owners and participants reading an initiative's page. */
  initiative: BenchRequest[];
  /** A department's leader and people reading its licence board. */
  board: BenchRequest[];
}

const OWNER_READS = 2000;
const PARTICIPANT_READERS = 200;
const BOARD_READERS = 300;

/** Signs in owners, participants and departments' people, and lists what each of them reads. */
export async function competenceScenarios(
  competence: CompetenceActivity | undefined,
  cookieFor: (personId: string) => Promise<string>,
  random: Random,
): Promise<CompetenceScenarios> {
  const initiative: BenchRequest[] = [];
  const board: BenchRequest[] = [];
  if (!competence) return { initiative, board };
  const cookies = new Map<string, string>();
  const cookie = async (personId: string) => {
    const known = cookies.get(personId);
    if (known) return known;
    const made = await cookieFor(personId);
    cookies.set(personId, made);
    return made;
  };
  const read = (list: BenchRequest[], path: string, actorId: string, c: string, expectId: string) =>
    list.push({ path, cookie: c, actorId, expectId });
  for (const i of competence.initiatives.slice(0, OWNER_READS))
    read(initiative, `/api/initiatives/${i.id}`, i.ownerId, await cookie(i.ownerId), i.id);
  let participants = 0;
  for (const i of competence.initiatives) {
    if (participants >= PARTICIPANT_READERS) break;
    const personId = random.pick(i.participants);
    read(initiative, `/api/initiatives/${i.id}`, personId, await cookie(personId), i.id);
    participants++;
  }
  let boardReaders = 0;
  for (const b of competence.boards)
    for (const personId of b.readers) {
      if (boardReaders++ >= BOARD_READERS) break;
      read(board, `/api/licence-boards/${b.unitId}`, personId, await cookie(personId), b.unitId);
    }
  return { initiative, board };
}

/** Whether a 200 answer is the initiative asked for, or a board with its tasks and people. */
export function hasCompetenceContent(
  name: keyof CompetenceScenarios,
  r: BenchRequest,
  body: Record<string, any>,
): boolean {
  if (name === 'initiative')
    return (
      body.initiative?.id === r.expectId &&
      typeof body.initiative?.title === 'string' &&
      Array.isArray(body.initiative?.participants) &&
      body.initiative.participants.length > 0
    );
  return (
    body.unit?.id === r.expectId &&
    Array.isArray(body.definitions) &&
    body.definitions.length > 0 &&
    Array.isArray(body.people) &&
    body.people.length > 0
  );
}
