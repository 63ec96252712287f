import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { builtInInstrument } from '../src/modules/surveys/index.js';
import {
  surveyParticipations,
  surveyResponses,
  surveyRoundTargets,
  surveyRounds,
} from '../src/modules/surveys/schema.js';
import { LED_ROLES } from '../src/server/policy/roles.js';
import { spec, writeTables, type TableTiming } from './batch.js';
import { seededRandom } from './names.js';
import type { Plan } from './plan.js';

/*
 * Two years of HR's surveys (issue 13): a social-capital round to the whole municipality every
 * half year, everyone on a unit's staff invited, 70 % answering. Rows are written as a sealed round
 * leaves them (no tokens; each answer counted in the respondent's first unit, as the app does).
 * Each unit has its own level and drifts a little from round to round, so the heat map varies and
 * the scatter of social capital against trust has a slope to find.
 */
export const SURVEY_ROUNDS = 4;
const ANSWERING = 0.7;
const DAY = 24 * 3600 * 1000;

const ROUNDS = spec(surveyRounds, [
  'id',
  'orgId',
  'instrument',
  'code',
  'openedOn',
  'closesAt',
  'closedAt',
  'sealed',
  'title',
  'definition',
  'threshold',
  'commentThreshold',
]);
const TARGETS = spec(surveyRoundTargets, ['id', 'orgId', 'roundId', 'unitId']);
const PARTICIPATIONS = spec(surveyParticipations, [
  'id',
  'orgId',
  'roundId',
  'personId',
  'unitId',
  'answered',
]);
const RESPONSES = spec(surveyResponses, ['id', 'orgId', 'roundId', 'unitId', 'scores', 'comment']);

export interface SurveyActivity {
  /** Oldest first; the last is the one the pages read. */
  roundIds: string[];
  timings: TableTiming[];
}

export async function writeSurveys(
  database: Database,
  plan: Plan,
  now = new Date(),
): Promise<SurveyActivity> {
  const random = seededRandom(2026_13);
  const instrument = builtInInstrument('social_capital')!;
  const root = plan.units.find((u) => u.parentId === null)!;
  // Each respondent counts in the first of their units by id (policy/unit-respondents.ts).
  const unitOf = new Map<string, string>();
  for (const m of plan.memberships)
    if ((LED_ROLES as readonly string[]).includes(m.role)) {
      const had = unitOf.get(m.personId);
      if (!had || m.unitId < had) unitOf.set(m.personId, m.unitId);
    }
  const level = new Map(plan.units.map((u) => [u.id, 3.2 + random.next() * 1.2]));
  const roundIds: string[] = [];
  const timings = await writeTables(
    database,
    [ROUNDS, TARGETS, PARTICIPATIONS, RESPONSES],
    async (emit, flush) => {
      for (let n = 0; n < SURVEY_ROUNDS; n++) {
        const closesAt = new Date(now.getTime() - (SURVEY_ROUNDS - 1 - n) * 182 * DAY - 7 * DAY);
        const roundId = crypto.randomUUID();
        roundIds.push(roundId);
        emit(ROUNDS, [
          roundId,
          plan.orgId,
          instrument.key,
          `bsc${n}${roundId.slice(0, 8)}`,
          new Date(closesAt.getTime() - 14 * DAY).toISOString().slice(0, 10),
          closesAt,
          closesAt,
          true,
          `Social kapital ${n % 2 === 0 ? 'forår' : 'efterår'} ${closesAt.getUTCFullYear()}`,
          JSON.stringify(instrument),
          5,
          10,
        ]);
        emit(TARGETS, [crypto.randomUUID(), plan.orgId, roundId, root.id]);
        for (const [personId, unitId] of unitOf) {
          const answered = random.chance(ANSWERING);
          emit(PARTICIPATIONS, [crypto.randomUUID(), plan.orgId, roundId, personId, unitId, answered]);
          if (answered) {
            const person = level.get(unitId)! + (n - 1.5) * 0.05 + (random.next() - 0.5);
            const scores = instrument.items.map((item) => {
              const value = Math.max(1, Math.min(5, Math.round(person + (random.next() - 0.5) * 1.6)));
              return item.reverse ? 6 - value : value;
            });
            emit(RESPONSES, [crypto.randomUUID(), plan.orgId, roundId, unitId, scores, null]);
          }
          await flush();
        }
      }
    },
  );
  return { roundIds, timings };
}
