import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict } from '../../../server/http/errors.js';
import {
  assertTeamContent,
  contentTeamsText,
  type TeamRelation,
} from '../../../server/policy/team-content.js';
import { teams, units } from '../../org/schema.js';
import { surveyRounds } from '../../surveys/schema.js';
import { presentRound, roundResults, summarise } from '../survey/results.js';
import { itemsAcross } from '../survey/items.js';
import { insertRound, sealDueRounds, thresholdOf } from '../../surveys/index.js';
import type { OpenRoundInput } from '../validation.js';
import type { CheckOpenedAnswer, CheckTeamsAnswer, TeamChecks } from '../answers.js';

/** A team's safety checks, newest first, with results under the same threshold as meeting evaluations. */
export async function teamChecks(
  ctx: SignedInContext,
  team: { id: string; name: string },
  relation: TeamRelation,
): Promise<TeamChecks> {
  const orgId = ctx.actor.orgId;
  const load = () =>
    ctx.db
      .select()
      .from(surveyRounds)
      .where(
        and(
          eq(surveyRounds.orgId, orgId),
          eq(surveyRounds.teamId, team.id),
          eq(surveyRounds.instrument, 'safety'),
        ),
      )
      .orderBy(
        sql`${surveyRounds.closedAt} desc nulls first`,
        desc(surveyRounds.closesAt),
        desc(surveyRounds.id),
      );
  let rounds = await load();
  if (await sealDueRounds(ctx, orgId, rounds)) rounds = await load();
  const threshold = await thresholdOf(ctx.db, orgId);
  const { questions, scale } = await itemsAcross(ctx.db, orgId, 'safety', rounds);
  const items = questions.map((q) => q.key);
  const results = await roundResults(ctx.db, orgId, rounds, threshold, ctx.now(), items);
  const checks = rounds.map((r) => ({ ...presentRound(r, results.get(r.id)!), openedOn: r.openedOn }));
  return {
    team: { id: team.id, name: team.name },
    items,
    questions,
    scale,
    threshold,
    checks,
    summary: summarise(checks, items.length),
    can: { open: !checks.some((c) => !c.closed), relation },
  };
}

/** GET /teams/{id}/safety-checks: team content (policy/team-content.ts). */
export async function getTeamChecks({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<TeamChecks> {
  const { team, relation } = await assertTeamContent(ctx, input.id);
  return teamChecks(ctx, team, relation);
}

/** POST /teams/{id}/safety-checks: a member or leader opens a check; one open check per team at a time. */
export async function openSafetyCheck({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: OpenRoundInput & { id: string };
}): Promise<CheckOpenedAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { team, relation } = await assertTeamContent(tx, input.id);
    const current = await teamChecks(tx, team, relation);
    if (!current.can.open) throw conflict('The team already has an open check');
    const round = await insertRound(tx, { instrument: 'safety', teamId: team.id, days: input.days });
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'survey.opened',
        entityType: 'survey_round',
        entityId: round.id,
        details: { teamId: team.id, days: input.days },
      },
    );
    return { check: { id: round.id, code: round.code, closesAt: new Date(round.closesAt).toISOString() } };
  });
}

/** GET /safety-checks/teams: the teams whose safety checks the actor may open and read. */
export async function listCheckTeams({ ctx }: { ctx: SignedInContext }): Promise<CheckTeamsAnswer> {
  const { orgId, personId } = ctx.actor;
  const rows = await ctx.db
    .select({ id: teams.id, name: teams.name, unitName: units.name })
    .from(teams)
    .leftJoin(units, and(eq(units.orgId, teams.orgId), eq(units.id, teams.unitId)))
    .where(and(eq(teams.orgId, orgId), sql`${teams.id} in (${contentTeamsText.bound(orgId, personId)})`))
    .orderBy(asc(teams.name), asc(teams.id));
  return { teams: rows };
}
