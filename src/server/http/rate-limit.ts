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

  /** Counts one hit and throws RATE_LIMITED when the key is over its limit. */
  hit(key: string, now = Date.now()): void {
    const entry = this.hits.get(key);
    if (!entry || entry.resetAt <= now) {
      this.hits.set(key, { count: 1, resetAt: now + this.windowMs });
      if (this.hits.size > 50_000) this.sweep(now);
      return;
    }
    entry.count += 1;
    if (entry.count > this.limit) {
      const seconds = Math.ceil((entry.resetAt - now) / 1000);
      throw new ServiceError('RATE_LIMITED', `Too many requests; try again in ${seconds} seconds`, undefined, undefined, seconds);
    }
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
