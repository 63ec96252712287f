import crypto from 'node:crypto';
import type { Database } from '../src/server/db/client.js';
import { forumMeetings, forums } from '../src/modules/forums/schema.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../src/modules/surveys/schema.js';
import { INSTRUMENT_ITEMS, type ForumLevel } from '../src/modules/forums/constants.js';
import { spec, writeTables, type TableTiming } from './batch.js';
import { addDays, dateOnly, DAY, workingTime, type ActivityContext } from './activity-context.js';
import type { PlannedLeader } from './plan.js';
import type { Random } from './names.js';

const FORUMS = spec(forums, [
  'id',
  'orgId',
  'unitId',
  'teamId',
  'level',
  'name',
  'purpose',
  'form',
  'cadenceEvery',
  'cadenceUnit',
  'durationMinutes',
  'participants',
  'content',
  'data',
  'createdBy',
  'version',
  'createdAt',
  'updatedAt',
]);
const MEETINGS = spec(forumMeetings, [
  'id',
  'orgId',
  'forumId',
  'heldOn',
  'conversationId',
  'createdBy',
  'createdAt',
]);
const ROUNDS = spec(surveyRounds, [
  'id',
  'orgId',
  'instrument',
  'meetingId',
  'teamId',
  'code',
  'openedBy',
  'openedOn',
  'closesAt',
  'closedAt',
  'sealed',
]);
const RESPONSES = spec(surveyResponses, ['id', 'orgId', 'roundId', 'scores', 'comment']);
const PARTICIPATIONS = spec(surveyParticipations, ['id', 'orgId', 'roundId', 'personId']);

interface ForumKind {
  level: ForumLevel;
  name: string;
  purpose: string;
  form: string;
  cadence: [number, 'week' | 'month'];
  everyDays: number;
}
const INSTITUTION_FORUMS: ForumKind[] = [
  {
    level: 'organisation',
    name: 'Personalemøde',
    purpose: 'Fælles retning, beslutninger og videndeling på tværs af stuerne.',
    form: 'Dagsorden med oplæg og drøftelser i grupper',
    cadence: [1, 'month'],
    everyDays: 28,
  },
  {
    level: 'intervention',
    name: 'Pædagogisk læringsforum',
    purpose: 'Vi ser på data og erfaringer fra praksis og justerer vores indsats.',
    form: 'Refleksion over data og cases',
    cadence: [1, 'month'],
    everyDays: 28,
  },
];
const DEPARTMENT_FORUM: ForumKind = {
  level: 'citizen', name: 'Stuemøde', purpose: 'Vi drøfter det enkelte barns trivsel, udvikling og læring.', form: 'Kort runde, derefter et barn eller en situation i dybden', cadence: [2, 'week'], everyDays: 14,
}; // prettier-ignore
const COMMENTS = [
  'Godt møde, men vi nåede ikke det sidste punkt.',
  'Rart at alle kom til orde.',
  'For lidt tid til det vigtigste.',
  'Tydelig dagsorden.',
  'Vi skal blive bedre til at aftale, hvem der gør hvad.',
];
// Lower-case letters and digits without look-alikes, as the app's round codes.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const code = () => Array.from(crypto.randomBytes(10), (b) => ALPHABET[b % ALPHABET.length]).join('');

/**
 * The meeting structure of every institution (a staff meeting and a pedagogical forum, monthly)
 * and every department (a room meeting every other week), a year of held meetings, and a
 * one-minute evaluation of three in four of them: closed and sealed once their week is over (the
 * newest still open), with 3–25 anonymous answers each, some below the threshold of five.
 * Returns each unit's forums, for the load test's readers.
 */
