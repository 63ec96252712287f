import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { isTaskReviewer } from '../../../server/policy/task-reviewers.js';
import { invalid, notFound, ServiceError } from '../../../server/http/errors.js';
import { licenceDefinitions, licences, practiceReviews } from '../schema.js';
import { definitionAccess, reviewRelation } from '../access.js';
import {
  loadDefinition,
  loadDefinitionFor,
  personRef,
  unitPeople,
  unitRef,
  type ReviewRow,
} from '../records.js';
import { sendReviewInvitation } from '../invitation.js';
import { addMonths } from '../constants.js';
import { toInstant } from '../../../shared/answers.js';
import { localDay } from '../../../shared/time.js';
import type { DecideReviewInput, PlanReviewInput } from '../validation.js';
import type { ReviewAnswer } from '../answers.js';

const notReviewer = (unitName: string) =>
  new ServiceError(
    'FORBIDDEN',
    `Only a resource person or a leader for ${unitName} may hold practice reviews and certify this task`,
    'not_task_reviewer',
  );

/** POST /licence-definitions/{id}/reviews: a reviewer for the task's unit plans a practice review. */
export async function planReview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: PlanReviewInput & { id: string };
}): Promise<ReviewAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { definition, access } = await loadDefinitionFor(tx, input.id);
    const unit = await unitRef(tx.db, orgId, definition.unitId);
    if (!access.review) throw notReviewer(unit.name);
    const reviewerId = input.reviewerId ?? ctx.actor.personId;
    if (
      reviewerId !== ctx.actor.personId &&
      !(await isTaskReviewer(tx.db, orgId, definition.unitId, reviewerId))
    )
      throw invalid('The reviewer must be a resource person or leader for the unit', 'not_task_reviewer', [
        { path: 'reviewerId', message: 'Not a reviewer for this unit' },
      ]);
    if (input.personId === reviewerId)
      throw invalid('Someone else must review the person', undefined, [
        { path: 'personId', message: 'Someone else must review the person' },
      ]);
    const candidates = await unitPeople(tx.db, orgId, definition.unitId);
    if (!candidates.some((p) => p.id === input.personId))
      throw invalid('The person must belong to the unit', 'licence_person_outside', [
        { path: 'personId', message: 'The person must belong to the unit' },
      ]);
    const [created] = await tx.db
      .insert(practiceReviews)
      .values({
        orgId,
        definitionId: definition.id,
        personId: input.personId,
        reviewerId,
        startsAt: new Date(input.startsAt),
        focus: input.focus,
        calendarUid: `${randomUUID()}@mup`,
      })
      .returning();
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'practice_review.planned',
        entityType: 'practice_review',
        entityId: created!.id,
        subjectPersonId: input.personId,
        details: { definitionId: definition.id, reviewerId },
      },
    );
    await sendReviewInvitation(tx, { review: created!, task: definition.task });
    return { review: await presentReview(tx, created!, false) };
  });
}

async function loadReviewFor(ctx: SignedInContext, id: string) {
  const [review] = await ctx.db
    .select()
    .from(practiceReviews)
    .where(and(eq(practiceReviews.orgId, ctx.actor.orgId), eq(practiceReviews.id, id)));
  if (!review) throw notFound('No such practice review');
  const relation = await reviewRelation(ctx, review);
  if (!relation) throw notFound('No such practice review');
  return { review, relation };
}

/** GET /practice-reviews/{id}: the review's notes, for the person, the reviewer and the person's nearest leader. */
export async function getReview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<ReviewAnswer> {
  const { review, relation } = await loadReviewFor(ctx, input.id);
  await auditRecordRead(ctx, {
    action: 'practice_review.read',
    subjectPersonId: review.personId,
    entityType: 'practice_review',
    entityId: review.id,
  });
  const access = await definitionAccess(
    ctx,
    (await loadDefinition(ctx.db, ctx.actor.orgId, review.definitionId))!.unitId,
  );
  return { review: await presentReview(ctx, review, relation !== 'self' && access.review) };
}

/**
 * POST /practice-reviews/{id}/decision: what was observed, and the licence at a level or "not yet".
 * A granted review issues the person's one licence for the task, or renews it; two reviewers
 * certifying the same person at once end in one licence, the second told so (licence_exists).
 */
