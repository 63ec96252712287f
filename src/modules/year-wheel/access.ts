import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { isOneOfUnitsPeople } from '../../server/policy/unit-people.js';
import { leadsUnitOrAbove, ledSubtreeText } from '../../server/policy/unit-leadership.js';
import { peoplesUnitsText } from '../../server/policy/unit-people.js';

/*
 * Who may do what with a unit's year-wheel, named on the policy layer's relationships (as forums):
 * - edit: a leader of the unit or of a unit above it (policy/unit-leadership.ts);
 * - read: those leaders and the unit's people (policy/unit-people.ts);
 * - everyone else — HR by role, another unit, another organisation — gets 404.
 */

export interface WheelAccess {
  read: boolean;
  edit: boolean;
}

export async function wheelAccess(ctx: SignedInContext, unitId: string): Promise<WheelAccess> {
  if (await leadsUnitOrAbove(ctx, unitId)) return { read: true, edit: true };
  return { read: await isOneOfUnitsPeople(ctx, unitId), edit: false };
}

/** The access, or 404 when the actor may not even read (or `need` edit and may not). */
export async function requireWheel(ctx: SignedInContext, unitId: string, need: keyof WheelAccess) {
  const access = await wheelAccess(ctx, unitId);
  if (!access[need]) throw notFound('No such unit');
  return access;
}

/** For the calendar feed, where no one is signed in: may this person still read the unit's wheel? */
export async function personMayReadWheel(db: Db, orgId: string, personId: string, unitId: string) {
  const rows =
    (await db.execute(sql`select 1 as ok where ${unitId}::uuid in (${peoplesUnitsText.bound(orgId, personId)})
      or ${unitId}::uuid in (${ledSubtreeText.bound(orgId, personId)})`)) as unknown as { rows: unknown[] };
  return rows.rows.length > 0;
}
