import crypto from 'node:crypto';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { preparedStatement } from '../db/prepared.js';
import { ServiceError } from './errors.js';

/** What a limiter needs of the service context: the database (never a transaction) and the secret. */
export interface LimitContext {
  db: Db;
  config: Config;
}

/*
 * One statement counts a hit and reads the count back: the row lock of the upsert serialises
 * hits on one key from every process, and the database's clock decides the window, so several
 * processes (and machines) agree on it. A window that has ended starts again at 1.
 */
const countHit = preparedStatement<{ hits: number; wait_ms: number }>(
  'rate_limit_hit',
  `insert into rate_limits as r (key, hits, window_ends)
   values ($1, 1, clock_timestamp() + $2::float8 * interval '1 millisecond')
   on conflict (key) do update set
     hits = case when r.window_ends <= clock_timestamp() then 1 else r.hits + 1 end,
     window_ends = case when r.window_ends <= clock_timestamp() then excluded.window_ends else r.window_ends end
   returning hits, ceil(greatest(1, extract(epoch from r.window_ends - clock_timestamp()) * 1000))::int as wait_ms`,
);

/** Windows long over are removed a few at a time, whenever a new window starts. */
const forgetEnded = preparedStatement(
  'rate_limit_forget',
  `delete from rate_limits where key in (
     select key from rate_limits where window_ends < clock_timestamp() - interval '1 minute' limit 20)`,
);

/** Bumped by resetRateLimits (tests): counts under an earlier epoch no longer apply. */
let epoch = 0;

/**
 * A fixed-window counter per key, kept in the database (table rate_limits) so that it holds
 * across every app process on one database. Call it on `ctx.db`, outside a transaction: a hit
 * must count even when the request then fails.
 */
export class RateLimiter {
  constructor(
    readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
    /** Where an operator's setting replaces `limit`. */
    private readonly configured?: (config: Config) => number,
  ) {}

  /** Counts one hit and throws RATE_LIMITED (with the seconds to wait) when the key is over its limit. */
  async hit(ctx: LimitContext, key: string): Promise<void> {
    const wait = await this.count(ctx, key);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ServiceError(
        'RATE_LIMITED',
        `Too many requests; try again in ${seconds} seconds`,
        undefined,
        undefined,
        seconds,
      );
    }
  }

  /** Counts one hit and tells whether the key is still within its limit, for callers that must not reveal it. */
  async allow(ctx: LimitContext, key: string): Promise<boolean> {
    return (await this.count(ctx, key)) === 0;
  }

  /** Counts a hit; returns 0 within the limit, else the milliseconds until the window ends. */
  private async count({ db, config }: LimitContext, key: string): Promise<number> {
    const hashed = crypto
      .createHmac('sha256', config.sessionSecret)
      .update(`rate-limit\n${epoch}\n${this.name}\n${key}`)
      .digest('base64url');
    const [row] = await countHit(db, [hashed, this.windowMs]);
    const hits = Number(row!.hits);
    if (hits === 1) await forgetEnded(db, []);
    const limit = this.configured?.(config) ?? this.limit;
    return hits > limit ? Number(row!.wait_ms) : 0;
  }
}

/** Anonymous endpoints (sign-in page data, password reset, invitations): per IP. */
export const anonymousLimiter = new RateLimiter('anonymous', 120, 60_000);
/** Sign-in attempts per IP (SIGN_INS_PER_IP_PER_MINUTE), on top of the per-account lockout. */
export const signInLimiter = new RateLimiter('sign-in', 60, 60_000, (config) => config.signInsPerIpPerMinute);
/**
 * Password-reset requests per IP: each one may send mail. Generous, because a whole town hall can
 * share one address on the first day everyone is invited.
 */
export const passwordResetLimiter = new RateLimiter('password-reset', 30, 15 * 60_000);
/**
 * Reset mails per address, so nobody can flood a colleague's inbox. Over the limit the request is
 * answered as usual and no mail is sent: a refusal would tell whether the address exists.
 */
export const resetMailLimiter = new RateLimiter('reset-mail', 3, 60 * 60_000);
/** Password changes per person: a stolen session must not become a way to guess the current password. */
export const passwordChangeLimiter = new RateLimiter('password-change', 10, 15 * 60_000);

/** Starts every limiter's counts afresh (tests): later hits are counted under new keys. */
export function resetRateLimits() {
  epoch += 1;
}
