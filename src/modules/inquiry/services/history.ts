import { and, desc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { people } from '../../org/schema.js';
import { loadReadableCircle } from '../access.js';
import { inquiryRevisions } from '../schema.js';
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
  const orgId = ctx.actor.orgId;
  const { circle, relation } = await loadReadableCircle(ctx, input.id);
  await auditCircleRead(ctx, circle, relation, 'inquiry_history');
  const rows = await ctx.db
    .select({
      version: inquiryRevisions.version,
      at: inquiryRevisions.at,
      actorId: inquiryRevisions.actorId,
      actorName: people.name,
      changes: inquiryRevisions.changes,
    })
    .from(inquiryRevisions)
    .leftJoin(people, and(eq(people.orgId, inquiryRevisions.orgId), eq(people.id, inquiryRevisions.actorId)))
    .where(and(eq(inquiryRevisions.orgId, orgId), eq(inquiryRevisions.inquiryId, circle.id)))
    .orderBy(desc(inquiryRevisions.version));
  return {
    revisions: rows.map((r) => ({
      version: r.version,
      at: new Date(r.at).toISOString(),
      actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
      fields: r.changes.fields.map((f) => ({ phase: f.phase, field: f.field, from: f.from, to: f.to })),
      done: r.changes.done,
      deadline: r.changes.deadline ?? null,
    })),
  };
}
