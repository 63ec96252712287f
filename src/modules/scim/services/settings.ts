import { and, asc, count, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { notFound } from '../../../server/http/errors.js';
import { requireOrgAdmin } from '../../../server/policy/admin-rights.js';
import { teams, units } from '../../org/schema.js';
import { scimGroupMembers, scimGroups, scimTokens } from '../schema.js';
import { scimBaseUrl } from '../records.js';
import { hashToken, newToken } from '../token.js';
import type { ScimSettings, ScimToken } from '../answers.js';
import type { CreateTokenInput, MapGroupInput } from '../validation.js';
import { grant, revoke } from './grants.js';
import { provisionedCount } from './users.js';

const DAY = 24 * 60 * 60_000;

export async function getScimSettings({ ctx }: { ctx: ServiceContext }): Promise<ScimSettings> {
  requireOrgAdmin(ctx);
  const orgId = ctx.actor.orgId;
  const [token] = await ctx.db.select().from(scimTokens).where(eq(scimTokens.orgId, orgId));
  const groups = await ctx.db
    .select({ group: scimGroups, members: count(scimGroupMembers.personId) })
    .from(scimGroups)
    .leftJoin(
      scimGroupMembers,
      and(eq(scimGroupMembers.orgId, scimGroups.orgId), eq(scimGroupMembers.groupId, scimGroups.id)),
    )
    .where(eq(scimGroups.orgId, orgId))
    .groupBy(scimGroups.id)
    .orderBy(asc(scimGroups.displayName));
  const unitRefs = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(eq(units.orgId, orgId))
    .orderBy(asc(units.name));
  const teamRefs = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(eq(teams.orgId, orgId))
    .orderBy(asc(teams.name));
  return {
    baseUrl: scimBaseUrl(ctx.config),
    token: token
      ? {
          createdAt: token.createdAt.toISOString(),
          expiresAt: token.expiresAt.toISOString(),
          lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
          expired: token.expiresAt <= ctx.now(),
        }
      : null,
    provisioned: await provisionedCount(ctx, orgId),
    groups: groups.map(({ group, members }) => ({
      id: group.id,
      displayName: group.displayName,
      externalId: group.externalId,
      members: Number(members),
      target:
        group.unitId && group.unitRole
          ? { kind: 'unit' as const, unitId: group.unitId, role: group.unitRole }
          : group.teamId
            ? { kind: 'team' as const, teamId: group.teamId }
            : null,
    })),
    units: unitRefs,
    teams: teamRefs,
  };
}

/** Makes the organisation's token, replacing any earlier one at once; the answer is the only time it is shown. */
export async function createScimToken({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateTokenInput;
}): Promise<ScimToken> {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  const token = newToken(actor.orgId);
  const expiresAt = new Date(ctx.now().getTime() + input.validDays * DAY);
  await inTransaction(ctx, async (tx) => {
    const values = {
      tokenHash: hashToken(token),
      expiresAt,
      createdBy: actor.personId,
      lastUsedAt: null,
      createdAt: ctx.now(),
    };
    const [before] = await tx.db
      .select({ orgId: scimTokens.orgId })
      .from(scimTokens)
      .where(eq(scimTokens.orgId, actor.orgId))
      .for('update');
    await tx.db
      .insert(scimTokens)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: scimTokens.orgId, set: values });
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: before ? 'scim.token_rotated' : 'scim.token_created',
        entityType: 'scim_token',
        entityId: actor.orgId,
        details: { validDays: input.validDays },
      },
    );
  });
  return { token, expiresAt: expiresAt.toISOString() };
}

export async function revokeScimToken({ ctx }: { ctx: ServiceContext }): Promise<void> {
  requireOrgAdmin(ctx);
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    const removed = await tx.db
      .delete(scimTokens)
      .where(eq(scimTokens.orgId, actor.orgId))
      .returning({ orgId: scimTokens.orgId });
    if (removed.length === 0) throw notFound('There is no SCIM token');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      { action: 'scim.token_revoked', entityType: 'scim_token', entityId: actor.orgId },
    );
  });
}

/**
 * Maps a group to a unit with a role, to a team, or to nothing. Its members at once lose what
 * the old mapping gave them (only what SCIM gave) and get what the new one gives.
 */
export async function mapScimGroup({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: MapGroupInput & { id: string };
}): Promise<ScimSettings> {
  requireOrgAdmin(ctx);
  const orgId = ctx.actor.orgId;
  await inTransaction(ctx, async (tx) => {
    const [group] = await tx.db
      .select()
      .from(scimGroups)
      .where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.id, input.id)))
      .for('update');
    if (!group) throw notFound('No such group');
    const target = input.target;
    if (target?.kind === 'unit') {
      const [unit] = await tx.db
        .select({ id: units.id })
        .from(units)
        .where(and(eq(units.orgId, orgId), eq(units.id, target.unitId)));
      if (!unit) throw notFound('No such unit');
    }
    if (target?.kind === 'team') {
      const [team] = await tx.db
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.orgId, orgId), eq(teams.id, target.teamId)));
      if (!team) throw notFound('No such team');
    }
    const members = (
      await tx.db
        .select({ id: scimGroupMembers.personId })
        .from(scimGroupMembers)
        .where(and(eq(scimGroupMembers.orgId, orgId), eq(scimGroupMembers.groupId, group.id)))
    ).map((m) => m.id);
    await revoke(tx.db, orgId, group, members);
    const next = {
      unitId: target?.kind === 'unit' ? target.unitId : null,
      unitRole: target?.kind === 'unit' ? target.role : null,
      teamId: target?.kind === 'team' ? target.teamId : null,
    };
    await tx.db
      .update(scimGroups)
      .set({ ...next, updatedAt: ctx.now() })
      .where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.id, group.id)));
    await grant(tx.db, orgId, { id: group.id, ...next }, members);
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'scim.group_mapped',
        entityType: 'scim_group',
        entityId: group.id,
        details: {
          target: target?.kind ?? null,
          targetId: next.unitId ?? next.teamId,
          role: next.unitRole,
          members: members.length,
        },
      },
    );
  });
  return getScimSettings({ ctx });
}