export async function decideReview({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: DecideReviewInput & { id: string };
}): Promise<ReviewAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { review, relation } = await loadReviewFor(tx, input.id);
    const definition = (await loadDefinition(tx.db, orgId, review.definitionId))!;
    const access = await definitionAccess(tx, definition.unitId);
    if (relation === 'self' || !access.review)
      throw notReviewer((await unitRef(tx.db, orgId, definition.unitId)).name);
    if (review.decision !== null)
      throw new ServiceError('CONFLICT', 'The review has already been decided', 'review_decided');
    const issuedOn = input.issuedOn ?? localDay(tx.now());
    const expiresOn =
      input.expiresOn !== undefined
        ? input.expiresOn
        : definition.validityMonths
          ? addMonths(issuedOn, definition.validityMonths)
          : null;
    if (expiresOn !== null && expiresOn < issuedOn)
      throw invalid('The licence cannot expire before it is issued', undefined, [
        { path: 'expiresOn', message: 'The licence cannot expire before it is issued' },
      ]);
    const [decided] = await tx.db
      .update(practiceReviews)
      .set({
        observed: input.observed,
        decision: input.decision,
        level: input.decision === 'granted' ? input.level! : null,
        reason: input.reason,
        nextSteps: input.nextSteps ?? null,
        decidedAt: tx.now(),
      })
      .where(and(eq(practiceReviews.orgId, orgId), eq(practiceReviews.id, review.id)))
      .returning();
    let licenceId: string | null = null;
    if (input.decision === 'granted') {
      const values = { level: input.level!, issuedOn, expiresOn, reviewId: review.id, updatedAt: tx.now() };
      const [existing] = await tx.db
        .select({ id: licences.id })
        .from(licences)
        .where(
          and(
            eq(licences.orgId, orgId),
            eq(licences.definitionId, definition.id),
            eq(licences.personId, review.personId),
          ),
        );
      if (existing) {
        await tx.db
          .update(licences)
          .set(values)
          .where(and(eq(licences.orgId, orgId), eq(licences.id, existing.id)));
        licenceId = existing.id;
      } else {
        // The unique index decides between two certifications at once: the later one inserts nothing.
        const [inserted] = await tx.db
          .insert(licences)
          .values({ orgId, definitionId: definition.id, personId: review.personId, ...values })
          .onConflictDoNothing()
          .returning({ id: licences.id });
        if (!inserted)
          throw new ServiceError(
            'CONFLICT',
            'The person was certified for this task by someone else at the same moment. Open the licence board to see it.',
            'licence_exists',
          );
        licenceId = inserted.id;
      }
    }
    await writeAudit(
      tx.db,
      { actor: ctx.actor, orgId },
      {
        action: 'practice_review.decided',
        entityType: 'practice_review',
        entityId: review.id,
        subjectPersonId: review.personId,
        details: { decision: input.decision, level: decided!.level, licenceId },
      },
    );
    return { review: await presentReview(tx, decided!, true) };
  });
}

async function presentReview(
  ctx: SignedInContext,
  review: ReviewRow,
  mayDecide: boolean,
): Promise<ReviewAnswer['review']> {
  const orgId = ctx.actor.orgId;
  const [definition] = await ctx.db
    .select()
    .from(licenceDefinitions)
    .where(and(eq(licenceDefinitions.orgId, orgId), eq(licenceDefinitions.id, review.definitionId)));
  const [licence] = await ctx.db
    .select()
    .from(licences)
    .where(and(eq(licences.orgId, orgId), eq(licences.reviewId, review.id)));
  const person = await personRef(ctx.db, orgId, review.personId);
  const reviewer = await personRef(ctx.db, orgId, review.reviewerId);
  return {
    id: review.id,
    definition: {
      id: definition!.id,
      task: definition!.task,
      unit: await unitRef(ctx.db, orgId, definition!.unitId),
      meanings: { C: definition!.meaningC, B: definition!.meaningB, A: definition!.meaningA },
    },
    person: person!,
    reviewer: reviewer!,
    startsAt: toInstant(review.startsAt),
    focus: review.focus,
    observed: review.observed,
    decision: review.decision,
    level: review.level,
    reason: review.reason,
    nextSteps: review.nextSteps,
    decidedAt: review.decidedAt ? toInstant(review.decidedAt) : null,
    licence: licence
      ? {
          id: licence.id,
          level: licence.level,
          issuedOn: String(licence.issuedOn),
          expiresOn: licence.expiresOn ? String(licence.expiresOn) : null,
        }
      : null,
    can: { decide: mayDecide && review.decision === null },
  };
}
