import crypto from 'node:crypto';
import { FORMS } from '../src/modules/inquiry/forms/index.js';
import { emptyData } from '../src/modules/inquiry/merge.js';
import { inquiries } from '../src/modules/inquiry/schema.js';
import { teamMembers, teams } from '../src/modules/org/schema.js';
import {
  qualityDataPoints,
  qualityMeasureChanges,
  qualityMeasures,
  qualityTeamRoles,
  qualityTrials,
  qualityWorkItems,
} from '../src/modules/quality/schema.js';
import {
  progressionAreas,
  progressionCounts,
  progressionCourses,
  progressionRatings,
} from '../src/modules/progression/schema.js';
import { rebuildProgressionCounts } from '../src/modules/progression/index.js';
import { spec, writeTables, type TableTiming } from './batch.js';
import { addDays, dateOnly, DAY, type ActivityContext } from './activity-context.js';
import type { Database } from '../src/server/db/client.js';
import type { Random } from './names.js';

/** A measure and who reads its run chart in the benchmark: the team leader and the unit's leader. */
export interface PlannedMeasure {
  id: string;
  readers: string[];
  points: number;
}

export interface QualityActivity {
  measures: PlannedMeasure[];
  /** The areas, whose progression overviews compare their institutions. */
  areaIds: string[];
}

const WEEKS = 52;
const AREAS = ['Sprog', 'Sociale kompetencer', 'Motorik', 'Trivsel', 'Selvhjulpenhed'];
const COURSES_PER_ROOM = 4;
/** Each course is rated in every area about every eight weeks. */
const RATING_WEEKS = 8;

const TEAMS = spec(teams, ['id', 'orgId', 'unitId', 'name', 'kind']);
const MEMBERS = spec(teamMembers, ['id', 'orgId', 'teamId', 'personId']);
const ROLES = spec(qualityTeamRoles, ['id', 'orgId', 'teamId', 'personId', 'role']);
const ITEMS = spec(qualityWorkItems, ['id', 'orgId', 'teamId', 'level', 'parentId', 'title', 'createdBy']);
const MEASURES = spec(qualityMeasures, [
  'id',
  'orgId',
  'teamId',
  'name',
  'kind',
  'unit',
  'frequency',
  'recorder',
  'direction',
  'minValue',
  'maxValue',
  'createdBy',
]);
const POINTS = spec(qualityDataPoints, [
  'id',
  'orgId',
  'measureId',
  'on',
  'value',
  'clientKey',
  'recordedBy',
]);
const CHANGES = spec(qualityMeasureChanges, ['id', 'orgId', 'measureId', 'on', 'label', 'startsPhase']);
const INQUIRIES = spec(inquiries, ['id', 'orgId', 'form', 'subjectTeamId', 'data', 'createdBy']);
const TRIALS = spec(qualityTrials, [
  'id',
  'orgId',
  'teamId',
  'actionId',
  'inquiryId',
  'title',
  'startedOn',
  'measureId',
  'outcome',
  'conclusion',
  'concludedAt',
  'createdBy',
]);
const AREA_ROWS = spec(progressionAreas, ['id', 'orgId', 'unitId', 'name', 'position']);
const COURSES = spec(progressionCourses, [
  'id',
  'orgId',
  'unitId',
  'subjectKind',
  'label',
  'challenge',
  'initiative',
  'startedOn',
]);
const RATINGS = spec(progressionRatings, ['id', 'orgId', 'courseId', 'area', 'ratedOn', 'level']);

/** A normal variate (Box–Muller) from the seeded stream. */
const normal = (random: Random, mean: number, sd: number) =>
  mean + sd * Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

/**
 * Quality work and progression for the year: besides the plan's quality team per area, one per
 * institution (six of its staff); every team its four roles (the unit's leader as sponsor), two
 * weekly measures with a year of points (the first moving after the second trial), two development
 * points with an improvement action and two trials each (the first concluded without improvement),
 * a marked change starting a phase on half the first measures. Progression: five areas set on
 * every area, four child groups per room, each rated in every area every eight weeks.
 */
