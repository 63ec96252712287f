import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { memberships, people, units } from '../../org/schema.js';

/**
 * The organisation as a sync leaves it, keyed by OS2mo's keys, so two organisations synced from
 * the same OS2mo (one interrupted, one not) can be compared.
 */
export async function snapshot(db: Db, orgId: string) {
  const unitRows = await db.select().from(units).where(eq(units.orgId, orgId));
  const codeOf = new Map(unitRows.map((u) => [u.id, u.externalId ?? `#${u.name}`]));
  const peopleRows = await db.select().from(people).where(eq(people.orgId, orgId));
  const numberOf = new Map(peopleRows.map((p) => [p.id, p.employeeNumber ?? `#${p.name}`]));
  const roles = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId)));
  return {
    units: unitRows
      .map((u) => `${codeOf.get(u.id)} ${u.name} < ${u.parentId ? codeOf.get(u.parentId) : '-'}`)
      .sort(),
    people: peopleRows
      .map(
        (p) =>
          `${p.employeeNumber} ${p.name} ${p.email ?? '-'} ${p.jobTitle ?? '-'} ${p.active ? 'active' : 'inactive'}`,
      )
      .sort(),
    memberships: roles
      .map((m) => `${numberOf.get(m.personId)} ${codeOf.get(m.unitId)} ${m.role} ${m.source ?? 'hand'}`)
      .sort(),
  };
}
