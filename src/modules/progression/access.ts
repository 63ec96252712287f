import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { UNIT_PEOPLE_ROLES } from '../../server/policy/roles.js';
import { isOneOfUnitsPeople } from '../../server/policy/unit-people.js';
import { units } from '../org/schema.js';

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

export async function unitProgressionAccess(
  ctx: SignedInContext,
  unitId: string,
): Promise<UnitProgressionAccess> {
  const [unit] = await ctx.db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.orgId, ctx.actor.orgId), eq(units.id, unitId)));
  if (!unit) return NONE;
  if (await leadsUnitOrAbove(ctx, unit.id)) return { read: true, edit: true, setAreas: true, overview: true };
  if (!(await isOneOfUnitsPeople(ctx, unit.id))) return NONE;
  // An area's overview compares its units: that is for its leaders, not for everyone below it.
  const ownUnit = ctx.actor.memberships.some(
    (m) => m.unitId === unit.id && (UNIT_PEOPLE_ROLES as readonly string[]).includes(m.role),
  );
  return { read: true, edit: true, setAreas: false, overview: ownUnit };
}
