import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { LED_ROLES } from '../../server/policy/roles.js';
import { memberships, people, units } from '../org/schema.js';
import type { PersonWithUnits } from './answers.js';

/** The Copenhagen calendar date (YYYY-MM-DD) of an instant. */
export { localDay as copenhagenDay } from '../../shared/time.js';

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** People of the organisation with the units they belong to as employee, resource person or leader. */
export async function peopleWithUnits(
  db: Db,
  orgId: string,
  personIds: readonly string[],
): Promise<PersonWithUnits[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ id: people.id, name: people.name, unitId: units.id, unitName: units.name })
    .from(people)
    .leftJoin(
      memberships,
      and(
        eq(memberships.orgId, people.orgId),
        eq(memberships.personId, people.id),
        inArray(memberships.role, [...LED_ROLES]),
      ),
    )
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, memberships.unitId)))
    .where(and(eq(people.orgId, orgId), inArray(people.id, [...personIds])))
    .orderBy(asc(people.name), asc(people.id), asc(units.name));
  const byId = new Map<string, PersonWithUnits>();
  for (const r of rows) {
    const person = byId.get(r.id) ?? { id: r.id, name: r.name, units: [] };
    byId.set(r.id, person);
    if (r.unitId && r.unitName && !person.units.some((u) => u.id === r.unitId))
      person.units.push({ id: r.unitId, name: r.unitName });
  }
  return [...byId.values()];
}
