import { and, desc, eq, isNull, like, max, ne, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { auditEvents } from '../../../server/audit/schema.js';
import { READ_ACTION_SUFFIX } from '../../../server/policy/person-access.js';
import { people } from '../schema.js';
import type { AccessLogAnswer } from '../answers.js';
import { TIME_ZONE } from '../../../shared/time.js';

const ACCESS_LOG_LIMIT = 500;

/**
 * Who has read my record: one line per reader, kind of read and Copenhagen day (the latest time
 * and how many times), newest first. Grouped, so a reader who opens one page a thousand times
 * cannot push another reader's single look off the list — as a burst of reads once did to the
 * leader's overview, which is recorded only once a day.
 */
export async function myAccessLog({ ctx }: { ctx: SignedInContext }): Promise<AccessLogAnswer> {
  const { db, actor } = ctx;
  const day = sql<string>`(${auditEvents.at} at time zone ${TIME_ZONE})::date`;
  const latest = max(auditEvents.at);
  const rows = await db
    .select({
      at: latest,
      count: sql<number>`count(*)::int`,
      action: auditEvents.action,
      actorId: auditEvents.actorId,
      actorName: people.name,
    })
    .from(auditEvents)
    .leftJoin(people, and(eq(people.orgId, auditEvents.orgId), eq(people.id, auditEvents.actorId)))
    .where(
      and(
        eq(auditEvents.orgId, actor.orgId),
        eq(auditEvents.subjectPersonId, actor.personId),
        like(auditEvents.action, `%${READ_ACTION_SUFFIX}`),
        or(isNull(auditEvents.actorId), ne(auditEvents.actorId, actor.personId)),
      ),
    )
    .groupBy(auditEvents.actorId, people.name, auditEvents.action, day)
    .orderBy(desc(latest), auditEvents.action)
    .limit(ACCESS_LOG_LIMIT);
  return {
    events: rows.map((r) => ({
      at: new Date(r.at!).toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
      action: r.action,
      count: r.count,
    })),
  };
}
