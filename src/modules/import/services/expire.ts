import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { imports } from '../schema.js';

/** A preview not applied within this time is dropped: the file holds personal data. */
export const PREVIEW_TTL_MS = 24 * 3600_000;

/** Ends the organisation's previews that have waited too long, and forgets their files. */
export async function expireOldPreviews(db: Db, orgId: string, now: Date) {
  await db
    .update(imports)
    .set({
      status: 'failed',
      failure: 'expired',
      content: null,
      summary: sql`${imports.summary} - 'sample'`,
      finishedAt: now,
    })
    .where(
      and(
        eq(imports.orgId, orgId),
        eq(imports.status, 'previewed'),
        lt(imports.createdAt, new Date(now.getTime() - PREVIEW_TTL_MS)),
      ),
    );
}
