import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { teamContentPeopleText, teamRelation } from '../../server/policy/team-content.js';
import { leadersAtOrAboveText, leadsUnitOrAbove } from '../../server/policy/unit-leadership.js';
import { isOneOfUnitsPeople, unitPeopleText } from '../../server/policy/unit-people.js';
import { units } from '../org/schema.js';

/*
 * Who may read and edit a lever plan (issue 4 contract), named on the policy layer's
 * relationships. A unit's plan: read by the unit's people (policy/unit-people.ts) and by the
 * leaders of the unit or a unit above it, who edit it (policy/unit-leadership.ts). A team's plan is
 * team content (policy/team-content.ts): those it belongs to read and edit it. HR and admins get
 * nothing from their role: configuration, not content. Everyone else: 404 (the caller throws).
 */

export type PlanScope = { unitId: string; teamId?: null } | { teamId: string; unitId?: null };
export interface PlanAccess {
  read: boolean;
  edit: boolean;
}

const NONE: PlanAccess = { read: false, edit: false };

export async function scopeAccess(ctx: SignedInContext, scope: PlanScope): Promise<PlanAccess> {
  const { db, actor } = ctx;
  if (scope.unitId) {
    const [unit] = await db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, actor.orgId), eq(units.id, scope.unitId)));
    if (!unit) return NONE;
    if (await leadsUnitOrAbove(ctx, unit.id)) return { read: true, edit: true };
    return (await isOneOfUnitsPeople(ctx, unit.id)) ? { read: true, edit: false } : NONE;
  }
  return (await teamRelation(ctx, scope.teamId!)) ? { read: true, edit: true } : NONE;
}

/** The people who may own an action in a plan: those who may read it, active ones by name. */
export async function possibleOwners(
  db: Db,
  orgId: string,
  scope: PlanScope,
): Promise<{ id: string; name: string }[]> {
  const ids = scope.unitId
    ? sql`${unitPeopleText.bound(orgId, scope.unitId)} union ${leadersAtOrAboveText.bound(orgId, scope.unitId)}`
    : teamContentPeopleText.bound(orgId, scope.teamId!);
  const result = (await db.execute(sql`select p.id, p.name from people p
    where p.org_id = ${orgId} and p.active and p.id in (${ids}) order by p.name, p.id`)) as unknown as {
    rows: { id: string; name: string }[];
  };
  return result.rows;
}
