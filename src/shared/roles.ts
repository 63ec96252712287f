/** Roles a person can hold in a unit. A person may hold several, in several units. */
export const ROLES = [
  'employee',
  'leader',
  'resource_person',
  'learning_partner',
  'hr',
  'org_admin',
  'med_member',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that configure the organisation. They give configuration and aggregates, never content. */
export const ADMIN_ROLES: readonly Role[] = ['hr', 'org_admin'];

export const UNIT_KINDS = ['administration', 'area', 'institution', 'department', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TEAM_KINDS = ['unit_staff', 'subject', 'leader_peer_group', 'quality'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
/** Leaders from different units giving each other sparring: a team without a unit, said as "group". */
export const PEER_GROUP_KIND: TeamKind = 'leader_peer_group';

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
