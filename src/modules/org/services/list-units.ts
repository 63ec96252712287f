import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { memberships, units } from '../schema.js';
import { unitColumns } from '../records.js';
import type { UnitListAnswer } from '../answers.js';

/**
 * Memberships of active people per unit — the rows a unit's member list shows — as a subquery to
 * join on `member_counts.unit_id`; `parentId` limits it to that unit's children. Deactivated people
 * are few, so for the whole tree excluding them through a small hashed list is far cheaper than
 * joining all people; for a few children, looking each member up is cheaper still. Counting rows
 * rather than distinct people spares a sort of every membership.
 */
export function memberCounts(db: Db, orgId: string, parentId?: string) {
  return db
    .select({ unitId: memberships.unitId, n: sql<number>`count(*)::int`.as('n') })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        parentId
          ? and(
              sql`${memberships.unitId} in (select c.id from units c where c.org_id = ${orgId} and c.parent_id = ${parentId})`,
              sql`exists (select 1 from people p where p.org_id = ${orgId} and p.id = ${memberships.personId} and p.active)`,
            )
          : sql`${memberships.personId} not in (select p.id from people p where p.org_id = ${orgId} and not p.active)`,
      ),
    )
    .groupBy(memberships.unitId)
    .as('member_counts');
}

/** The whole unit tree, flat, for anyone signed in to the organisation. */
export async function listUnits({ ctx }: { ctx: SignedInContext }): Promise<UnitListAnswer> {
  const { db, actor } = ctx;
  const counts = memberCounts(db, actor.orgId);
  const rows = await db
    .select({ ...unitColumns, memberCount: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(units)
    .leftJoin(counts, eq(counts.unitId, units.id))
    .where(eq(units.orgId, actor.orgId))
    .orderBy(asc(units.name), asc(units.id));
  return { units: rows };
}
