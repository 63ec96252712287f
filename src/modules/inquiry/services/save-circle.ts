import { and, eq, ne } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid } from '../../../server/http/errors.js';
import { mergeChanges } from '../merge.js';
import { inquiries, inquiryRevisions, type RevisionChanges } from '../schema.js';
import { loadWritableCircle } from '../access.js';
import { circleDetail } from '../records.js';
import type { SaveCircleInput } from '../validation.js';
import type { CircleSaveAnswer } from '../answers.js';

/**
 * PATCH /circles/{id}: merges the saver's field changes into what is stored now (ADR 0004): a
 * field still at the saver's base takes the new text, a field someone else changed meanwhile is
 * returned as a conflict, untouched, beside the fields that were saved — a partly conflicting
 * save is still a save. The row lock makes concurrent saves merge one after another.
 */
export async function saveCircle({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SaveCircleInput & { id: string };
}): Promise<CircleSaveAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { actor } = tx;
    const orgId = actor.orgId;
    const { circle, relation } = await loadWritableCircle(tx, input.id, true);
    if (input.baseVersion > circle.version) {
      throw invalid('The base version is newer than the circle', undefined, [
        { path: 'baseVersion', message: `At most ${circle.version}` },
      ]);
    }
    const doneChanges = input.done.filter((d) => (circle.data.phases[d.phase]?.done ?? false) !== d.done);
    const merged = mergeChanges(circle.data, input.changes, doneChanges);
    const deadlineMoved = input.deadline !== undefined && input.deadline !== circle.deadline;
    const changed = merged.applied.length > 0 || doneChanges.length > 0 || deadlineMoved;
    if (!changed)
      return {
        ...(await circleDetail(tx, circle, relation)),
        saved: [],
        conflicts: merged.conflicts,
        finished: false,
      };

    const learningDone = merged.data.phases.learning?.done ?? false;
    let status = circle.status;
    let finishedAt = circle.finishedAt;
    if (learningDone && status === 'open') {
      status = 'done';
      finishedAt = tx.now();
    } else if (!learningDone && status === 'done') {
      await assertCanReopen(tx, circle);
      status = 'open';
      finishedAt = null;
    }
    const version = circle.version + 1;
    const deadline = deadlineMoved ? (input.deadline ?? null) : circle.deadline;
    const [updated] = await tx.db
      .update(inquiries)
      .set({ data: merged.data, version, status, finishedAt, deadline, updatedAt: tx.now() })
      .where(and(eq(inquiries.orgId, orgId), eq(inquiries.id, circle.id)))
      .returning();
    const changes: RevisionChanges = { fields: merged.applied, done: doneChanges };
    if (deadlineMoved) changes.deadline = { from: circle.deadline, to: deadline };
    await tx.db
      .insert(inquiryRevisions)
      .values({ orgId, inquiryId: circle.id, version, actorId: actor.personId, changes, at: tx.now() });
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'circle.saved',
        entityType: 'inquiry',
        entityId: circle.id,
        subjectPersonId: circle.subjectPersonId,
        details: {
          version,
          relation,
          fields: merged.applied.map((c) => `${c.phase}.${c.field}`),
          done: doneChanges,
          deadlineMoved,
          conflicts: merged.conflicts.map((c) => `${c.phase}.${c.field}`),
          ...(status !== circle.status ? { status } : {}),
        },
      },
    );
    return {
      ...(await circleDetail(tx, updated!, relation)),
      saved: merged.applied.map((c) => ({ phase: c.phase, field: c.field })),
      conflicts: merged.conflicts,
      finished: status === 'done' && circle.status === 'open',
    };
  });
}

/** A finished circle reopens only while no newer circle is open on the same goal. */
async function assertCanReopen(tx: SignedInContext, circle: { id: string; goalId: string | null }) {
  if (!circle.goalId) return;
  const [open] = await tx.db
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(
      and(
        eq(inquiries.orgId, tx.actor.orgId),
        eq(inquiries.goalId, circle.goalId),
        eq(inquiries.status, 'open'),
        ne(inquiries.id, circle.id),
      ),
    )
    .limit(1);
  if (open) throw conflict('Another circle on this goal is open', 'circle_open_exists');
}
