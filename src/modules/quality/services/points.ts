import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { invalid, ServiceError } from '../../../server/http/errors.js';
import { localDay } from '../../../shared/time.js';
import { qualityDataPoints } from '../schema.js';
import { loadTeamRow, measureById } from '../records.js';
import type { RecordPointInput } from '../validation.js';
import type { PointAnswer } from '../answers.js';

const fieldError = (path: string, message: string) => invalid(message, undefined, [{ path, message }]);

/**
 * POST /quality/measures/{id}/points: one value. The same entry sent again (its client key) is
 * answered with the point already recorded, never a second one; a value of the wrong kind, out of
 * the measure's range or dated in the future is refused on its field.
 */
export async function recordPoint({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: RecordPointInput & { id: string };
}): Promise<PointAnswer> {
  return inTransaction(ctx, async (tx) => {
    const { row: measure } = await loadTeamRow(tx, measureById(input.id));
    const orgId = tx.actor.orgId;
    const existing = async () =>
      (
        await tx.db
          .select({ id: qualityDataPoints.id, on: qualityDataPoints.on, value: qualityDataPoints.value })
          .from(qualityDataPoints)
          .where(
            and(
              eq(qualityDataPoints.orgId, orgId),
              eq(qualityDataPoints.measureId, measure.id),
              eq(qualityDataPoints.clientKey, input.clientKey),
            ),
          )
      )[0];
    const replay = await existing();
    if (replay) return { point: replay, duplicate: true };

    if (input.on > localDay(tx.now())) throw fieldError('on', 'The date is in the future');
    if (measure.kind === 'count' && !Number.isInteger(input.value))
      throw fieldError('value', 'A count is a whole number');
    if (input.value < measure.minValue || input.value > measure.maxValue)
      throw fieldError('value', `The value must be between ${measure.minValue} and ${measure.maxValue}`);

    const [inserted] = await tx.db
      .insert(qualityDataPoints)
      .values({
        orgId,
        measureId: measure.id,
        on: input.on,
        value: input.value,
        clientKey: input.clientKey,
        recordedBy: tx.actor.personId,
        createdAt: tx.now(),
      })
      .onConflictDoNothing()
      .returning({ id: qualityDataPoints.id, on: qualityDataPoints.on, value: qualityDataPoints.value });
    if (!inserted) {
      // The same entry committed meanwhile (a double tap racing itself), or another for that date.
      const raced = await existing();
      if (raced) return { point: raced, duplicate: true };
      throw new ServiceError('CONFLICT', 'A value is already recorded for this date', 'quality_day_taken', [
        { path: 'on', message: 'A value is already recorded for this date' },
      ]);
    }
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'quality.point_recorded',
        entityType: 'quality_measure',
        entityId: measure.id,
        details: { pointId: inserted.id },
      },
    );
    return { point: inserted, duplicate: false };
  });
}
