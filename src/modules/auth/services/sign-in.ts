import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../server/http/context.js';
import { ServiceError } from '../../../server/http/errors.js';
import { signInLimiter } from '../../../server/http/rate-limit.js';
import { writeAudit } from '../../../server/audit/write.js';
import { inTransaction } from '../../../server/db/tx.js';
import { organisations, people } from '../../org/schema.js';
import { verifyPassword } from '../password.js';
import { createSession, type NewSession } from '../session.js';
import type { SignInInput } from '../validation.js';

/** Failed attempts allowed before the account is locked; each further failure doubles the lock. */
export const MAX_FAILED_SIGN_INS = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;

export function lockDuration(failures: number): number {
  if (failures < MAX_FAILED_SIGN_INS) return 0;
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - MAX_FAILED_SIGN_INS));
}

const invalidCredentials = () =>
  new ServiceError('UNAUTHENTICATED', 'The email address or password is not right', 'invalid_credentials');

const locked = (ms: number) =>
  new ServiceError(
    'LOCKED',
    `Too many failed attempts; try again in ${Math.ceil(ms / 60_000)} minute(s)`,
    'account_locked',
    undefined,
    Math.ceil(ms / 1000),
  );

export async function signIn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SignInInput;
}): Promise<NewSession> {
  signInLimiter.hit(ctx.ip);
  const now = ctx.now();
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

  if (candidates.length === 0) {
    await verifyPassword(null, input.password);
    throw invalidCredentials();
  }
  if (candidates.length > 1) {
    // One address in several organisations: the organisation's own sign-in page must be used.
    throw new ServiceError('VALIDATION', 'Use your organisation’s sign-in page', 'organisation_required');
  }
  const { person } = candidates[0]!;
  if (person.lockedUntil && person.lockedUntil > now)
    throw locked(person.lockedUntil.getTime() - now.getTime());

  const ok = await verifyPassword(person.passwordHash, input.password);
  const auditCtx = { actor: null, orgId: person.orgId };
  if (!ok) {
    // Counted in the database, row locked: parallel wrong guesses each count and none is lost.
    const lockMs = await inTransaction(ctx, async (tx) => {
      const [counted] = await tx.db
        .update(people)
        .set({ failedSignIns: sql`${people.failedSignIns} + 1` })
        .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)))
        .returning({ failures: people.failedSignIns });
      const failures = counted?.failures ?? person.failedSignIns + 1;
      const ms = lockDuration(failures);
      if (ms) {
        await tx.db
          .update(people)
          .set({ lockedUntil: new Date(now.getTime() + ms) })
          .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)));
      }
      await writeAudit(tx.db, auditCtx, {
        action: 'auth.sign_in_failed',
        entityType: 'person',
        entityId: person.id,
        subjectPersonId: person.id,
        details: { failures, locked: ms > 0 },
      });
      return ms;
    });
    if (lockMs) throw locked(lockMs);
    throw invalidCredentials();
  }
  if (!person.active)
    throw new ServiceError('FORBIDDEN', 'This account has been deactivated', 'account_inactive');

  return inTransaction(ctx, async (tx) => {
    // A guess running beside this one may have locked the account since it was read.
    const [current] = await tx.db
      .select({ lockedUntil: people.lockedUntil })
      .from(people)
      .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)))
      .for('update');
    if (current?.lockedUntil && current.lockedUntil > now)
      throw locked(current.lockedUntil.getTime() - now.getTime());
    await tx.db
      .update(people)
      .set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now })
      .where(and(eq(people.orgId, person.orgId), eq(people.id, person.id)));
    await writeAudit(tx.db, auditCtx, {
      action: 'auth.sign_in',
      entityType: 'person',
      entityId: person.id,
      subjectPersonId: person.id,
      details: { method: 'password' },
    });
    return createSession(tx.db, ctx.config, person, 'password', now);
  });
}
