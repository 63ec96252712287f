import crypto from 'node:crypto';
import { and, eq, gt, inArray, lt, or, isNull, sql } from 'drizzle-orm';
import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import { ServiceError } from '../../server/http/errors.js';
import { signInThrottle } from './schema.js';

/*
 * The sign-in lockout (ADR 0003). Failed attempts are counted for an address, whether or not it
 * has an account, so a locked address answers the same as a locked unknown one:
 *
 * - per address and client: five failures lock that client out of that address, from one minute,
 *   doubling to an hour. The client is the browser's device cookie when it has signed in to the
 *   address before (device.ts), else its IP address; so a colleague behind the same office
 *   address cannot lock someone out of the browser they use every day.
 * - per address: GLOBAL_FAILURES failures from clients without such a cookie lock the address for
 *   GLOBAL_LOCK_MS, and the count starts again. It slows a guesser spread over many addresses; it
 *   cannot keep the owner out, since the owner's own browser carries the cookie and a reset link
 *   works whatever the count.
 */

export const MAX_FAILED_SIGN_INS = 5;
const BASE_LOCK_MS = 60_000;
const MAX_LOCK_MS = 60 * 60_000;
export const GLOBAL_FAILURES = 50;
export const GLOBAL_LOCK_MS = 15 * 60_000;
/** A count left alone this long starts again. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

export function lockDuration(failures: number): number {
  if (failures < MAX_FAILED_SIGN_INS) return 0;
  return Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - MAX_FAILED_SIGN_INS));
}

export const lockedError = (ms: number) =>
  new ServiceError(
    'LOCKED',
    `Too many failed attempts; try again in ${Math.ceil(ms / 60_000)} minute(s)`,
    'account_locked',
    undefined,
    Math.ceil(ms / 1000),
  );

/** Whose attempts are counted: the address, and the client (a device id or an IP address). */
export interface Attempt {
  email: string;
  client: { kind: 'device'; id: string } | { kind: 'ip'; ip: string };
}

const mac = (config: Config, ...parts: string[]) =>
  crypto.createHmac('sha256', config.sessionSecret).update(parts.join('\n')).digest('base64url');

/** The keys an attempt is counted under (exported for the tests). */
export function throttleKeys(config: Config, attempt: Attempt) {
  const client = attempt.client.kind === 'device' ? `device:${attempt.client.id}` : `ip:${attempt.client.ip}`;
  return {
    address: mac(config, 'address', attempt.email),
    client: mac(config, 'client', attempt.email, client),
    /** A known device does not count towards (or wait for) the address's own lock. */
    countsGlobally: attempt.client.kind === 'ip',
  };
}

/** Milliseconds the attempt must still wait (0: it may try). */
export async function lockRemaining(db: Db, config: Config, attempt: Attempt, now: Date): Promise<number> {
  const keys = throttleKeys(config, attempt);
  const rows = await db
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(
      and(
        inArray(signInThrottle.key, keys.countsGlobally ? [keys.client, keys.address] : [keys.client]),
        gt(signInThrottle.lockedUntil, now),
      ),
    );
  return Math.max(0, ...rows.map((r) => r.lockedUntil!.getTime() - now.getTime()));
}

async function countFailure(db: Db, key: string, addressKey: string, now: Date): Promise<number> {
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, addressKey, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.updatedAt} < ${forgetBefore} then 1 else ${signInThrottle.failures} + 1 end`,
        updatedAt: now,
      },
    })
    .returning({ failures: signInThrottle.failures });
  return row!.failures;
}

/**
 * Counts a failed attempt (the row lock of the upsert serialises parallel guesses, so each one
 * counts) and returns the lock it caused in milliseconds, or 0. Run it in a transaction.
 */
export async function recordFailure(db: Db, config: Config, attempt: Attempt, now: Date): Promise<number> {
  const keys = throttleKeys(config, attempt);
  const at = (ms: number) => new Date(now.getTime() + ms);
  const failures = await countFailure(db, keys.client, keys.address, now);
  let lockMs = lockDuration(failures);
  if (lockMs) {
    await db
      .update(signInThrottle)
      .set({ lockedUntil: at(lockMs) })
      .where(eq(signInThrottle.key, keys.client));
  }
  if (keys.countsGlobally) {
    const global = await countFailure(db, keys.address, keys.address, now);
    if (global >= GLOBAL_FAILURES) {
      await db
        .update(signInThrottle)
        .set({ lockedUntil: at(GLOBAL_LOCK_MS), failures: 0 })
        .where(eq(signInThrottle.key, keys.address));
      lockMs = Math.max(lockMs, GLOBAL_LOCK_MS);
    }
  }
  // Counts nobody has added to for a day are forgotten, a few at a time.
  const forgetBefore = new Date(now.getTime() - FORGET_AFTER_MS);
  await db.delete(signInThrottle).where(
    inArray(
      signInThrottle.key,
      db
        .select({ key: signInThrottle.key })
        .from(signInThrottle)
        .where(
          and(
            lt(signInThrottle.updatedAt, forgetBefore),
            or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now)),
          ),
        )
        .limit(20),
    ),
  );
  return lockMs;
}

/** A successful sign-in clears its client's count (not the address's: others may still guess). */
export async function clearClient(db: Db, config: Config, attempt: Attempt): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, throttleKeys(config, attempt).client));
}

/** A new password makes every earlier guess moot: every count for the address is cleared. */
export async function clearAddress(db: Db, config: Config, email: string | null): Promise<void> {
  if (!email) return;
  await db
    .delete(signInThrottle)
    .where(eq(signInThrottle.addressKey, mac(config, 'address', email.toLowerCase())));
}
