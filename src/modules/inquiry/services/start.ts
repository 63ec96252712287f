import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { conflict } from '../../../server/http/errors.js';
import { writeAudit } from '../../../server/audit/write.js';
import { nextMeeting } from '../next-meeting.js';
import { FORMS } from '../forms/index.js';
import { emptyData } from '../merge.js';
import { inquiries, inquiryRevisions, type FieldChange } from '../schema.js';
import { localDay } from '../../../shared/time.js';

/** Refuses a second open circle on one goal: the person works on one circle at a time per goal. */
export async function assertNoOpenCircle(db: Db, orgId: string, goalId: string) {
  const [open] = await db
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), eq(inquiries.goalId, goalId), eq(inquiries.status, 'open')))
    .limit(1);
  if (open) throw conflict('The goal already has an open learning circle', 'circle_open_exists');
}

/**
 * Creates a circle for a goal (the caller holds the goal's row lock and checked access), with
 * its first revision, so the history starts at the beginning.
 */
export async function insertCircle(
  tx: SignedInContext,
  goal: { id: string; subjectPersonId: string | null; subjectTeamId: string | null },
  options: { sequence: number; previousId: string | null; prefill: FieldChange[] },
) {
  const { actor } = tx;
  const orgId = actor.orgId;
  await assertNoOpenCircle(tx.db, orgId, goal.id);
  const form = FORMS.learning_circle;
  const data = emptyData(form);
  for (const c of options.prefill) data.phases[c.phase]!.fields[c.field] = c.to;
  const subject = goal.subjectPersonId ? { personId: goal.subjectPersonId } : { teamId: goal.subjectTeamId! };
  const meeting = await nextMeeting(tx.db, orgId, subject, tx.now());
  const deadline = meeting ? localDay(meeting) : null;
  const [created] = await tx.db
    .insert(inquiries)
    .values({
      orgId,
      form: 'learning_circle',
      subjectPersonId: goal.subjectPersonId,
      subjectTeamId: goal.subjectTeamId,
      goalId: goal.id,
      previousId: options.previousId,
      sequence: options.sequence,
      deadline,
      status: 'open',
      data,
      version: 1,
      createdBy: actor.personId,
      createdAt: tx.now(),
      updatedAt: tx.now(),
    })
    .returning();
  await tx.db.insert(inquiryRevisions).values({
    orgId,
    inquiryId: created!.id,
    version: 1,
    actorId: actor.personId,
    changes: { fields: options.prefill, done: [], deadline: { from: null, to: deadline } },
    at: tx.now(),
  });
  await writeAudit(
    tx.db,
    { actor, orgId },
    {
      action: 'circle.created',
      entityType: 'inquiry',
      entityId: created!.id,
      subjectPersonId: goal.subjectPersonId,
      details: { goalId: goal.id, sequence: options.sequence, previousId: options.previousId },
    },
  );
  return created!;
}
