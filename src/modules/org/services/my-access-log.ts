import { and, desc, eq, isNull, like, ne, or } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { auditEvents } from '../../../server/audit/schema.js';
import { READ_ACTION_SUFFIX } from '../../../server/policy/person-access.js';
import { people } from '../schema.js';
import type { AccessLogAnswer } from '../answers.js';

const ACCESS_LOG_LIMIT = 500;

/** Who has read my record: the latest reads by others, newest first. */
export async function myAccessLog({ ctx }: { ctx: SignedInContext }): Promise<AccessLogAnswer> {
  const { db, actor } = ctx;
  const rows = await db
    .select({ at: auditEvents.at, action: auditEvents.action, actorId: people.id, actorName: people.name })
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
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(ACCESS_LOG_LIMIT);
  return {
    events: rows.map((r) => ({
      at: r.at.toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
      action: r.action,
    })),
  };
}
