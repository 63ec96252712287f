import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { writeAudit } from '../../../server/audit/write.js';
import { memberships, teamMembers } from '../../org/schema.js';
import { scimGrants, scimGroupMembers, scimGroups } from '../schema.js';
import { VIA_SCIM } from './context.js';

/** What a group gives its members: a role in a unit, a place on a team, or (unmapped) nothing. */
export interface GroupTarget {
  id: string;
  unitId: string | null;
  unitRole: 'employee' | 'leader' | null;
  teamId: string | null;
}

function grantKey(group: GroupTarget) {
  if (group.unitId && group.unitRole)
    return { kind: 'unit' as const, targetId: group.unitId, role: group.unitRole };
  if (group.teamId) return { kind: 'team' as const, targetId: group.teamId, role: 'member' };
  return null;
}

/**
 * Gives `personIds` what the group is mapped to. Only what did not exist is recorded as SCIM's
 * grant, so a role HR gave by hand is never taken away by a group later.
 */
export async function grant(db: Db, orgId: string, group: GroupTarget, personIds: string[]) {
  const key = grantKey(group);
  if (!key || personIds.length === 0) return;
  const added =
    key.kind === 'unit'
      ? await db
          .insert(memberships)
          .values(
            personIds.map((personId) => ({
              orgId,
              personId,
              unitId: key.targetId,
              role: key.role as 'employee',
            })),
          )
          .onConflictDoNothing()
          .returning({ personId: memberships.personId })
      : await db
          .insert(teamMembers)
          .values(personIds.map((personId) => ({ orgId, teamId: key.targetId, personId })))
          .onConflictDoNothing()
          .returning({ personId: teamMembers.personId });
  if (added.length === 0) return;
  await db
    .insert(scimGrants)
    .values(added.map(({ personId }) => ({ orgId, personId, ...key })))
    .onConflictDoNothing();
  for (const { personId } of added) await audit(db, orgId, personId, key, 'added');
}

/**
 * Takes back what the group gave `personIds`, unless another group still gives it to them or it
 * was not SCIM's to take (HR gave it by hand).
 */
export async function revoke(db: Db, orgId: string, group: GroupTarget, personIds: string[]) {
  const key = grantKey(group);
  if (!key || personIds.length === 0) return;
  const sameTarget =
    key.kind === 'unit'
      ? and(eq(scimGroups.unitId, key.targetId), eq(scimGroups.unitRole, key.role as 'employee'))
      : eq(scimGroups.teamId, key.targetId);
  const stillGiven = await db
    .select({ personId: scimGroupMembers.personId })
    .from(scimGroupMembers)
    .innerJoin(
      scimGroups,
      and(eq(scimGroups.orgId, scimGroupMembers.orgId), eq(scimGroups.id, scimGroupMembers.groupId)),
    )
    .where(
      and(
        eq(scimGroupMembers.orgId, orgId),
        inArray(scimGroupMembers.personId, personIds),
        ne(scimGroups.id, group.id),
        sameTarget,
      ),
    );
  const keep = new Set(stillGiven.map((r) => r.personId));
  const candidates = personIds.filter((p) => !keep.has(p));
  if (candidates.length === 0) return;
  const taken = await db
    .delete(scimGrants)
    .where(
      and(
        eq(scimGrants.orgId, orgId),
        eq(scimGrants.kind, key.kind),
        eq(scimGrants.targetId, key.targetId),
        eq(scimGrants.role, key.role),
        inArray(scimGrants.personId, candidates),
      ),
    )
    .returning({ personId: scimGrants.personId });
  const ids = taken.map((t) => t.personId);
  if (ids.length === 0) return;
  if (key.kind === 'unit') {
    await db
      .delete(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          eq(memberships.unitId, key.targetId),
          eq(memberships.role, key.role as 'employee'),
          inArray(memberships.personId, ids),
        ),
      );
  } else {
    await db
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.orgId, orgId),
          eq(teamMembers.teamId, key.targetId),
          inArray(teamMembers.personId, ids),
        ),
      );
  }
  for (const personId of ids) await audit(db, orgId, personId, key, 'removed');
}

async function audit(
  db: Db,
  orgId: string,
  personId: string,
  key: NonNullable<ReturnType<typeof grantKey>>,
  change: 'added' | 'removed',
) {
  await writeAudit(
    db,
    { actor: null, orgId },
    key.kind === 'unit'
      ? {
          action: `membership.${change}`,
          entityType: 'membership',
          entityId: key.targetId,
          subjectPersonId: personId,
          details: { ...VIA_SCIM, unitId: key.targetId, role: key.role },
        }
      : {
          action: `team.member_${change}`,
          entityType: 'team',
          entityId: key.targetId,
          subjectPersonId: personId,
          details: VIA_SCIM,
        },
  );
}
