import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../http/context.js';
import { localDay, TIME_ZONE } from '../../shared/time.js';

/**
 * Records that the actor read part of several people's records in one view (a list, a team's
 * page): one 'X.read' row per person, reader, action and kind of view and Copenhagen day, in one
 * statement whatever the number of people — as the leader's overview does in its own statement.
 * Reads of one's own record are not recorded. Run it in the read's transaction when there is one.
 */
export async function auditReadsOncePerDay(
  ctx: SignedInContext,
  entry: {
    action: `${string}.read`;
    entityType: string;
    reads: readonly { subjectPersonId: string; entityId: string }[];
  },
): Promise<void> {
  const { actor, db } = ctx;
  const reads = entry.reads.filter((r) => r.subjectPersonId !== actor.personId);
  if (reads.length === 0) return;
  const today = localDay(ctx.now());
  await db.execute(sql`
    insert into audit_events (org_id, actor_id, action, entity_type, entity_id, subject_person_id)
    select ${actor.orgId}::uuid, ${actor.personId}::uuid, ${entry.action}, ${entry.entityType}, r.entity_id, r.subject
    from (
      select distinct on (subject) subject, entity_id
      from json_to_recordset(${JSON.stringify(reads.map((r) => ({ subject: r.subjectPersonId, entity_id: r.entityId })))}::json)
        as r(subject uuid, entity_id text)
      order by subject, entity_id
    ) r
    -- A lookup in the person's own audit rows of today (audit_org_subject_idx), as the overview's.
    where (
      select 1 from audit_events a
      where a.org_id = ${actor.orgId}::uuid and a.subject_person_id = r.subject
        and a.at >= (${today}::date::timestamp at time zone ${TIME_ZONE})
        and a.actor_id = ${actor.personId}::uuid and a.action = ${entry.action}
        and a.entity_type = ${entry.entityType}
      limit 1) is null`);
}
