import { and, asc, eq, lt, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { contentTeamsText } from '../../../server/policy/team-content.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { teams, units } from '../../org/schema.js';
import { leverActions, leverPlans } from '../schema.js';
import { leverPlanLevers } from '../schema.js';
import { people } from '../../org/schema.js';
import { actionColumns, presentAction } from '../records.js';
import type { ListedActionsAnswer } from '../answers.js';
import { localDay } from '../../../shared/time.js';

const planColumns = { planTitle: leverPlans.title, unitName: units.name, teamName: teams.name };

function withPlans(ctx: SignedInContext) {
  return ctx.db
    .select({ ...actionColumns, ...planColumns })
    .from(leverActions)
    .innerJoin(
      leverPlanLevers,
      and(eq(leverPlanLevers.orgId, leverActions.orgId), eq(leverPlanLevers.id, leverActions.planLeverId)),
    )
    .innerJoin(people, and(eq(people.orgId, leverActions.orgId), eq(people.id, leverActions.ownerId)))
    .innerJoin(
      leverPlans,
      and(eq(leverPlans.orgId, leverActions.orgId), eq(leverPlans.id, leverActions.planId)),
    )
    .leftJoin(units, and(eq(units.orgId, leverPlans.orgId), eq(units.id, leverPlans.unitId)))
    .leftJoin(teams, and(eq(teams.orgId, leverPlans.orgId), eq(teams.id, leverPlans.teamId)));
}

type Row = Awaited<ReturnType<ReturnType<typeof withPlans>['execute']>>[number];

const present = (ctx: SignedInContext, rows: Row[], canEdit: (r: Row) => boolean) => {
  const today = localDay(ctx.now());
  return rows.map((r) => ({
    ...presentAction(r, today, ctx.actor.personId, canEdit(r)),
    plan: { id: r.planId, title: r.planTitle, scopeName: r.unitName ?? r.teamName ?? '' },
  }));
};

const ACTIONS_MAX = 200;

/** GET /lever-actions/mine: the actions I own, open ones first by due date, then the done ones. */
export async function myActions({ ctx }: { ctx: SignedInContext }): Promise<ListedActionsAnswer> {
  const rows = (await withPlans(ctx)
    .where(and(eq(leverActions.orgId, ctx.actor.orgId), eq(leverActions.ownerId, ctx.actor.personId)))
    .orderBy(
      sql`case when ${leverActions.status} = 'open' then 0 else 1 end`,
      asc(leverActions.dueDate),
      asc(leverActions.id),
    )
    .limit(ACTIONS_MAX)) as Row[];
  // Editing stays on the plan's page; here the owner follows up.
  return { actions: present(ctx, rows, () => false) };
}

/**
 * GET /lever-actions/overdue: open actions past their date in the plans the actor edits (the
 * units they lead and below, the teams whose content is theirs), and their own.
 */
export async function overdueActions({ ctx }: { ctx: SignedInContext }): Promise<ListedActionsAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  const led = ledSubtreeText.bound(orgId, actor.personId);
  const contentTeams = contentTeamsText.bound(orgId, actor.personId);
  const editable = sql`(${leverPlans.unitId} in (${led}) or ${leverPlans.teamId} in (${contentTeams}))`;
  const rows = (await withPlans(ctx)
    .where(
      and(
        eq(leverActions.orgId, orgId),
        eq(leverActions.status, 'open'),
        lt(leverActions.dueDate, localDay(ctx.now())),
        or(editable, eq(leverActions.ownerId, actor.personId)),
      ),
    )
    .orderBy(asc(leverActions.dueDate), asc(leverActions.id))
    .limit(ACTIONS_MAX)) as Row[];
  const editableIds = new Set(
    rows.length
      ? (
          (await ctx.db.execute(sql`select p.id from lever_plans p
            where p.org_id = ${orgId} and (p.unit_id in (${led}) or p.team_id in (${contentTeams}))`)) as unknown as {
            rows: { id: string }[];
          }
        ).rows.map((r) => r.id)
      : [],
  );
  return { actions: present(ctx, rows, (r) => editableIds.has(r.planId)) };
}
