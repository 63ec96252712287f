import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { teams, units } from '../../org/schema.js';
import { forumAccess, visibleForumsCondition } from '../policy.js';
import { forums } from '../schema.js';
import { forumQuery, presentForum, type ForumRow } from '../records.js';
import type { ListForumsQuery } from '../validation.js';
import type { ForumListAnswer } from '../answers.js';

/**
 * GET /forums: the forums the actor may read (optionally of one unit), for the three-level overview,
 * with the units they may describe forums for and the teams those units hold.
 */
export async function listForums({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListForumsQuery;
}): Promise<ForumListAnswer> {
  const orgId = ctx.actor.orgId;
  const rows = (await forumQuery(ctx.db)
    .where(
      and(
        eq(forums.orgId, orgId),
        visibleForumsCondition(ctx),
        input.unitId ? eq(forums.unitId, input.unitId) : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(forums.name), asc(forums.id))) as ForumRow[];
  const presented = [];
  for (const f of rows) presented.push(presentForum(f, await forumAccess(ctx, f), ctx.now()));

  const led = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(
      and(eq(units.orgId, orgId), sql`${units.id} in (${ledSubtreeText.bound(orgId, ctx.actor.personId)})`),
    )
    .orderBy(asc(units.name));
  const unitTeams = led.length
    ? await ctx.db
        .select({ id: teams.id, name: teams.name, unitId: teams.unitId })
        .from(teams)
        .where(
          and(
            eq(teams.orgId, orgId),
            inArray(
              teams.unitId,
              led.map((u) => u.id),
            ),
          ),
        )
        .orderBy(asc(teams.name))
    : [];
  return {
    forums: presented,
    manageableUnits: led.map((u) => ({
      ...u,
      teams: unitTeams.filter((t) => t.unitId === u.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}
