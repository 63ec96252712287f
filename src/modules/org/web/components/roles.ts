import type { Role } from '../../../../shared/roles';

// Leaders first: on a unit page one looks for who leads it before the rest.
const ORDER: Role[] = [
  'leader',
  'employee',
  'resource_person',
  'learning_partner',
  'hr',
  'org_admin',
  'med_member',
];

export function compareRoles(a: Role, b: Role): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
