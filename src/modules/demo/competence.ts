import type { Db } from '../../server/db/client.js';
import { addDays, localDay } from '../../shared/time.js';
import { EXAMPLE_INITIATIVES, initiativeData } from '../competence/index.js';
import {
  initiativeCourses,
  initiativeParticipants,
  initiativePlanLines,
  initiativeRevisions,
  initiatives,
} from '../competence/schema.js';
import type { DemoUnitKey } from './data.js';

/*
 * Two competence initiatives for the demo, started from the guide's cases: the care home's shared
 * meal (running, with participants, a training track and a course whose follow-up is overdue) and
 * Græshoppestuen's conflicts (a draft). The journeys' accounts take part in neither, so their pages
 * start clean; the institution and area leaders see both as owners.
 */
export async function seedDemoCompetence(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
  now = new Date(),
) {
  const pid = (name: string) => personIds.get(name)!;
  const today = localDay(now);
  const example = (key: string) => EXAMPLE_INITIATIVES.find((c) => c.key === key);

  const meal = example('care_home_meals');
  const [care] = await db
    .insert(initiatives)
    .values({
      orgId,
      unitId: unitIds.get('care')!,
      ownerId: pid('Birgitte Lund'),
      title: meal?.name.da ?? 'Det fælles måltid',
      status: 'running',
      caseKey: meal?.key ?? null,
      data: initiativeData(meal, 'da'),
      version: 2,
    })
    .returning({ id: initiatives.id });
  await db.insert(initiativeRevisions).values({
    orgId,
    initiativeId: care!.id,
    version: 2,
    actorId: pid('Birgitte Lund'),
    changes: { fields: [], status: { from: 'draft', to: 'running' } },
  });
  const levels = [
    ['Susanne Jakobsen', 'very_experienced', 'resource_person', 'accepted'],
    ['Ahmed Hassan', 'some_experience', 'independently', 'proposed'],
    ['Dorthe Schmidt', 'beginner', 'independently', 'proposed'],
    ['Fatima Ali', 'beginner', 'with_support', 'declined'],
  ] as const;
  await db.insert(initiativeParticipants).values(
    levels.map(([name, currentLevel, targetLevel, proposalStatus]) => ({
      orgId,
      initiativeId: care!.id,
      personId: pid(name),
      currentLevel,
      targetLevel,
      proposedGoal: 'Værte måltidet, så beboerne spiser sammen og taler med hinanden',
      proposalStatus,
    })),
  );
  await db.insert(initiativePlanLines).values([
    {
      orgId,
      initiativeId: care!.id,
      kind: 'track',
      phase: 'knowledge_building',
      text: 'Temadag om måltidet som fællesskab',
      formats: ['theme_day'],
      people: 'Diætist og ergoterapeut',
      startsOn: addDays(today, -30),
      endsOn: addDays(today, -30),
      doneAt: new Date(now.getTime() - 30 * 86_400_000),
    },
    {
      orgId,
      initiativeId: care!.id,
      kind: 'track',
      phase: 'trial',
      text: 'Værte frokosten to gange om ugen med en ressourceperson ved bordet',
      formats: ['side_by_side'],
      people: 'Susanne Jakobsen',
      startsOn: addDays(today, 3),
      endsOn: addDays(today, 45),
    },
    {
      orgId,
      initiativeId: care!.id,
      kind: 'anchor',
      phase: 'ongoing_follow_up',
      text: 'Måltidet er fast punkt på personalemødet hver måned',
      ownerId: pid('Birgitte Lund'),
      endsOn: addDays(today, 60),
    },
  ]);
  await db.insert(initiativeCourses).values({
    orgId,
    initiativeId: care!.id,
    personId: pid('Ahmed Hassan'),
    title: 'Kursus i måltidspædagogik',
    courseOn: addDays(today, -45),
    beforeOn: addDays(today, -52),
    followUpOn: addDays(today, -14),
    expectations: 'At få greb om, hvordan man er vært uden at overtage samtalen',
  });

  const conflicts = example('daycare_conflicts');
  await db.insert(initiatives).values({
    orgId,
    unitId: unitIds.get('daycare')!,
    ownerId: pid('Lone Mikkelsen'),
    title: conflicts?.name.da ?? 'Konflikter',
    caseKey: conflicts?.key ?? null,
    data: initiativeData(conflicts, 'da'),
  });
}
