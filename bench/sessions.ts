import type { Db } from '../src/server/db/client.js';
import { loadConfig } from '../src/server/config.js';
import { createSession } from '../src/modules/auth/session.js';
import { seededRandom } from './names.js';
import type { Layer, Plan } from './plan.js';
import type { Activity } from './activity.js';
import type { QualityActivity } from './activity-quality.js';
import type { SurveyActivity } from './surveys.js';
import { competenceScenarios, type CompetenceScenarios } from './activity-competence.js';

/** One request the load generator sends: which path, as whom. */
export interface BenchRequest {
  path: string;
  cookie: string;
  /** The reader's person id; the bare server acts for them without a session. */
  actorId: string;
  /** The id the response must be about. */
  expectId: string;
  /** The overview: the people it must list. The 1:1 page: the reader's part in it. */
  expectPeople?: string[];
  expectAccess?: 'leader' | 'subject';
  /** The run chart: its number of points. The progression overview: its number of areas. */
  expectCount?: number;
}

export interface Scenarios extends CompetenceScenarios {
  person: BenchRequest[];
  unit: BenchRequest[];
  /** Leaders reading their overview (empty without the year of activity). */
  overview: BenchRequest[];
  /** Participants reading their 1:1s: leaders the ones with their people, people their own. */
  conversation: BenchRequest[];
  /** The unit's people and leaders reading a forum with its evaluations' trend. */
  forum: BenchRequest[];
  /** Team leaders and sponsors reading a measure's run chart (empty without the quality year). */
  runchart: BenchRequest[];
  /** Area leaders and the director reading an area's progression overview. */
  progression: BenchRequest[];
  /** Institution and department leaders reading their unit's page of the latest survey round. */
  survey: BenchRequest[];
  /** Area leaders reading the heat map of their area. */
  heatmap: BenchRequest[];
  /** HR reading the municipality-wide scatter of social capital against trust in management. */
  scatter: BenchRequest[];
  readers: { personId: string; role: 'hr' | Layer | 'employee' }[];
}

/** How many leaders of each layer sign in; each reads the records of the people they lead. */
const READERS: Record<Layer, number> = { administration: 1, area: 2, institution: 6, department: 24 };
const HR_READERS = 3;
const HR_TARGETS_EACH = 300;
const UNIT_REQUESTS = 3000;
/** People who sign in to read their own 1:1s, and the most 1:1 reads by leaders. */
const SUBJECT_READERS = 200;
const LEADER_CONVERSATION_READS = 3000;
/** Measures whose team leader and sponsor sign in to read the run chart. */
const RUN_CHART_MEASURES = 100;
/** The progression areas every area sets (bench/activity-quality.ts). */
const PROGRESSION_AREAS = 5;

/**
 * Signs in a handful of leaders and HR people directly in the database (as sign-in would) and
 * builds the rotating request lists: leaders reading the people they lead, HR reading anyone,
 * and everyone reading unit pages across the tree.
 */
