import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, invalid, notFound } from '../../../server/http/errors.js';
import { people } from '../../org/schema.js';
import { inquiryCollaborators } from '../schema.js';
import { loadOwnCircle } from '../access.js';
import { listCollaborators } from '../records.js';
import type { CollaboratorInput } from '../validation.js';
import type { CollaboratorsAnswer } from '../answers.js';

// The owner invites a colleague to work on one circle: the colleague then reads and edits that
// circle and nothing else of the owner's record (access.ts circleRelation).

export async function addCollaborator({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CollaboratorInput & { id: string };
}): Promise<CollaboratorsAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { circle } = await loadOwnCircle(tx, input.id);
    if (input.personId === actor.personId) {
      throw invalid('Invite someone else', undefined, [{ path: 'personId', message: 'That is you' }]);
    }
    const [person] = await tx.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, input.personId), eq(people.active, true)));
    if (!person) throw notFound('No such person');
    const inserted = await tx.db
      .insert(inquiryCollaborators)
      .values({ orgId, inquiryId: circle.id, personId: person.id, createdAt: tx.now() })
      .onConflictDoNothing()
      .returning({ id: inquiryCollaborators.id });
    if (inserted.length === 0)
      throw conflict('The person is already working on the circle', 'collaborator_exists');
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'circle.collaborator_added',
        entityType: 'inquiry',
        entityId: circle.id,
        subjectPersonId: circle.subjectPersonId,
        details: { personId: person.id },
      },
    );
    return { collaborators: await listCollaborators(tx.db, orgId, circle.id) };
  });
}

export async function removeCollaborator({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string; personId: string };
}): Promise<CollaboratorsAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const { circle } = await loadOwnCircle(tx, input.id);
    const removed = await tx.db
      .delete(inquiryCollaborators)
      .where(
        and(
          eq(inquiryCollaborators.orgId, orgId),
          eq(inquiryCollaborators.inquiryId, circle.id),
          eq(inquiryCollaborators.personId, input.personId),
        ),
      )
      .returning({ id: inquiryCollaborators.id });
    if (removed.length === 0) throw notFound('The person is not working on the circle');
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'circle.collaborator_removed',
        entityType: 'inquiry',
        entityId: circle.id,
        subjectPersonId: circle.subjectPersonId,
        details: { personId: input.personId },
      },
    );
    return { collaborators: await listCollaborators(tx.db, orgId, circle.id) };
  });
}
