import crypto from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/client.js';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';
import { idempotencyKeys } from './idempotency-schema.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on an answer given again from a stored one. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** How long a key is remembered: far longer than a phone stays without a connection in a working day. */
export const KEY_LIFETIME_DAYS = 14;

const KEY_FORMAT = /^[A-Za-z0-9_-]{8,100}$/;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Answers that are not the request's own outcome and must not be given again: the session ran out
 * (a retry after signing in should act), a rate limit, our own failures. They roll the key back.
 */
const notKept = (status: number) => status === 401 || status === 408 || status === 429 || status >= 500;

class RollBack extends Error {}

/**
 * Honours an Idempotency-Key on a signed-in write: the first request with a key runs and its answer
 * is stored with the key; the same key from the same person again gets the stored answer, marked
 * with Idempotent-Replayed, and nothing runs twice.
 *
 * The key row is inserted in one transaction with the write itself (the service's own transaction
 * nests in it as a savepoint). A second arrival of the same key while the first still runs waits at
 * the primary key for the first transaction to end (PostgreSQL; PGlite runs one transaction at a
 * time anyway), then finds the stored answer; if the first failed and rolled back, the second runs.
 */
export const idempotent: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header(IDEMPOTENCY_HEADER);
  const actor = c.var.ctx.actor;
  if (key === undefined || !actor || !WRITES.has(c.req.method)) return next();
  if (!KEY_FORMAT.test(key)) {
    throw new ServiceError(
      'VALIDATION',
      'The Idempotency-Key header must be 8 to 100 letters, digits, - or _',
      'idempotency_key_invalid',
    );
  }
  const request = fingerprint(c.req.method, c.req.path, c.req.raw.body ? await c.req.text() : '');
  const ctx = c.var.ctx;
  const where = and(
    eq(idempotencyKeys.orgId, actor.orgId),
    eq(idempotencyKeys.personId, actor.personId),
    eq(idempotencyKeys.key, key),
  );
  type Stored = { status: number; body: string; contentType: string | null };
  let replay = null as Stored | null;
  try {
    await ctx.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const now = ctx.now();
      const claimed = await db
        .insert(idempotencyKeys)
        .values({ orgId: actor.orgId, personId: actor.personId, key, request, createdAt: now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (claimed.length === 0) {
        const [stored] = await db.select().from(idempotencyKeys).where(where);
        if (!stored || stored.status === null || stored.body === null) {
          // Committed without an answer cannot happen (the answer is stored before commit).
          throw new ServiceError('CONFLICT', 'This write is still being handled; try again shortly');
        }
        if (stored.request !== request) {
          throw new ServiceError(
            'CONFLICT',
            'This Idempotency-Key was used for another request',
            'idempotency_key_reused',
          );
        }
        replay = { status: stored.status, body: stored.body, contentType: stored.contentType };
        return;
      }
      // Keys outlive any plausible retry; the person's own expired ones go as they write.
      const expired = new Date(now.getTime() - KEY_LIFETIME_DAYS * 86_400_000);
      await db
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.orgId, actor.orgId),
            eq(idempotencyKeys.personId, actor.personId),
            lt(idempotencyKeys.createdAt, expired),
          ),
        );
      c.set('ctx', { ...ctx, db });
      try {
        await next();
      } finally {
        c.set('ctx', ctx);
      }
      if (notKept(c.res.status)) throw new RollBack();
      const body = await c.res.clone().text();
      try {
        await db
          .update(idempotencyKeys)
          .set({ status: c.res.status, body, contentType: c.res.headers.get('content-type') })
          .where(where);
      } catch {
        // A refused write that left the transaction unusable: its answer stands, unkept.
        throw new RollBack();
      }
    });
  } catch (err) {
    // The answer stays what it was; the key is not kept, so the same key may try again.
    if (err instanceof RollBack) return;
    throw err;
  }
  if (replay) {
    const { status, body, contentType } = replay;
    c.header(REPLAYED_HEADER, 'true');
    if (contentType) c.header('Content-Type', contentType);
    return c.body(body, status as 200);
  }
};

function fingerprint(method: string, path: string, body: string): string {
  const digest = crypto.createHash('sha256').update(body).digest('base64url');
  return `${method} ${path} ${digest}`;
}
