import type { Db } from '../../server/db/client.js';
import { buildOrg, buildPerson, buildUnit, type Person } from '../../../test/factories.js';

/**
 * An organisation for the survey tests: HR and an organisation admin at the top, an area with its
 * leader, institution A (Solsikken) with its leader and `a` employees, institution B (Mælkebøtten)
 * with `b` employees and no leader of its own.
 */
export async function surveyOrg(db: Db, a: number, b: number) {
  const org = await buildOrg(db);
  const admin = await buildUnit(db, org, { kind: 'administration', name: 'Forvaltning' });
  const area = await buildUnit(db, org, { kind: 'area', name: 'Område Nord', parentId: admin.id });
  const instA = await buildUnit(db, org, { name: 'Solsikken', parentId: area.id });
  const instB = await buildUnit(db, org, { name: 'Mælkebøtten', parentId: area.id });
  const hr = await buildPerson(db, org, { name: 'Gitte HR', roles: [{ unit: admin, role: 'hr' }] });
  const orgAdmin = await buildPerson(db, org, {
    name: 'Hans Admin',
    roles: [{ unit: admin, role: 'org_admin' }],
  });
  const areaLeader = await buildPerson(db, org, {
    name: 'Anne Områdeleder',
    roles: [{ unit: area, role: 'leader' }],
  });
  const leaderA = await buildPerson(db, org, { name: 'Bo Leder', roles: [{ unit: instA, role: 'leader' }] });
  const staffA: Person[] = [];
  for (let i = 0; i < a; i++)
    staffA.push(await buildPerson(db, org, { roles: [{ unit: instA, role: 'employee' }] }));
  const staffB: Person[] = [];
  for (let i = 0; i < b; i++)
    staffB.push(await buildPerson(db, org, { roles: [{ unit: instB, role: 'employee' }] }));
  return { org, units: { admin, area, instA, instB }, hr, orgAdmin, areaLeader, leaderA, staffA, staffB };
}
export type SurveyOrg = Awaited<ReturnType<typeof surveyOrg>>;
