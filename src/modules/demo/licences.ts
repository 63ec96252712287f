import type { Db } from '../../server/db/client.js';
import { addDays, localDay } from '../../shared/time.js';
import { licenceDefinitions, licences, practiceReviews } from '../licences/schema.js';
import type { DemoUnitKey } from './data.js';

/*
 * Driving licences in the demo: Børnehuset Mariehønen's licence for the educational meal (the
 * guide's care-home case retold for a daycare), with a few holders — one expiring soon, one
 * expired — so the board shows all three statuses and a shortage. Sofie Andersen (the employee
 * account) holds none, so her start page is as before; she sees the board as one of the staff.
 */
export async function seedDemoLicences(
  db: Db,
  orgId: string,
  unitIds: Map<DemoUnitKey, string>,
  personIds: Map<string, string>,
) {
  const today = localDay(new Date());
  const leader = personIds.get('Lone Mikkelsen')!;
  const [meal] = await db
    .insert(licenceDefinitions)
    .values({
      orgId,
      unitId: unitIds.get('daycare')!,
      task: 'Det pædagogiske måltid',
      description: 'Måltidet som en læringssituation: samtale, selvhjulpenhed og fællesskab ved bordet.',
      meaningC: 'Sidder med ved bordet og følger de aftalte rutiner med støtte fra en kollega.',
      meaningB:
        'Er vært for måltidet alene: skaber samtale, lader børnene hjælpe sig selv og tager de små konflikter.',
      meaningA:
        'Vejleder kolleger i måltidet og tager de svære situationer, fx børn med spisevanskeligheder.',
      requiredLevel: 'B',
      belowRequired: 'warn',
      neededHolders: 6,
      validityMonths: 24,
      createdBy: leader,
    })
    .returning();
  const holders: [string, 'C' | 'B' | 'A', number, number][] = [
    ['Mikkel Jensen', 'A', -200, 530],
    ['Maja Nielsen', 'B', -400, 330],
    ['Kasper Sørensen', 'B', -680, 50],
    ['Pernille Kjær', 'B', -760, -30],
    ['Anja Thomsen', 'C', -100, 630],
  ];
  for (const [name, level, issued, expires] of holders) {
    const personId = personIds.get(name)!;
    const issuedOn = addDays(today, issued);
    const [review] = await db
      .insert(practiceReviews)
      .values({
        orgId,
        definitionId: meal!.id,
        personId,
        reviewerId: leader,
        startsAt: new Date(`${issuedOn}T10:30:00Z`),
        focus: 'Samtalen ved bordet, og hvordan børnene hjælper sig selv.',
        observed: 'Børnene øste selv op, og samtalen gik på tværs af bordet.',
        decision: 'granted',
        level,
        reason: 'Det, vi aftalte at se efter, lykkedes.',
        decidedAt: new Date(`${issuedOn}T12:00:00Z`),
        calendarUid: `demo-review-${personId}@mup`,
      })
      .returning();
    await db.insert(licences).values({
      orgId,
      definitionId: meal!.id,
      personId,
      level,
      issuedOn,
      expiresOn: addDays(today, expires),
      reviewId: review!.id,
    });
  }
}
