import type { Db } from '../../server/db/client.js';
import { memberships, organisations, people, units } from '../org/schema.js';
import { hashPassword } from '../auth/index.js';
import { DEMO_PASSWORD } from './data.js';

export const NEIGHBOUR_SLUG = 'nabo';
export const NEIGHBOUR_HR_EMAIL = 'hr@nabo.mup.dk';

/**
 * A second, tiny organisation beside the demo (DEMO_NEIGHBOUR=true), so the browser journeys can
 * show that one organisation's people never reach another's data. Not part of the normal demo.
 */
export async function ensureNeighbourOrganisation(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (txDb) => {
    const tx = txDb as unknown as Db;
    const [org] = await tx
      .insert(organisations)
      .values({ slug: NEIGHBOUR_SLUG, name: 'Nabokommunen' })
      .onConflictDoNothing({ target: organisations.slug })
      .returning();
    if (!org) return false;
    const [unit] = await tx
      .insert(units)
      .values({ orgId: org.id, name: 'Nabokommunens forvaltning', kind: 'administration' })
      .returning();
    const [person] = await tx
      .insert(people)
      .values({
        orgId: org.id,
        name: 'Nina Nabo',
        email: NEIGHBOUR_HR_EMAIL,
        employeeNumber: 'N1',
        passwordHash,
      })
      .returning();
    await tx.insert(memberships).values([
      { orgId: org.id, personId: person!.id, unitId: unit!.id, role: 'hr' },
      { orgId: org.id, personId: person!.id, unitId: unit!.id, role: 'org_admin' },
    ]);
    return true;
  });
}