export async function buildScenarios(
  db: Db,
  plan: Plan,
  activity?: Activity,
  quality?: QualityActivity,
  surveys?: SurveyActivity,
): Promise<Scenarios> {
  const random = seededRandom(7);
  const config = loadConfig({ NODE_ENV: 'test', DEMO: 'false', JOBS: 'false' });
  const now = new Date();
  const cookieFor = async (personId: string) => {
    const s = await createSession(db, config, { id: personId, orgId: plan.orgId }, 'password', now);
    return `mup_session=${s.token}; mup_csrf=${s.csrfToken}`;
  };

  const readers: Scenarios['readers'] = [];
  const person: BenchRequest[] = [];
  const overview: BenchRequest[] = [];
  const conversation: BenchRequest[] = [];
  const forum: BenchRequest[] = [];
  const survey: BenchRequest[] = [];
  const heatmap: BenchRequest[] = [];
  const scatter: BenchRequest[] = [];
  const latest = surveys?.roundIds.at(-1);
  const forumReads = (cookie: string, actorId: string, unitIds: (string | null | undefined)[]) => {
    for (const unitId of unitIds)
      for (const id of (unitId && activity?.forumsByUnit.get(unitId)) || [])
        forum.push({ path: `/api/forums/${id}`, cookie, actorId, expectId: id });
  };
  const parentOf = new Map(plan.units.map((u) => [u.id, u.parentId]));
  const childrenOf = new Map<string, string[]>();
  for (const u of plan.units)
    if (u.parentId) childrenOf.set(u.parentId, [...(childrenOf.get(u.parentId) ?? []), u.id]);
  const cookies: { cookie: string; actorId: string }[] = [];

  for (const layer of Object.keys(READERS) as Layer[]) {
    const candidates = plan.leaders.filter((l) => l.layer === layer && l.reports.length > 0);
    for (const leader of shuffled(candidates, random).slice(0, READERS[layer])) {
      const cookie = await cookieFor(leader.personId);
      readers.push({ personId: leader.personId, role: layer });
      cookies.push({ cookie, actorId: leader.personId });
      for (const target of leader.reports) {
        person.push({ path: `/api/people/${target}`, cookie, actorId: leader.personId, expectId: target });
        for (const c of activity?.oneToOnes.get(target) ?? []) {
          if (c.leaderId !== leader.personId) continue;
          const path = `/api/conversations/${c.id}`;
          conversation.push({
            path,
            cookie,
            actorId: leader.personId,
            expectId: c.id,
            expectAccess: 'leader',
          });
        }
      }
      if (latest && (layer === 'institution' || layer === 'department'))
        survey.push({
          path: `/api/surveys/rounds/${latest}/units/${leader.unitId}`,
          cookie,
          actorId: leader.personId,
          expectId: leader.unitId,
        });
      if (latest && layer === 'area')
        heatmap.push({
          path: `/api/surveys/rounds/${latest}/results`,
          cookie,
          actorId: leader.personId,
          expectId: latest,
        });
      // Leaders read the forums of their unit and of the units right below it.
      forumReads(cookie, leader.personId, [leader.unitId, ...(childrenOf.get(leader.unitId) ?? [])]);
      if (activity) {
        const expectPeople = [...new Set(leader.reports)];
        overview.push({
          path: '/api/overview',
          cookie,
          actorId: leader.personId,
          expectId: leader.personId,
          expectPeople,
        });
      }
    }
  }
  for (const hrId of plan.hrIds.slice(0, HR_READERS)) {
    const cookie = await cookieFor(hrId);
    readers.push({ personId: hrId, role: 'hr' });
    cookies.push({ cookie, actorId: hrId });
    if (latest)
      scatter.push({
        path: `/api/surveys/rounds/${latest}/relationship?x=socialCapital&y=trustVertical`,
        cookie,
        actorId: hrId,
        expectId: latest,
      });
    for (let i = 0; i < HR_TARGETS_EACH; i++) {
      const target = random.pick(plan.people).id;
      person.push({ path: `/api/people/${target}`, cookie, actorId: hrId, expectId: target });
    }
  }

  // Nine in ten units are departments; people browse the tree from the top, so half the unit
  // reads go to units with sub-units (institutions, areas, the administration).
  const parents = plan.units.filter((u) => u.kind !== 'department');
  const unit: BenchRequest[] = Array.from({ length: UNIT_REQUESTS }, (_, i) => {
    const u = random.pick(i % 2 === 0 || parents.length === 0 ? plan.units : parents);
    const who = random.pick(cookies);
    return { path: `/api/units/${u.id}`, cookie: who.cookie, actorId: who.actorId, expectId: u.id };
  });

  // People read their own 1:1s: a sample of those the signed-in department leaders lead.
  const ownReads: BenchRequest[] = [];
  if (activity) {
    const led = readers
      .filter((r) => r.role === 'department')
      .flatMap((r) => plan.leaders.find((l) => l.personId === r.personId)!.reports);
    for (const subjectId of shuffled([...new Set(led)], random).slice(0, SUBJECT_READERS)) {
      const talks = activity.oneToOnes.get(subjectId) ?? [];
      if (talks.length === 0) continue;
      const cookie = await cookieFor(subjectId);
      readers.push({ personId: subjectId, role: 'employee' });
      const unitId = plan.memberships.find((m) => m.personId === subjectId && m.role === 'employee')?.unitId;
      forumReads(cookie, subjectId, [unitId, unitId && parentOf.get(unitId)]);
      for (const c of talks) {
        const path = `/api/conversations/${c.id}`;
        ownReads.push({ path, cookie, actorId: subjectId, expectId: c.id, expectAccess: 'subject' });
      }
    }
  }

  // Run charts are read by the team's leader and its sponsor (the unit's leader); an area's
  // progression overview by its leader and the director above.
  const runchart: BenchRequest[] = [];
  const progression: BenchRequest[] = [];
  if (quality) {
    const sessions = new Map<string, string>();
    const session = async (personId: string) => {
      if (!sessions.has(personId)) sessions.set(personId, await cookieFor(personId));
      return sessions.get(personId)!;
    };
    for (const m of quality.measures.slice(0, RUN_CHART_MEASURES))
      for (const actorId of m.readers)
        runchart.push({
          path: `/api/quality/measures/${m.id}`,
          cookie: await session(actorId),
          actorId,
          expectId: m.id,
          expectCount: m.points,
        });
    const director = plan.leaders.find((l) => l.layer === 'administration');
    for (const areaId of quality.areaIds) {
      const leader = plan.leaders.find((l) => l.unitId === areaId);
      for (const actorId of [leader?.personId, director?.personId])
        if (actorId)
          progression.push({
            path: `/api/progression/overview?unitId=${areaId}`,
            cookie: await session(actorId),
            actorId,
            expectId: areaId,
            expectCount: PROGRESSION_AREAS,
          });
    }
  }

  return {
    person: shuffled(person, random),
    unit,
    overview,
    conversation: shuffled(
      [...shuffled(conversation, random).slice(0, LEADER_CONVERSATION_READS), ...ownReads],
      random,
    ),
    forum: shuffled(forum, random),
    runchart: shuffled(runchart, random),
    progression,
    survey,
    heatmap,
    scatter,
    ...(await competenceScenarios(activity?.competence, cookieFor, random)),
    readers,
  };
}

function shuffled<T>(list: T[], random: ReturnType<typeof seededRandom>): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
