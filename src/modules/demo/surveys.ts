import type { Db } from '../../server/db/client.js';
import { seededRandom } from '../../shared/stats/seeded-random.js';
import { localDay } from '../../shared/time.js';
import { builtInInstrument, type Instrument } from '../surveys/index.js';
import { surveyParticipations, surveyResponses, surveyRounds } from '../surveys/schema.js';
import { DEMO_PEOPLE, type DemoUnitKey } from './data.js';

/*
 * Two closed social-capital rounds to the whole area, half a year apart, so the demo's leaders and HR
 * find a heat map, a unit's trend and the scatter of social capital against the learning community.
 * About four in five staff answered; each unit has its own level, and the learning community follows
 * social capital as 004 describes. Rows are written as a sealed round leaves them: no tokens, no times.
 */
const LEVELS: Partial<Record<DemoUnitKey, number>> = {
  area: 3.6,
  daycare: 3.9,
  roomA: 4.1,
  roomB: 3.3,
  school: 3.5,
  care: 2.9,
};

export async function seedDemoSurveys(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
  now = new Date(),
) {
  const instrument: Instrument = builtInInstrument('social_capital')!;
  const random = seededRandom(2027);
  const staff = DEMO_PEOPLE.flatMap((p) => {
    const role = p.roles.find((r) => ['employee', 'leader', 'resource_person'].includes(r.role));
    return role ? [{ personId: personIds.get(p.name)!, unit: role.unit }] : [];
  });
  const rounds = [
    { title: 'Social kapital – forår', monthsAgo: 7, lift: -0.2 },
    { title: 'Social kapital – efterår', monthsAgo: 1, lift: 0 },
  ];
  for (const [n, spec] of rounds.entries()) {
    const closesAt = new Date(now.getTime() - spec.monthsAgo * 30 * 24 * 3600 * 1000);
    const openedOn = localDay(new Date(closesAt.getTime() - 14 * 24 * 3600 * 1000));
    const [round] = await db
      .insert(surveyRounds)
      .values({
        orgId,
        instrument: instrument.key,
        code: `demosc${n}x${orgId.slice(0, 6)}`,
        openedOn,
        closesAt,
        closedAt: closesAt,
        sealed: true,
        title: spec.title,
        definition: instrument,
        threshold: 5,
        commentThreshold: 10,
      })
      .returning({ id: surveyRounds.id });
    const answered = staff.map(() => random.next() < 0.8);
    await db.insert(surveyParticipations).values(
      staff.map((s, i) => ({
        orgId,
        roundId: round!.id,
        personId: s.personId,
        unitId: unitIds.get(s.unit)!,
        answered: answered[i]!,
      })),
    );
    const responses = staff.flatMap((s, i) => {
      if (!answered[i]) return [];
      const level = (LEVELS[s.unit] ?? 3.5) + spec.lift;
      const person = level + random.normal(0, 0.4);
      const scores = instrument.items.map((item) => {
        // The learning community follows social capital (004): a little lower, a little tighter.
        const base = item.index === 'learningCommunity' ? person * 0.9 + 0.2 : person;
        const value = Math.round(base + random.normal(0, 0.5));
        const clamped = Math.min(5, Math.max(1, value));
        return item.reverse ? 6 - clamped : clamped;
      });
      const comment =
        random.next() < 0.25
          ? [
              'Vi hjælper hinanden, når det brænder på.',
              'Jeg savner mere tid til at tale fagligt sammen.',
              'Beslutninger kommer ofte sent ud til os.',
            ][Math.floor(random.next() * 3)]!
          : null;
      return [{ orgId, roundId: round!.id, unitId: unitIds.get(s.unit)!, scores, comment }];
    });
    if (responses.length) await db.insert(surveyResponses).values(responses);
  }
}
