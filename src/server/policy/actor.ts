import { ADMIN_ROLES, type Locale, type Role } from '../../shared/roles.js';

/** The signed-in person a request acts for, with the memberships that policies read. */
export interface Actor {
  personId: string;
  orgId: string;
  name: string;
  locale: Locale;
  memberships: { unitId: string; role: Role }[];
  sessionId: string;
}

export const hasRole = (actor: Actor, role: Role) => actor.memberships.some((m) => m.role === role);

/** HR and organisation admins configure the organisation; that gives structure, not content. */
export const isAdmin = (actor: Actor) => actor.memberships.some((m) => ADMIN_ROLES.includes(m.role));

export const isOrgAdmin = (actor: Actor) => hasRole(actor, 'org_admin');

/** Who reads aggregates (MUS coverage): HR and admins, and MED committee members, who read nothing else. */
export const readsAggregates = (actor: Actor) => isAdmin(actor) || hasRole(actor, 'med_member');

/** Whether the actor leads any unit: without that, no leader relation can hold, and none is looked up. */
export const leadsAnyUnit = (actor: Actor) => hasRole(actor, 'leader');
