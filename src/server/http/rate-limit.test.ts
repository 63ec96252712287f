import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { ServiceError } from './errors.js';
import { RateLimiter, anonymousLimiter } from './rate-limit.js';

describeEachEngine('rate limits kept in the database', (env) => {
  const ctx = () => ({ db: env().database.db, config: env().config });

  it('counts the hits on a key, from any caller of the database, and refuses over the limit with the wait', async () => {
    // Two limiters of the same name stand for two processes: they share the counts, not memory.
    const first = new RateLimiter('test-shared', 3, 60_000);
    const second = new RateLimiter('test-shared', 3, 60_000);
    await first.hit(ctx(), 'k');
    await second.hit(ctx(), 'k');
    await first.hit(ctx(), 'k');
    const refused = await second.hit(ctx(), 'k').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).code).toBe('RATE_LIMITED');
    expect((refused as ServiceError).retryAfter).toBeGreaterThanOrEqual(1);
    expect((refused as ServiceError).retryAfter).toBeLessThanOrEqual(60);
    // Another key, or another limiter's name, counts apart.
    await first.hit(ctx(), 'other');
    expect(await new RateLimiter('test-other', 3, 60_000).allow(ctx(), 'k')).toBe(true);
  });

  it('starts a new window when the old one has ended', async () => {
    const limiter = new RateLimiter('test-window', 1, 300);
    expect(await limiter.allow(ctx(), 'k')).toBe(true);
    expect(await limiter.allow(ctx(), 'k')).toBe(false);
    await new Promise((r) => setTimeout(r, 400));
    expect(await limiter.allow(ctx(), 'k')).toBe(true);
  });

  it('does not count health checks, which a load balancer sends to every process from one address', async () => {
    for (let i = 0; i < anonymousLimiter.limit + 10; i++) {
      const res = await env().app.request('/api/health');
      expect(res.status, `check ${i + 1}`).toBe(200);
    }
  });
});
