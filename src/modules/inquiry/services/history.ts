import type { SignedInContext } from '../../../server/http/context.js';
import { loadReadableCircle } from '../access.js';
import { inquiryHistory } from '../engine.js';
import { auditCircleRead } from './get-circle.js';
import type { CircleHistoryAnswer } from '../answers.js';

/** GET /circles/{id}/history: every save, newest first: who, when, which fields and their values. */
export async function circleHistory({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<CircleHistoryAnswer> {
  const { circle, relation } = await loadReadableCircle(ctx, input.id);
  await auditCircleRead(ctx, circle, relation, 'inquiry_history');
  return { revisions: await inquiryHistory(ctx.db, ctx.actor.orgId, circle.id) };
}
