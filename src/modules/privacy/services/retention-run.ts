import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import { writeAudit } from '../../../server/audit/write.js';
import type { Actor } from '../../../server/policy/actor.js';
import { countOf } from '../../../server/privacy/sources.js';
import { retentionPolicies } from '../schema.js';
import type { RetentionRunAnswer } from '../answers.js';
import type { RetentionPeriodsInput } from '../validation.js';
import { erasePersonIn } from './erase.js';

const DAY_MS = 24 * 60 * 60_000;

/** Thrown inside a preview's transaction so that everything it did is rolled back. */
class PreviewRollback extends Error {
  constructor(readonly answer: RetentionRunAnswer) {
    super('preview');
  }
}

/**
 * Applies an organisation's retention periods at `now` inside the caller's transaction: departed
 * people whose deactivation is older than their period are erased (as an admin's erasure would),
 * then old audit rows, mail and survey answers are deleted; one audit row, written last, says how
 * many of each went — counts, never content.
 */
export async function applyRetentionIn(
  db: Db,
  config: Config,
  orgId: string,
  periods: RetentionPeriodsInput,
  now: Date,
  actor: Actor | null,
): Promise<RetentionRunAnswer> {
  const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const cutoffs = {
    departedRecordDays: cutoff(periods.departedRecordDays).toISOString(),
    auditDays: cutoff(periods.auditDays).toISOString(),
    mailDays: cutoff(periods.mailDays).toISOString(),
    surveyResponseDays: cutoff(periods.surveyResponseDays).toISOString(),
  };
  const departed = (
    (await db.execute(sql`
      select p.id from people p
      where p.org_id = ${orgId} and not p.active and p.deactivated_at < ${cutoffs.departedRecordDays}::timestamptz
        and not exists (select 1 from erasures e where e.org_id = p.org_id and e.person_id = p.id)
      order by p.id`)) as unknown as { rows: { id: string }[] }
  ).rows;
  for (const { id } of departed) {
    await erasePersonIn(db, config, { orgId, personId: id, actor, reason: 'retention' }, now);
  }
  const removed = {
    departedPeople: departed.length,
    auditRows: await countOf(
      db,
      sql`delete from audit_events where org_id = ${orgId} and at < ${cutoffs.auditDays}::timestamptz returning 1`,
    ),
    mails: await countOf(
      db,
      sql`delete from mail_outbox where org_id = ${orgId} and created_at < ${cutoffs.mailDays}::timestamptz returning 1`,
    ),
    surveyResponses: await countOf(
      db,
      sql`delete from survey_responses r using survey_rounds sr
        where r.org_id = ${orgId} and sr.org_id = r.org_id and sr.id = r.round_id
          and coalesce(sr.closed_at, sr.closes_at) < ${cutoffs.surveyResponseDays}::timestamptz
        returning 1`,
    ),
  };
  await writeAudit(
    db,
    { actor, orgId },
    { action: 'retention.applied', entityType: 'retention', entityId: orgId, details: { removed } },
  );
  return { applied: true, removed, cutoffs };
}

/**
 * What the periods would remove at `now`, computed by applying them in a transaction that is
 * then rolled back, so the preview and the run cannot disagree. Marks the rules as previewed.
 */
export async function previewRetention(
  db: Db,
  config: Config,
  orgId: string,
  periods: RetentionPeriodsInput,
  now: Date,
  actor: Actor | null,
): Promise<RetentionRunAnswer> {
  try {
    await db.transaction(async (transaction) => {
      const answer = await applyRetentionIn(transaction as unknown as Db, config, orgId, periods, now, actor);
      throw new PreviewRollback(answer);
    });
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
    await db.update(retentionPolicies).set({ previewedAt: now }).where(eq(retentionPolicies.orgId, orgId));
    return { ...err.answer, applied: false };
  }
  throw new Error('unreachable');
}
