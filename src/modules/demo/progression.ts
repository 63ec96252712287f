import type { Db } from '../../server/db/client.js';
import { progressionAreas, progressionCourses, progressionRatings } from '../progression/schema.js';
import { rebuildProgressionCounts } from '../progression/index.js';
import type { DemoUnitKey } from './data.js';

/*
 * Progression in the demo: Område Syd follows four areas for all its units; Græshoppestuen and
 * Skovbrynet Skole have followed groups for a year, rated each quarter, so the institution's and
 * the area's overviews have something to show. Sommerfuglestuen starts empty: the journey records
 * its first course there. Groups and pseudonyms only, as the product requires.
 */

const AREAS = ['Sprog', 'Social udvikling', 'Motorik', 'Trivsel'];
type L = 'red' | 'yellow' | 'green';

const COURSES: {
  unit: DemoUnitKey;
  label: string;
  challenge: string;
  initiative: string;
  outcome: string;
  /** Levels per area, oldest quarter first (four quarters). */
  levels: Record<string, L[]>;
}[] = [
  {
    unit: 'roomB',
    label: 'Storbørnsgruppen (5 år)',
    challenge: 'Flere børn trækker sig ved samlinger og fælles ture og viser utryghed ved skift.',
    initiative: 'Vi forbereder gruppen med billeder og en fast gennemgang før hver tur og hvert skift.',
    outcome: 'Færre tegn på utryghed ved ture; flere børn tager ordet i samling.',
    levels: {
      Sprog: ['yellow', 'yellow', 'green', 'green'],
      'Social udvikling': ['red', 'yellow', 'yellow', 'green'],
      Motorik: ['green', 'green', 'green', 'green'],
      Trivsel: ['red', 'yellow', 'green', 'green'],
    },
  },
  {
    unit: 'roomB',
    label: 'Mellemgruppen (3-4 år)',
    challenge: 'Mange konflikter om legetøj i frileg, særligt om eftermiddagen.',
    initiative: 'Legezoner og en voksen som legeguide i de første 20 minutter af frileg.',
    outcome: '',
    levels: {
      Sprog: ['yellow', 'yellow', 'yellow', 'green'],
      'Social udvikling': ['red', 'red', 'yellow', 'yellow'],
      Motorik: ['yellow', 'green', 'green', 'green'],
      Trivsel: ['yellow', 'yellow', 'yellow', 'green'],
    },
  },
  {
    unit: 'school',
    label: '2. årgang, læsegruppe B',
    challenge: 'En del elever læser under forventet niveau og mister lysten til at læse selv.',
    initiative: 'Daglig makkerlæsning i 15 minutter og læsebånd med selvvalgte bøger.',
    outcome: 'Flere elever læser på alderssvarende niveau ved vinterens test.',
    levels: {
      Sprog: ['red', 'red', 'yellow', 'yellow'],
      'Social udvikling': ['yellow', 'green', 'green', 'green'],
      Motorik: ['green', 'green', 'green', 'green'],
      Trivsel: ['yellow', 'yellow', 'green', 'green'],
    },
  },
];

/** The first day of the quarter `back` quarters before the one `now` falls in. */
function quarterDay(now: Date, back: number, offset: number): string {
  const q = Math.floor(now.getUTCMonth() / 3) - back;
  const d = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 1 + offset));
  return d.toISOString().slice(0, 10);
}

export async function seedDemoProgression(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  now = new Date(),
) {
  await db
    .insert(progressionAreas)
    .values(AREAS.map((name, position) => ({ orgId, unitId: unitIds.get('area')!, name, position })));
  for (const c of COURSES) {
    const [course] = await db
      .insert(progressionCourses)
      .values({
        orgId,
        unitId: unitIds.get(c.unit)!,
        subjectKind: 'child_group',
        label: c.label,
        challenge: c.challenge,
        initiative: c.initiative,
        outcome: c.outcome,
        startedOn: quarterDay(now, 3, 0),
      })
      .returning({ id: progressionCourses.id });
    await db.insert(progressionRatings).values(
      Object.entries(c.levels).flatMap(([area, levels]) =>
        // Three quarters back to the current one; the current quarter's rating on its first days.
        levels.map((level, i) => ({
          orgId,
          courseId: course!.id,
          area,
          level,
          ratedOn: quarterDay(now, 3 - i, 2),
        })),
      ),
    );
  }
  await rebuildProgressionCounts(db, orgId);
}
