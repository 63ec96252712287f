import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import type { Role } from '../../shared/roles.js';

/*
 * Holding a role anywhere in the organisation, whatever the unit: what makes someone a possible
 * facilitator of a team conversation (roles.ts FACILITATOR_ROLES). Access to content never
 * follows from this alone; a rule combines it with a relationship to the thing.
 */

const holdersStatement = preparedStatement<{ person_id: string }>(
  'policy_role_holders',
  `select distinct m.person_id from memberships m
    where m.org_id = $1::uuid and m.person_id = any($2::uuid[]) and m.role = any($3::text[])`,
);

/** Of `personIds`, those who hold one of `roles` in some unit. */
export async function holdersOf(
  db: Db,
  orgId: string,
  personIds: readonly string[],
  roles: readonly Role[],
): Promise<Set<string>> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return new Set();
  const rows = await holdersStatement(db, [orgId, ids, [...roles]]);
  return new Set(rows.map((r) => r.person_id));
}
