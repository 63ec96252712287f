import type { Db } from '../db/client.js';
import type { ServiceContext, SignedInContext } from '../http/context.js';
import { ServiceError, forbidden } from '../http/errors.js';
import { preparedStatement } from '../db/prepared.js';
import { ADMIN_ROLES, type Role } from '../../shared/roles.js';
import { isOrgAdmin, type Actor } from './actor.js';
import { rolesText } from './roles.js';

/*
 * Administrator rights. Writes to units, people and memberships are for HR and org admins (the
 * routes' `admin` access); on top of that, administrator rights themselves are guarded, so HR
 * cannot make itself org admin or take over an org admin's account by changing its email address,
 * and the organisation's own settings (name, links, sign-in) are org admins' alone.
 */

/**
 * SQL: whether `person` holds an admin role (HR, org admin) in `org` as the memberships are now —
 * isAdmin's question, for a statement that reads it instead of trusting the actor it was given.
 */
export const holdsAdminRoleText = (org: string, person: string) =>
  `exists (select 1 from memberships a
    where a.org_id = ${org} and a.person_id = ${person} and a.role in (${rolesText(ADMIN_ROLES)}))`;

const holdsOrgAdminStatement = preparedStatement<{ found: number }>(
  'policy_holds_org_admin',
  `select 1 as found from memberships
    where org_id = $1::uuid and person_id = $2::uuid and role = 'org_admin' limit 1`,
);

/** Whether the person currently holds the org_admin role anywhere. */
export async function holdsOrgAdmin(db: Db, orgId: string, personId: string): Promise<boolean> {
  return (await holdsOrgAdminStatement(db, [orgId, personId])).length > 0;
}

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

/** The organisation's settings: HR reaches the admin routes, but not these. */
export function requireOrgAdmin(ctx: ServiceContext): asserts ctx is SignedInContext {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED', 'Sign in first');
  if (!isOrgAdmin(ctx.actor)) throw forbidden('Only organisation administrators may change these settings');
}
