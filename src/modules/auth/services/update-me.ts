import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import type { UpdateMeInput } from '../validation.js';

/** Saves the signed-in person's own preferences (today: the language mails and screens use). */
export async function updateMe({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: UpdateMeInput;
}): Promise<void> {
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(people)
      .set({ locale: input.locale })
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'person.preferences_updated',
        entityType: 'person',
        entityId: actor.personId,
        subjectPersonId: actor.personId,
        details: { fields: ['locale'] },
      },
    );
  });
}
