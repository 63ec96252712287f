import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { forbidden } from '../../../server/http/errors.js';
import { people, teamMembers } from '../../org/schema.js';
import { presentInquiry } from '../../inquiry/index.js';
import { inquiries } from '../../inquiry/schema.js';
import { teamCadenceView } from '../../conversations/index.js';
import { loadQualityTeam, mayManageRoles } from '../access.js';
import { qualityDataWorks, qualityTeamRoles, qualityWorkItems } from '../schema.js';
import { measureSummaries, presentWorkItem, teamTrials } from '../records.js';
import { assertPeople, placeRole } from './teams.js';
import type { SetRoleInput } from '../validation.js';
import type { QualityTeamAnswer } from '../answers.js';

/** GET /quality/teams/{id}: the team's people in their roles, its rhythm, and all its work. */
export async function getQualityTeam({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<QualityTeamAnswer> {
  const access = await loadQualityTeam(ctx, input.id);
  const { team } = access;
  const orgId = ctx.actor.orgId;
  const roles = await ctx.db
    .select({ id: people.id, name: people.name, role: qualityTeamRoles.role })
    .from(qualityTeamRoles)
    .innerJoin(
      people,
      and(eq(people.orgId, qualityTeamRoles.orgId), eq(people.id, qualityTeamRoles.personId)),
    )
    .where(and(eq(qualityTeamRoles.orgId, orgId), eq(qualityTeamRoles.teamId, team.id)))
    .orderBy(asc(qualityTeamRoles.role), asc(people.name));
  const items = await ctx.db
    .select()
    .from(qualityWorkItems)
    .where(and(eq(qualityWorkItems.orgId, orgId), eq(qualityWorkItems.teamId, team.id)))
    .orderBy(asc(qualityWorkItems.createdAt));
  const trials = await teamTrials(ctx.db, orgId, team.id);
  const works = await ctx.db
    .select({ work: qualityDataWorks, inquiry: inquiries })
    .from(qualityDataWorks)
    .innerJoin(
      inquiries,
      and(eq(inquiries.orgId, qualityDataWorks.orgId), eq(inquiries.id, qualityDataWorks.inquiryId)),
    )
    .where(and(eq(qualityDataWorks.orgId, orgId), eq(qualityDataWorks.teamId, team.id)))
    .orderBy(asc(qualityDataWorks.createdAt));
  return {
    team: {
      id: team.id,
      name: team.name,
      unit: team.unitId ? { id: team.unitId, name: team.unitName ?? '' } : null,
    },
    relation: access.relation,
    myRole: access.role,
    roles: roles.map((r) => ({ person: { id: r.id, name: r.name }, role: r.role })),
    cadence: await teamCadenceView(ctx.db, orgId, team.id, ctx.now()),
    points: items
      .filter((p) => p.level === 'development_point')
      .map((p) => ({
        ...presentWorkItem(p),
        actions: items
          .filter((a) => a.level === 'improvement_action' && a.parentId === p.id)
          .map((a) => ({
            ...presentWorkItem(a),
            trials: trials.filter((t) => t.actionId === a.id).map(({ actionId: _, ...t }) => t),
          })),
      })),
    measures: await measureSummaries(ctx.db, orgId, { teamId: team.id }),
    dataWorks: works.map((w) => {
      const view = presentInquiry(w.inquiry);
      return { id: w.work.id, title: w.work.title, currentPhase: view.currentPhase, progress: view.progress };
    }),
    can: { edit: true, manageRoles: mayManageRoles(access) },
  };
}

/** PUT /quality/teams/{id}/roles: gives a person a role, or (null) takes them off the team. */
export async function setQualityRole({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SetRoleInput & { id: string };
}): Promise<QualityTeamAnswer> {
  await inTransaction(ctx, async (tx) => {
    const access = await loadQualityTeam(tx, input.id);
    if (!mayManageRoles(access)) throw forbidden('Only the team leader and the unit’s leaders change roles');
    const orgId = tx.actor.orgId;
    if (input.role) {
      await assertPeople(tx, [input.personId]);
      await placeRole(tx, access.team.id, input.personId, input.role);
    } else {
      const where = (t: typeof qualityTeamRoles | typeof teamMembers) =>
        and(eq(t.orgId, orgId), eq(t.teamId, access.team.id), eq(t.personId, input.personId));
      await tx.db.delete(qualityTeamRoles).where(where(qualityTeamRoles));
      await tx.db.delete(teamMembers).where(where(teamMembers));
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality_team.role_set',
        entityType: 'team',
        entityId: access.team.id,
        subjectPersonId: input.personId,
        details: { role: input.role },
      },
    );
  });
  return getQualityTeam({ ctx, input: { id: input.id } });
}