export async function writeQuality(
  database: Database,
  ctx: ActivityContext,
): Promise<{ quality: QualityActivity; timings: TableTiming[] }> {
  const { plan, random, now } = ctx;
  const org = plan.orgId;
  const leaderOfUnit = new Map(plan.leaders.map((l) => [l.unitId, l.personId]));
  const staffOf = new Map<string, string[]>();
  for (const m of plan.memberships) {
    if (m.role !== 'employee') continue;
    const inst = ctx.parentOf.get(m.unitId);
    if (inst) staffOf.set(inst, [...(staffOf.get(inst) ?? []), m.personId]);
  }
  // This week's Monday, and the year of Mondays before it.
  const monday = addDays(now, -((now.getUTCDay() + 6) % 7));
  const week = (w: number) => dateOnly(addDays(monday, -7 * (WEEKS - 1 - w)));
  const measures: PlannedMeasure[] = [];
  const uuid = () => crypto.randomUUID();

  const timings = await writeTables(
    database,
    [TEAMS, MEMBERS, ROLES, ITEMS, MEASURES, POINTS, CHANGES, INQUIRIES, TRIALS, AREA_ROWS, COURSES, RATINGS],
    async (emit, flushIfFull) => {
      const qualityTeams = plan.teams
        .filter((t) => t.kind === 'quality')
        .map((t) => ({
          id: t.id,
          unitId: t.unitId!,
          members: plan.teamMembers.filter((m) => m.teamId === t.id).map((m) => m.personId),
        }));
      for (const unit of plan.units.filter((u) => u.kind === 'institution')) {
        const pool = staffOf.get(unit.id) ?? [];
        if (pool.length < 2) continue;
        const id = uuid();
        const members = [...new Set(Array.from({ length: 6 }, () => random.pick(pool)))];
        emit(TEAMS, [id, org, unit.id, `Kvalitetsteam ${unit.name}`, 'quality']);
        for (const personId of members) emit(MEMBERS, [uuid(), org, id, personId]);
        qualityTeams.push({ id, unitId: unit.id, members });
      }
      for (const team of qualityTeams) {
        const [lead, ...rest] = team.members;
        if (!lead) continue;
        const sponsor = leaderOfUnit.get(team.unitId);
        const roles: [string, string][] = [[lead, 'team_leader']];
        rest.forEach((p, i) =>
          roles.push([p, i === rest.length - 1 ? 'professional_expert' : 'team_member']),
        );
        if (sponsor && !team.members.includes(sponsor)) {
          emit(MEMBERS, [uuid(), org, team.id, sponsor]);
          roles.push([sponsor, 'sponsor']);
        }
        for (const [personId, role] of roles) emit(ROLES, [uuid(), org, team.id, personId, role]);
        emitTeamWork(team.id, lead, sponsor);
        await flushIfFull();
      }
      for (const area of plan.units.filter((u) => u.kind === 'area'))
        AREAS.forEach((name, position) => emit(AREA_ROWS, [uuid(), org, area.id, name, position]));
      for (const room of plan.units.filter((u) => u.kind === 'department')) {
        for (let c = 0; c < COURSES_PER_ROOM; c++) emitCourse(room.id, c);
        await flushIfFull();
      }

      function emitTeamWork(teamId: string, lead: string, sponsor: string | undefined) {
        const measureIds = [uuid(), uuid()];
        emit(MEASURES, [
          measureIds[0],
          org,
          teamId,
          'Konflikter i garderoben',
          'count',
          'konflikter',
          'weekly',
          'Lukkevagten',
          'lower',
          0,
          40,
          lead,
        ]);
        emit(MEASURES, [
          measureIds[1],
          org,
          teamId,
          'Ro ved frokosten',
          'score',
          'point',
          'weekly',
          'Stuens pædagog',
          'higher',
          0,
          10,
          lead,
        ]);
        const shiftAt = random.int(30, 38);
        for (let w = 0; w < WEEKS; w++) {
          const conflicts = Math.max(0, Math.round(normal(random, w >= shiftAt ? 7 : 11, 2.5)));
          emit(POINTS, [uuid(), org, measureIds[0], week(w), conflicts, `bench-${w}`, lead]);
          const calm = Math.min(10, Math.max(0, Math.round(normal(random, 6, 1.2) * 10) / 10));
          emit(POINTS, [uuid(), org, measureIds[1], week(w), calm, `bench-${w}`, lead]);
        }
        if (random.chance(0.5))
          emit(CHANGES, [uuid(), org, measureIds[0], week(shiftAt), 'Ny fordeling af voksne', true]);
        for (const [p, point] of ['Urolige overgange', 'Måltidet som pædagogisk aktivitet'].entries()) {
          const pointId = uuid();
          const actionId = uuid();
          emit(ITEMS, [pointId, org, teamId, 'development_point', null, point, lead]);
          emit(ITEMS, [actionId, org, teamId, 'improvement_action', pointId, `Tiltag ${p + 1}`, lead]);
          for (const [t, startWeek] of [shiftAt - 14, shiftAt].entries()) {
            const inquiryId = uuid();
            const data = emptyData(FORMS.trial_action);
            data.phases.plan!.fields.change = 'Faste makkere og en voksen ved døren';
            emit(INQUIRIES, [inquiryId, org, 'trial_action', teamId, JSON.stringify(data), lead]);
            const concluded = t === 0 || random.chance(0.5);
            emit(TRIALS, [
              uuid(),
              org,
              teamId,
              actionId,
              inquiryId,
              `Afprøvning ${t + 1}`,
              week(startWeek),
              measureIds[p],
              concluded ? (t === 0 ? 'no_improvement' : 'improved') : null,
              concluded ? (t === 0 ? 'abandon' : 'adopt') : null,
              concluded ? addDays(now, -7 * (WEEKS - 1 - startWeek - 6)) : null,
              sponsor ?? lead,
            ]);
          }
        }
        measures.push({ id: measureIds[0]!, readers: [lead, ...(sponsor ? [sponsor] : [])], points: WEEKS });
      }

      function emitCourse(roomId: string, c: number) {
        const id = uuid();
        const started = addDays(now, -random.int(30, 360));
        emit(COURSES, [
          id,
          org,
          roomId,
          'child_group',
          `Gruppe ${'ABCD'[c]}`,
          'Overgange',
          'Billedstøtte',
          dateOnly(started),
        ]);
        for (const area of AREAS) {
          let level = random.int(0, 2);
          for (let at = started.getTime(); at <= now.getTime(); at += RATING_WEEKS * 7 * DAY) {
            level = Math.min(2, Math.max(0, level + random.pick([-1, 0, 0, 1, 1])));
            emit(RATINGS, [
              uuid(),
              org,
              id,
              area,
              dateOnly(new Date(at)),
              (['red', 'yellow', 'green'] as const)[level],
            ]);
          }
        }
      }
    },
  );
  // The overviews read the counts kept per unit, area and quarter; the services keep them on
  // every rating, here they are derived once from the ratings written above.
  const t0 = performance.now();
  await rebuildProgressionCounts(database.db, org);
  const counted = await database.db.$count(progressionCounts);
  timings.push({ table: 'progression_counts', rows: counted, ms: performance.now() - t0 });
  const areaIds = plan.units.filter((u) => u.kind === 'area').map((u) => u.id);
  return { quality: { measures, areaIds }, timings };
}
