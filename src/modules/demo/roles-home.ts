import type { Db } from '../../server/db/client.js';
import { addDays, localDay } from '../../shared/time.js';
import { teams } from '../org/schema.js';
import { conversationParticipants, conversations } from '../conversations/schema.js';
import { initiativeParticipants, initiativePlanLines, initiatives } from '../competence/schema.js';
import { licenceDefinitions, practiceReviews } from '../licences/schema.js';
import { and, eq } from 'drizzle-orm';
import type { DemoUnitKey } from './data.js';
import { workday } from './activity-parts.js';

const DAY = 86_400_000;

/*
 * What the resource person's start page shows in the README's demo: Karen Frost, the school's
 * inclusion adviser, facilitates Matematikteamet's next team conversation, supports the school's
 * initiative on calm transitions (as its coming resource person, with three teachers taking part),
 * may certify its driving licence and is to hold a practice review with Lene Madsen next week. The
 * area leader's numbers need nothing of their own: they sum up the demo year. The journeys' twin
 * gets none of it (its Karen starts clean for the licence and team-conversation journeys).
 */
export async function seedDemoRolesHome(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
  now = new Date(),
  { quietAccounts = false }: { quietAccounts?: boolean } = {},
) {
  if (quietAccounts) return;
  const pid = (name: string) => personIds.get(name)!;
  const school = unitIds.get('school')!;
  const today = localDay(now);
  const karen = pid('Karen Frost');
  const leader = pid('Thomas Bach');

  const [team] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.name, 'Matematikteamet')));
  if (team) {
    const [tus] = await db
      .insert(conversations)
      .values({
        orgId,
        kind: 'team',
        teamId: team.id,
        startsAt: workday(new Date(now.getTime() + 8 * DAY), 13),
        durationMinutes: 60,
        createdBy: leader,
        calendarUid: `demo-tus-math-${orgId}@mup`,
      })
      .returning({ id: conversations.id });
    await db.insert(conversationParticipants).values([
      { orgId, conversationId: tus!.id, personId: karen, role: 'facilitator' },
      ...['Anders Hansen', 'Henrik Olsen', 'Signe Lauridsen'].map((name) => ({
        orgId,
        conversationId: tus!.id,
        personId: pid(name),
        role: 'participant' as const,
      })),
    ]);
  }

  const [transitions] = await db
    .insert(initiatives)
    .values({
      orgId,
      unitId: school,
      ownerId: leader,
      title: 'Rolige overgange i skoledagen',
      status: 'running',
      data: { phases: {} },
      version: 2,
    })
    .returning({ id: initiatives.id });
  await db.insert(initiativeParticipants).values(
    (
      [
        ['Karen Frost', 'very_experienced', 'resource_person'],
        ['Lene Madsen', 'some_experience', 'independently'],
        ['Julie Eriksen', 'beginner', 'independently'],
        ['Mads Johansen', 'beginner', 'with_support'],
      ] as const
    ).map(([name, currentLevel, targetLevel]) => ({
      orgId,
      initiativeId: transitions!.id,
      personId: pid(name),
      currentLevel,
      targetLevel,
    })),
  );
  await db.insert(initiativePlanLines).values({
    orgId,
    initiativeId: transitions!.id,
    kind: 'anchor',
    phase: 'support',
    text: 'Karen kommer med i en time om ugen og giver sparring bagefter',
    ownerId: karen,
    startsOn: addDays(today, -14),
    endsOn: addDays(today, 60),
  });

  const [licence] = await db
    .insert(licenceDefinitions)
    .values({
      orgId,
      unitId: school,
      initiativeId: transitions!.id,
      task: 'Den rolige overgang',
      description:
        'Fra frikvarter til undervisning: klassen kommer ind, falder til ro og er klar på få minutter.',
      meaningC: 'Følger klassens aftalte rutine med en kollega ved sin side.',
      meaningB: 'Tager overgangen alene, også når en elev har en svær dag.',
      meaningA: 'Vejleder kolleger i overgangene og tager de klasser, hvor det er sværest.',
      requiredLevel: 'B',
      neededHolders: 4,
      validityMonths: 24,
      createdBy: leader,
    })
    .returning({ id: licenceDefinitions.id });
  await db.insert(practiceReviews).values({
    orgId,
    definitionId: licence!.id,
    personId: pid('Lene Madsen'),
    reviewerId: karen,
    startsAt: workday(new Date(now.getTime() + 6 * DAY), 9),
    focus: 'Hvordan klassen kommer ind efter det store frikvarter, og hvad Lene gør de første tre minutter.',
    calendarUid: `demo-review-lene-${orgId}@mup`,
  });
}
