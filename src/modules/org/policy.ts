import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { conflict, forbidden } from '../../server/http/errors.js';
import { isOrgAdmin, type Actor } from '../../server/policy/actor.js';
import { ADMIN_ROLES, type Role } from '../../shared/roles.js';
import { memberships, people } from './schema.js';

/*
 * Writes to units, people and memberships are for HR and org admins (the routes' `admin` access).
 * On top of that, administrator rights themselves are guarded, so HR cannot make itself org
 * admin or take over an org admin's account by changing its email address.
 */

/** Granting or removing the hr or org_admin role is for org admins only. */
export function assertMayManageRole(actor: Actor, role: Role) {
  if (ADMIN_ROLES.includes(role) && !isOrgAdmin(actor)) {
    throw forbidden('Only organisation administrators may grant or remove administrator roles');
  }
}

/** Changing an org admin's person record is for org admins only. */
export async function assertMayEditPerson(db: Db, actor: Actor, personId: string) {
  if (isOrgAdmin(actor)) return;
  if (await holdsOrgAdmin(db, actor.orgId, personId))
    throw forbidden('Only organisation administrators may change an organisation administrator');
}

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

/** Whether the person currently holds the org_admin role anywhere. */
export async function holdsOrgAdmin(db: Db, orgId: string, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.personId, personId),
        eq(memberships.role, 'org_admin'),
      ),
    )
    .limit(1);
  return Boolean(row);
}
