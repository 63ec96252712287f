import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { ServiceError } from '../../../server/http/errors.js';
import { signInLimiter } from '../../../server/http/rate-limit.js';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { organisations, people } from '../../org/schema.js';
import { verifyPassword } from '../password.js';
import { clearClient, lockedError, lockRemaining, recordFailure, type Attempt } from '../lockout.js';
import { createSession, type NewSession } from '../session.js';
import type { SignInInput } from '../validation.js';

const invalidCredentials = () =>
  new ServiceError('UNAUTHENTICATED', 'The email address or password is not right', 'invalid_credentials');

/**
 * Signs in with email and password. An address without an account goes through the same steps
 * (the lock check, one argon2 verification, the count), so neither the answer, its headers nor
 * its time tell which addresses have accounts. `device` is the browser's device id for the
 * address (device.ts), when it has one.
 */
export async function signIn({
  ctx,
  input,
  device,
}: {
  ctx: ServiceContext;
  input: SignInInput;
  device: string | null;
}): Promise<NewSession> {
  await signInLimiter.hit(ctx, ctx.ip);
  const now = ctx.now();
  const attempt: Attempt = {
    email: input.email,
    client: device ? { kind: 'device', id: device } : { kind: 'ip', ip: ctx.ip },
  };
  const waitMs = await lockRemaining(ctx.db, ctx.config, attempt, now);
  if (waitMs) throw lockedError(waitMs);

  const candidates = await ctx.db
    .select({ person: people })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(
      and(
        sql`lower(${people.email}) = ${input.email}`,
        input.organisation ? eq(organisations.slug, input.organisation) : undefined,
      ),
    )
    .limit(5);

  // Every candidate's password is checked (an unknown address checks a dummy hash), so the
  // answer for an address in several organisations comes only with a right password.
  const matching: (typeof candidates)[number]['person'][] = [];
  if (candidates.length === 0) await verifyPassword(null, input.password);
  for (const { person } of candidates)
    if (await verifyPassword(person.passwordHash, input.password)) matching.push(person);

  if (matching.length === 0) {
    const lockMs = await inTransaction(ctx, async (tx) => {
      const ms = await recordFailure(tx.db, ctx.config, attempt, now);
      for (const { person } of candidates) {
        await writeAudit(
          tx.db,
          { actor: null, orgId: person.orgId },
          {
            action: 'auth.sign_in_failed',
            entityType: 'person',
            entityId: person.id,
            subjectPersonId: person.id,
            details: { locked: ms > 0 },
          },
        );
      }
      return ms;
    });
    if (lockMs) throw lockedError(lockMs);
    throw invalidCredentials();
  }
  if (candidates.length > 1) {
    // One address in several organisations: the organisation's own sign-in page must be used.
    throw new ServiceError('VALIDATION', 'Use your organisation’s sign-in page', 'organisation_required');
  }
  const person = matching[0]!;
  if (!person.active)
    throw new ServiceError('FORBIDDEN', 'This account has been deactivated', 'account_inactive');

  return inTransaction(ctx, async (tx) => {
    // A guess running beside this one may have locked the address since it was checked.
    const stillLocked = await lockRemaining(tx.db, ctx.config, attempt, now);
    if (stillLocked) throw lockedError(stillLocked);
    await clearClient(tx.db, ctx.config, attempt);
    await tx.db
      .update(people)
      .set({ lastSignInAt: now })
      .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)));
    await writeAudit(
      tx.db,
      { actor: null, orgId: person.orgId },
      {
        action: 'auth.sign_in',
        entityType: 'person',
        entityId: person.id,
        subjectPersonId: person.id,
        details: { method: 'password', remembered: input.remember === true },
      },
    );
    return createSession(tx.db, ctx.config, person, 'password', now, input.remember === true);
  });
}
