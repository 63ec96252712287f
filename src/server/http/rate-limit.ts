import { ServiceError } from './errors.js';

/**
 * A fixed-window counter per key, in memory. Enough for one server process; a cluster would
 * move this to the database or a shared cache.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one hit and throws RATE_LIMITED (with the seconds to wait) when the key is over its limit. */
  hit(key: string, now = Date.now()): void {
    const wait = this.count(key, now);
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
  allow(key: string, now = Date.now()): boolean {
    return this.count(key, now) === 0;
  }

  /** Counts a hit; returns 0 within the limit, else the milliseconds until the window ends. */
  private count(key: string, now: number): number {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 50_000) this.sweep(now);
      return 0;
    }
    entry.count += 1;
    return entry.count > this.limit ? Math.max(1, entry.resetAt - now) : 0;
  }

  reset(): void {
    this.hits.clear();
  }

  private sweep(now: number) {
    for (const [key, entry] of this.hits) if (entry.resetAt <= now) this.hits.delete(key);
  }
}

/** Anonymous endpoints (sign-in page data, password reset, invitations): per IP. */
export const anonymousLimiter = new RateLimiter(120, 60_000);
/** Sign-in attempts per IP, on top of the per-account lockout. */
export const signInLimiter = new RateLimiter(20, 60_000);
/**
 * Password-reset requests per IP: each one may send mail. Generous, because a whole town hall can
 * share one address on the first day everyone is invited.
 */
export const passwordResetLimiter = new RateLimiter(30, 15 * 60_000);
/**
 * Reset mails per address, so nobody can flood a colleague's inbox. Over the limit the request is
 * answered as usual and no mail is sent: a refusal would tell whether the address exists.
 */
export const resetMailLimiter = new RateLimiter(3, 60 * 60_000);
/** Password changes per person: a stolen session must not become a way to guess the current password. */
export const passwordChangeLimiter = new RateLimiter(10, 15 * 60_000);

/** Clears every limiter (tests). */
export function resetRateLimits() {
  for (const limiter of [
    anonymousLimiter,
    signInLimiter,
    passwordResetLimiter,
    resetMailLimiter,
    passwordChangeLimiter,
  ]) {
    limiter.reset();
  }
}
