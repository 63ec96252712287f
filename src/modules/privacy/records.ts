import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { toInstant } from '../../shared/answers.js';
import { RETENTION_DEFAULTS } from './constants.js';
import { retentionPolicies } from './schema.js';
import type { RetentionAnswer } from './answers.js';

type PolicyRow = typeof retentionPolicies.$inferSelect;

export const present = (row: PolicyRow | undefined): RetentionAnswer => ({
  enabled: row?.enabled ?? false,
  periods: row
    ? {
        departedRecordDays: row.departedRecordDays,
        auditDays: row.auditDays,
        mailDays: row.mailDays,
        surveyResponseDays: row.surveyResponseDays,
      }
    : { ...RETENTION_DEFAULTS },
  defaults: { ...RETENTION_DEFAULTS },
  previewedAt: toInstant(row?.previewedAt ?? null),
  updatedAt: toInstant(row?.updatedAt ?? null),
  lastRunAt: toInstant(row?.lastRunAt ?? null),
  version: row?.version ?? 1,
});

/** The organisation's rules, or the defaults (off) when it never saved any. */
export async function loadRetention(db: Db, orgId: string, forUpdate = false): Promise<RetentionAnswer> {
  const query = db.select().from(retentionPolicies).where(eq(retentionPolicies.orgId, orgId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return present(row);
}
