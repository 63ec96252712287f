import { and, eq, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { addDays, localDay } from '../../../shared/time.js';
import { people } from '../../org/schema.js';
import { personMayReadWheel } from '../access.js';
import { wheelEvents } from '../calendar.js';
import { FEED_AHEAD_DAYS, FEED_PAST_DAYS } from '../constants.js';
import { buildFeed } from '../ics-feed.js';
import { loadUnit } from '../records.js';
import { calendarFeeds } from '../schema.js';
import { WHEEL_TEXTS } from '../texts.js';
import { hashToken } from './feeds.js';

/**
 * GET /calendar/{orgId}/{token}.ics, open to anyone holding the address: the unit's wheel as a
 * calendar. A revoked feed, a deactivated person, or one who no longer belongs to or leads the
 * unit gets 404, as does a wrong token.
 */
export async function calendarFeed({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { orgId: string; token: string };
}): Promise<string> {
  const token = input.token.replace(/\.ics$/, '');
  const [feed] = await ctx.db
    .select({ unitId: calendarFeeds.unitId, personId: calendarFeeds.personId, locale: people.locale })
    .from(calendarFeeds)
    .innerJoin(people, and(eq(people.orgId, calendarFeeds.orgId), eq(people.id, calendarFeeds.personId)))
    .where(
      and(
        eq(calendarFeeds.orgId, input.orgId),
        eq(calendarFeeds.tokenHash, hashToken(token)),
        isNull(calendarFeeds.revokedAt),
        eq(people.active, true),
      ),
    );
  if (!feed || !(await personMayReadWheel(ctx.db, input.orgId, feed.personId, feed.unitId)))
    throw notFound('No such calendar');
  const unit = await loadUnit(ctx.db, input.orgId, feed.unitId);
  const today = localDay(ctx.now());
  const events = await wheelEvents(
    ctx.db,
    input.orgId,
    unit.id,
    addDays(today, -FEED_PAST_DAYS),
    addDays(today, FEED_AHEAD_DAYS),
    feed.locale,
  );
  return buildFeed(WHEEL_TEXTS[feed.locale].calendarName(unit.name), events, ctx.now());
}
