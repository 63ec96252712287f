import type { SignedInContext } from '../../server/http/context.js';
import { preparedStatement } from '../../server/db/prepared.js';
import { leadsUnitOrAboveText } from '../../server/policy/unit-leadership.js';
import { UNIT_PEOPLE_ROLES } from '../../server/policy/roles.js';
import { peoplesUnitsText } from '../../server/policy/unit-people.js';

/*
 * Who may work with a unit's progression, named on the policy layer's relationships. The unit's
 * people (policy/unit-people.ts) record and read its courses; the leaders of the unit or a unit
 * above (policy/unit-leadership.ts) do the same, set the areas and read the overviews of everything
 * below them. HR and admins get nothing from their role. Everyone else: 404 (the caller throws).
 */

export interface UnitProgressionAccess {
  read: boolean;
  edit: boolean;
  setAreas: boolean;
  /** The red/yellow/green overview: the leaders, and the people of this very unit (not those below it). */
  overview: boolean;
}

const NONE: UnitProgressionAccess = { read: false, edit: false, setAreas: false, overview: false };

// Whether the unit exists, whether the actor leads it or a unit above, and whether they are one of
// its people, in one round trip ($1 org, $2 unit, $3 person): the overview runs it on every read.
const accessStatement = preparedStatement<{ found: boolean; leads: boolean; people: boolean }>(
  'progression_unit_access',
  `select exists (select 1 from units where org_id = $1::uuid and id = $2::uuid) as found,
    ${leadsUnitOrAboveText('$1::uuid', '$3::uuid', '$2::uuid')} as leads,
    $2::uuid in (${peoplesUnitsText('$1::uuid', '$3::uuid')}) as people`,
);

export async function unitProgressionAccess(
  ctx: SignedInContext,
  unitId: string,
): Promise<UnitProgressionAccess> {
  const [row] = await accessStatement(ctx.db, [ctx.actor.orgId, unitId, ctx.actor.personId]);
  if (!row?.found) return NONE;
  if (row.leads) return { read: true, edit: true, setAreas: true, overview: true };
  if (!row.people) return NONE;
  // An area's overview compares its units: that is for its leaders, not for everyone below it.
  const ownUnit = ctx.actor.memberships.some(
    (m) => m.unitId === unitId && (UNIT_PEOPLE_ROLES as readonly string[]).includes(m.role),
  );
  return { read: true, edit: true, setAreas: false, overview: ownUnit };
}
