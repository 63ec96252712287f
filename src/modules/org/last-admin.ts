import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { conflict } from '../../server/http/errors.js';
import { memberships, people } from './schema.js';

/** Refuses a change that would leave no active org admin besides `personId`, who is losing the role. */
export async function assertNotLastOrgAdmin(db: Db, orgId: string, personId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .innerJoin(people, and(eq(people.orgId, memberships.orgId), eq(people.id, memberships.personId)))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.role, 'org_admin'),
        eq(people.active, true),
        ne(memberships.personId, personId),
      ),
    );
  if ((row?.n ?? 0) === 0)
    throw conflict('The organisation must keep at least one administrator', 'last_admin');
}
