import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { toInstant } from '../../../shared/answers.js';
import { people } from '../../org/schema.js';
import { initiativeRevisions } from '../schema.js';
import { loadReadableInitiative } from '../records.js';
import type { HistoryAnswer } from '../answers.js';

/** GET /initiatives/{id}/history: every saved change and status step, oldest first (field names, not texts). */
export async function initiativeHistory({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<HistoryAnswer> {
  const { row } = await loadReadableInitiative(ctx, input.id);
  const orgId = ctx.actor.orgId;
  const rows = await ctx.db
    .select({
      version: initiativeRevisions.version,
      actorId: initiativeRevisions.actorId,
      actorName: people.name,
      changes: initiativeRevisions.changes,
      at: initiativeRevisions.at,
    })
    .from(initiativeRevisions)
    .leftJoin(
      people,
      and(eq(people.orgId, initiativeRevisions.orgId), eq(people.id, initiativeRevisions.actorId)),
    )
    .where(and(eq(initiativeRevisions.orgId, orgId), eq(initiativeRevisions.initiativeId, row.id)))
    .orderBy(asc(initiativeRevisions.version), asc(initiativeRevisions.at));
  return {
    events: rows.map((r) => ({
      version: r.version,
      actor: r.actorId && r.actorName ? { id: r.actorId, name: r.actorName } : null,
      at: toInstant(r.at),
      fields: r.changes.fields.map((f) => `${f.phase}.${f.field}`),
      title: r.changes.title ?? null,
      status: r.changes.status ?? null,
    })),
  };
}
