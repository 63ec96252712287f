import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';
import { contentTeamsText } from '../../../server/policy/team-content.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { peoplesUnitsText } from '../../../server/policy/unit-people.js';
import { teams, units } from '../../org/schema.js';
import { leverPlans } from '../schema.js';
import { scopeAccess } from '../access.js';
import { countsByPlan, presentPlanHead } from '../records.js';
import type { ListPlansQuery } from '../validation.js';
import type { PlanListAnswer } from '../answers.js';
import { localDay } from '../../../shared/time.js';

/**
 * GET /lever-plans: the plans the actor may read (one unit's or team's with `unitId`/`teamId`),
 * newest period first with their action counts, and the units and teams they may plan for.
 */
export async function listPlans({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListPlansQuery;
}): Promise<PlanListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const led = ledSubtreeText.bound(orgId, actor.personId);
  const contentTeams = contentTeamsText.bound(orgId, actor.personId);

  let where: SQL | undefined;
  if (input.unitId || input.teamId) {
    const scope = input.unitId ? { unitId: input.unitId } : { teamId: input.teamId! };
    if (!(await scopeAccess(ctx, scope)).read) throw notFound();
    where = input.unitId ? eq(leverPlans.unitId, input.unitId) : eq(leverPlans.teamId, input.teamId!);
  } else {
    const readable: SQL[] = [
      sql`${leverPlans.unitId} in (${peoplesUnitsText.bound(orgId, actor.personId)})`,
      sql`${leverPlans.teamId} in (${contentTeams})`,
    ];
    if (leadsAnyUnit(actor)) readable.push(sql`${leverPlans.unitId} in (${led})`);
    where = or(...readable);
  }

  const found = await db
    .select({
      plan: leverPlans,
      unitName: units.name,
      teamName: teams.name,
      // The same rule as scopeAccess, for a whole list at once.
      canEdit: sql<boolean>`case when ${leverPlans.unitId} is not null then ${leverPlans.unitId} in (${led})
        else ${leverPlans.teamId} in (${contentTeams}) end`,
    })
    .from(leverPlans)
    .leftJoin(units, and(eq(units.orgId, leverPlans.orgId), eq(units.id, leverPlans.unitId)))
    .leftJoin(teams, and(eq(teams.orgId, leverPlans.orgId), eq(teams.id, leverPlans.teamId)))
    .where(and(eq(leverPlans.orgId, orgId), where))
    .orderBy(desc(leverPlans.periodEnd), asc(leverPlans.title), asc(leverPlans.id));

  const counts = await countsByPlan(
    db,
    orgId,
    found.map((f) => f.plan.id),
    localDay(ctx.now()),
  );
  const plans = [];
  for (const f of found) {
    const scope = f.plan.unitId
      ? { type: 'unit' as const, id: f.plan.unitId, name: f.unitName ?? '' }
      : { type: 'team' as const, id: f.plan.teamId!, name: f.teamName ?? '' };
    plans.push({
      ...presentPlanHead(f.plan, scope, { read: true, edit: Boolean(f.canEdit) }),
      counts: counts.get(f.plan.id)!,
    });
  }
  return { plans, scopes: await plannableScopes(ctx) };
}

/** The units the actor leads (and those below) and the teams whose content is theirs: where they may plan. */
export async function plannableScopes(ctx: SignedInContext) {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const leads = leadsAnyUnit(actor);
  const led = ledSubtreeText.bound(orgId, actor.personId);
  const unitRows = leads
    ? await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(and(eq(units.orgId, orgId), sql`${units.id} in (${led})`))
        .orderBy(asc(units.name), asc(units.id))
    : [];
  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(eq(teams.orgId, orgId), sql`${teams.id} in (${contentTeamsText.bound(orgId, actor.personId)})`),
    )
    .orderBy(asc(teams.name), asc(teams.id));
  return { units: unitRows, teams: teamRows };
}
