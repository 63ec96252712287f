import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { peoplesUnitsText } from '../../../server/policy/unit-people.js';
import { localDay } from '../../../shared/time.js';
import { units } from '../../org/schema.js';
import { requireWheel } from '../access.js';
import { entryQuery, loadUnit, presentEntry, presentWheelForum, unitForumMeetings } from '../records.js';
import { calendarFeeds } from '../schema.js';
import type { WheelAnswer, WheelUnitsAnswer } from '../answers.js';
import type { WheelQuery } from '../validation.js';

/**
 * GET /units/{id}/year-wheel: one calendar year of the unit's wheel — what is collected and
 * discussed when, and its forums' meeting days by their cadence — for its people and leaders.
 */
export async function getWheel({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: WheelQuery & { id: string };
}): Promise<WheelAnswer> {
  const orgId = ctx.actor.orgId;
  const unit = await loadUnit(ctx.db, orgId, input.id);
  const access = await requireWheel(ctx, unit.id, 'read');
  const year = input.year ?? Number(localDay(ctx.now()).slice(0, 4));
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const entries = await entryQuery(ctx.db, orgId, { unitId: unit.id, from, to });
  const forums = await unitForumMeetings(ctx.db, orgId, unit.id, from, to);
  const [feed] = await ctx.db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.orgId, orgId),
        eq(calendarFeeds.personId, ctx.actor.personId),
        eq(calendarFeeds.unitId, unit.id),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return {
    unit,
    year,
    entries: entries.map(presentEntry),
    forums: forums.map(presentWheelForum),
    feed: feed ? { createdAt: feed.createdAt.toISOString() } : null,
    can: { edit: access.edit },
  };
}

/** GET /year-wheel/units: the units whose wheel the actor sees (their own and above, and those they lead). */
export async function listWheelUnits({ ctx }: { ctx: SignedInContext }): Promise<WheelUnitsAnswer> {
  const { orgId, personId } = ctx.actor;
  const led = sql`${units.id} in (${ledSubtreeText.bound(orgId, personId)})`;
  const rows = await ctx.db
    .select({ id: units.id, name: units.name, edit: sql<boolean>`${led}` })
    .from(units)
    .where(
      and(
        eq(units.orgId, orgId),
        sql`(${led} or ${units.id} in (${peoplesUnitsText.bound(orgId, personId)}))`,
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  return { units: rows.map((r) => ({ id: r.id, name: r.name, edit: Boolean(r.edit) })) };
}
