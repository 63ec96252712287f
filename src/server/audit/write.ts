import type { Db } from '../db/client.js';
import type { ServiceContext } from '../http/context.js';
import { auditEvents } from './schema.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Whose personal record this touches; the person can later see the event. */
  subjectPersonId?: string | null;
  /** Ids and field names only — never personal content. */
  details?: Record<string, unknown>;
}

/** Writes an audit row. Call it with the transaction that makes the change. */
export async function writeAudit(
  db: Db,
  ctx: Pick<ServiceContext, 'actor'> & { orgId: string },
  entry: AuditEntry,
) {
  await db.insert(auditEvents).values({
    orgId: ctx.orgId,
    actorId: ctx.actor?.personId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    subjectPersonId: entry.subjectPersonId ?? null,
    details: entry.details ?? null,
  });
}
