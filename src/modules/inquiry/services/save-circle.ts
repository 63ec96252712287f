import { and, eq, ne } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError, conflict, invalid } from '../../../server/http/errors.js';
import { mergeChanges, type FieldConflict } from '../merge.js';
import { inquiries, inquiryRevisions, type RevisionChanges } from '../schema.js';
import { loadWritableCircle } from '../access.js';
import { circleDetail, type CircleDetail } from '../records.js';
import type { SaveCircleInput } from '../validation.js';

/**
 * 409 edit_conflict: someone else saved the same fields since the saver's base. The saver's other
 * changes are saved; the body carries both versions of each collided field and the circle as it
 * now stands, so the person can choose and save again against the new version.
 */
export class EditConflictError extends ServiceError {
  constructor(
    readonly conflicts: FieldConflict[],
    readonly detail: CircleDetail,
    readonly saved: { phase: string; field: string }[],
  ) {
    super('CONFLICT', 'Someone else changed some of the same fields; those were not saved', 'edit_conflict');
  }

  override toBody() {
    const body = super.toBody();
    return {
      ...body,
      conflicts: this.conflicts,
      saved: this.saved,
      circle: this.detail.circle,
      relation: this.detail.relation,
      can: this.detail.can,
    };
  }
}

/**
 * PATCH /circles/{id}: merges the saver's field changes into what is stored now (ADR 0004): a
 * field still at the saver's base takes the new text, a field someone else changed meanwhile is
 * returned as a conflict, untouched. The row lock makes concurrent saves merge one after another.
 */
export async function saveCircle({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: SaveCircleInput & { id: string };
}) {
  const outcome = await inTransaction(ctx, async (tx) => {
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
      return { detail: await circleDetail(tx, circle, relation), conflicts: merged.conflicts, saved: [] };

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
      detail: await circleDetail(tx, updated!, relation),
      conflicts: merged.conflicts,
      saved: merged.applied.map((c) => ({ phase: c.phase, field: c.field })),
      finished: status === 'done' && circle.status === 'open',
    };
  });
  // Thrown after the commit, so the changes that did not collide stay saved.
  if (outcome.conflicts.length > 0)
    throw new EditConflictError(outcome.conflicts, outcome.detail, outcome.saved);
  return { ...outcome.detail, saved: outcome.saved, finished: outcome.finished ?? false };
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
