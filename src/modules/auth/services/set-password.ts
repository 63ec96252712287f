import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import { consumeLink, expireLinks, findUsableLink } from '../links.js';
import { hashPassword } from '../password.js';
import { clearAddress } from '../lockout.js';
import { createSession, destroyPersonSessions, destroySession, type NewSession } from '../session.js';
import type { SetPasswordInput } from '../validation.js';

/**
 * Sets a password from a mailed link and signs the person in. The link is checked before the
 * slow hash (so bad links cost nothing) and consumed inside the transaction (so it works once).
 */
export async function setPasswordFromLink({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SetPasswordInput;
}): Promise<NewSession> {
  await findUsableLink(ctx.db, input.token, ctx.now());
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return inTransaction(ctx, async (tx) => {
    const link = await consumeLink(tx.db, input.token, now);
    const person = link.person;
    await tx.db
      .update(people)
      .set({ passwordHash, lastSignInAt: now, updatedAt: now })
      .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)));
    // The old password is gone, so earlier guesses at it no longer lock anyone out.
    await clearAddress(tx.db, ctx.config, person.email);
    // Other mailed links die with this one, and every earlier session ends: whoever knew the
    // old password is out.
    await expireLinks(tx.db, person, now);
    await destroyPersonSessions(tx.db, person.orgId, person.id);
    // Someone else signed in on this browser (an admin trying an invitation in the demo) is
    // signed out, since the new cookies replace theirs.
    if (ctx.actor) await destroySession(tx.db, ctx.actor);
    await writeAudit(
      tx.db,
      { actor: null, orgId: person.orgId },
      {
        action: 'auth.password_set',
        entityType: 'person',
        entityId: person.id,
        subjectPersonId: person.id,
        details: { tokenId: link.id, kind: link.kind },
      },
    );
    return createSession(tx.db, ctx.config, person, 'password', now);
  });
}