export async function writeForums(
  database: Database,
  ctx: ActivityContext,
): Promise<{ forumsByUnit: Map<string, string[]>; timings: TableTiming[] }> {
  const { plan, random } = ctx;
  const forumsByUnit = new Map<string, string[]>();
  const leaderOfUnit = new Map(plan.leaders.map((l) => [l.unitId, l]));
  const kindOf = new Map(plan.units.map((u) => [u.id, u.kind]));
  // Who sits in each forum: the people the unit's leader leads, and for an institution those below too.
  const staffOf = (leader: PlannedLeader) => {
    const direct = leader.reports;
    if (kindOf.get(leader.unitId) !== 'institution') return direct;
    const below = plan.leaders.filter((l) => direct.includes(l.personId)).flatMap((l) => l.reports);
    return [...direct, ...below];
  };
  const timings = await writeTables(
    database,
    [FORUMS, MEETINGS, ROUNDS, RESPONSES, PARTICIPATIONS],
    async (emit, flushIfFull) => {
      for (const unit of plan.units) {
        const kinds =
          unit.kind === 'institution'
            ? INSTITUTION_FORUMS
            : unit.kind === 'department'
              ? [DEPARTMENT_FORUM]
              : [];
        const leader = leaderOfUnit.get(unit.id);
        if (!leader || kinds.length === 0) continue;
        const staff = staffOf(leader);
        for (const kind of kinds) {
          const id = crypto.randomUUID();
          forumsByUnit.set(unit.id, [...(forumsByUnit.get(unit.id) ?? []), id]);
          const createdAt = addDays(ctx.yearStart, -random.int(10, 60));
          emit(FORUMS, [
          id, plan.orgId, unit.id, null, kind.level, kind.name, kind.purpose, kind.form, ...kind.cadence, unit.kind === 'institution' ? 120 : 60,
          unit.kind === 'institution' ? 'Alle medarbejdere og lederen' : 'Stuens personale', 'Dagsorden sendes ud to dage før', 'Trivselsdata og observationer',
          leader.personId, 1, createdAt, createdAt,
        ]); // prettier-ignore
          emitMeetings(ctx, emit, {
            forumId: id,
            leaderId: leader.personId,
            staff,
            kind,
            bias: random.next() - 0.5,
          });
        }
        await flushIfFull();
      }
    },
  );
  return { forumsByUnit, timings };
}

function emitMeetings(
  ctx: ActivityContext,
  emit: (s: typeof FORUMS, row: unknown[]) => void,
  f: { forumId: string; leaderId: string; staff: string[]; kind: ForumKind; bias: number },
) {
  const { plan, random, now } = ctx;
  for (
    let at = addDays(ctx.yearStart, random.int(0, f.kind.everyDays));
    at < now;
    at = addDays(at, f.kind.everyDays)
  ) {
    const heldAt = workingTime(random, at);
    if (heldAt > now) break;
    const meetingId = crypto.randomUUID();
    emit(MEETINGS, [meetingId, plan.orgId, f.forumId, dateOnly(heldAt), null, f.leaderId, heldAt]);
    if (!random.chance(0.75) || f.staff.length < 3) continue;
    const roundId = crypto.randomUUID();
    const closesAt = addDays(heldAt, 7);
    const closed = closesAt < now;
    // An open round must stay open for the whole benchmark: its results are never read.
    const stillOpen = !closed && closesAt.getTime() - now.getTime() > DAY;
    if (!closed && !stillOpen) continue;
    emit(ROUNDS, [
      roundId,
      plan.orgId,
      'meeting',
      meetingId,
      null,
      code(),
      f.leaderId,
      dateOnly(heldAt),
      closesAt,
      closed ? closesAt : null,
      closed,
    ]);
    const respondents = Math.min(f.staff.length, random.int(3, f.kind.everyDays === 14 ? 12 : 25));
    // Meetings improve a little over the year; each forum has its own level.
    const progress = (heldAt.getTime() - ctx.yearStart.getTime()) / (365 * DAY);
    for (const personId of sample(random, f.staff, respondents)) {
      emit(PARTICIPATIONS, [crypto.randomUUID(), plan.orgId, roundId, personId]);
      const scores = INSTRUMENT_ITEMS.meeting.map((_, i) =>
        clamp(Math.round(3.3 + f.bias + progress * 0.6 - (i % 4) * 0.2 + (random.next() - 0.5) * 2)),
      );
      emit(RESPONSES, [
        crypto.randomUUID(),
        plan.orgId,
        roundId,
        scores,
        random.chance(0.2) ? random.pick(COMMENTS) : null,
      ]);
    }
  }
}

const clamp = (n: number) => Math.max(1, Math.min(5, n));

/** `n` different people from the list. */
function sample(random: Random, list: string[], n: number): string[] {
  const chosen = new Set<string>();
  const unique = new Set(list).size;
  while (chosen.size < Math.min(n, unique)) chosen.add(random.pick(list));
  return [...chosen];
}
