import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { canCreateTeamIn } from '../../../server/policy/team-access.js';
import { ledUnitsText } from '../../../server/policy/unit-leaders.js';
import { people, teamMembers, teams, units } from '../../org/schema.js';
import { teamCadences } from '../../conversations/schema.js';
import { QUALITY_TEAM_INTERVAL_WEEKS, type QualityRole } from '../constants.js';
import { readableQualityTeams } from '../access.js';
import { qualityTeamRoles } from '../schema.js';
import type { CreateQualityTeamInput } from '../validation.js';
import type { QualityTeamListAnswer } from '../answers.js';
import { sql } from 'drizzle-orm';

/** GET /quality/teams: the quality teams whose work the actor reads, and where they may start one. */
export async function listQualityTeams({ ctx }: { ctx: SignedInContext }): Promise<QualityTeamListAnswer> {
  const { orgId, personId } = ctx.actor;
  const rows = await ctx.db
    .select({
      id: teams.id,
      name: teams.name,
      unitId: teams.unitId,
      unitName: units.name,
      role: qualityTeamRoles.role,
    })
    .from(teams)
    .leftJoin(units, and(eq(units.orgId, teams.orgId), eq(units.id, teams.unitId)))
    .leftJoin(
      qualityTeamRoles,
      and(
        eq(qualityTeamRoles.orgId, teams.orgId),
        eq(qualityTeamRoles.teamId, teams.id),
        eq(qualityTeamRoles.personId, personId),
      ),
    )
    .where(and(eq(teams.orgId, orgId), eq(teams.kind, 'quality'), readableQualityTeams(ctx)))
    .orderBy(asc(teams.name));
  const led = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), sql`${units.id} in (${ledUnitsText.bound(orgId, personId)})`))
    .orderBy(asc(units.name));
  return {
    teams: rows.map((r) => ({
      id: r.id,
      name: r.name,
      unit: r.unitId ? { id: r.unitId, name: r.unitName ?? '' } : null,
      myRole: r.role ?? null,
      relation: r.role ? ('member' as const) : ('leader' as const),
    })),
    units: led,
  };
}

/**
 * POST /quality/teams: a team of kind "quality" in a unit the actor leads (or an admin), with its
 * people in their roles — each also on the team, so the team's conversations include them — and
 * the monthly rhythm of its meetings as the team conversations' cadence.
 */
export async function createQualityTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CreateQualityTeamInput;
}): Promise<{ id: string }> {
  return inTransaction(ctx, async (tx) => {
    const orgId = tx.actor.orgId;
    const [unit] = await tx.db
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.orgId, orgId), eq(units.id, input.unitId)));
    if (!unit || !(await canCreateTeamIn(tx, unit.id))) throw notFound('No such unit');
    await assertPeople(
      tx,
      input.roles.map((r) => r.personId),
    );
    const [team] = await tx.db
      .insert(teams)
      .values({ orgId, unitId: unit.id, name: input.name, kind: 'quality' })
      .returning({ id: teams.id });
    const teamId = team!.id;
    for (const r of input.roles) await placeRole(tx, teamId, r.personId, r.role);
    await tx.db.insert(teamCadences).values({ orgId, teamId, intervalWeeks: QUALITY_TEAM_INTERVAL_WEEKS });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality_team.created',
        entityType: 'team',
        entityId: teamId,
        details: { unitId: unit.id, roles: input.roles.map((r) => r.role) },
      },
    );
    return { id: teamId };
  });
}

/** Every person named must be an active person of the organisation; else a 400 on the field. */
export async function assertPeople(tx: SignedInContext, ids: string[]) {
  const found = await tx.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, tx.actor.orgId), inArray(people.id, ids), eq(people.active, true)));
  const missing = ids.findIndex((id) => !found.some((f) => f.id === id));
  if (missing >= 0)
    throw invalid('No such person', undefined, [
      { path: `roles.${missing}.personId`, message: 'No such person' },
    ]);
}

/** Gives the person the role (replacing another) and puts them on the team. */
export async function placeRole(tx: SignedInContext, teamId: string, personId: string, role: QualityRole) {
  const orgId = tx.actor.orgId;
  await tx.db
    .insert(qualityTeamRoles)
    .values({ orgId, teamId, personId, role })
    .onConflictDoUpdate({
      target: [qualityTeamRoles.orgId, qualityTeamRoles.teamId, qualityTeamRoles.personId],
      set: { role },
    });
  await tx.db.insert(teamMembers).values({ orgId, teamId, personId }).onConflictDoNothing();
}
