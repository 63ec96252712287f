import { eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { surveySettings } from '../schema.js';

/** Results show from this many respondents unless the organisation sets another number (never below the floor). */
export const DEFAULT_THRESHOLD = 5;
export const THRESHOLD_FLOOR = 3;
export const THRESHOLD_CEILING = 50;
/**
 * Free-text comments need more respondents than scores: a comment's wording, unlike a score, can
 * tell who wrote it. The default sits well above the score threshold, and never below it.
 */
export const DEFAULT_COMMENT_THRESHOLD = 10;

export interface Thresholds {
  threshold: number;
  commentThreshold: number;
  version: number;
}

/** The organisation's thresholds; the floors hold even if a row were ever written below them. */
export async function thresholdsOf(db: Db, orgId: string): Promise<Thresholds> {
  const [row] = await db.select().from(surveySettings).where(eq(surveySettings.orgId, orgId));
  const threshold = Math.max(row?.threshold ?? DEFAULT_THRESHOLD, THRESHOLD_FLOOR);
  const commentThreshold = Math.max(row?.commentThreshold ?? DEFAULT_COMMENT_THRESHOLD, threshold);
  return { threshold, commentThreshold, version: row?.version ?? 0 };
}

/** The organisation's threshold for scores. */
export async function thresholdOf(db: Db, orgId: string): Promise<number> {
  return (await thresholdsOf(db, orgId)).threshold;
}
