import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { memberships, people, units } from '../schema.js';
import { unitColumns } from '../records.js';

/** Active people per unit, as a subquery to join on `member_counts.unit_id`. */
export function memberCounts(db: Db, orgId: string) {
  return db
    .select({ unitId: memberships.unitId, n: sql<number>`count(distinct ${memberships.personId})::int`.as('n') })
    .from(memberships)
    .innerJoin(people, and(eq(people.orgId, memberships.orgId), eq(people.id, memberships.personId)))
    .where(and(eq(memberships.orgId, orgId), eq(people.active, true)))
    .groupBy(memberships.unitId)
    .as('member_counts');
}

/** The whole unit tree, flat, for anyone signed in to the organisation. */
export async function listUnits({ ctx }: { ctx: SignedInContext }) {
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
