import { and, eq, ne } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { invalid, notFound } from '../../../server/http/errors.js';
import { passwordChangeLimiter } from '../../../server/http/rate-limit.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import { expireLinks } from '../links.js';
import { clearAddress } from '../lockout.js';
import { hashPassword, verifyPassword } from '../password.js';
import { sessions } from '../schema.js';
import type { ChangePasswordInput } from '../validation.js';

/** Changes the signed-in person's password and ends their other sessions; this one stays. */
export async function changePassword({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ChangePasswordInput;
}): Promise<void> {
  const { actor } = ctx;
  await passwordChangeLimiter.hit(ctx, actor.personId);
  const [person] = await ctx.db
    .select({ passwordHash: people.passwordHash, email: people.email })
    .from(people)
    .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
  if (!person) throw notFound();
  if (!(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw invalid('The current password is not right', 'wrong_password', [
      { path: 'currentPassword', message: 'The current password is not right' },
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .update(people)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
    await clearAddress(tx.db, ctx.config, person.email);
    await tx.db
      .delete(sessions)
      .where(
        and(
          eq(sessions.orgId, actor.orgId),
          eq(sessions.personId, actor.personId),
          ne(sessions.id, actor.sessionId),
        ),
      );
    await expireLinks(tx.db, { id: actor.personId, orgId: actor.orgId }, now, 'reset');
    await writeAudit(
      tx.db,
      { actor, orgId: actor.orgId },
      {
        action: 'auth.password_changed',
        entityType: 'person',
        entityId: actor.personId,
        subjectPersonId: actor.personId,
      },
    );
  });
}
