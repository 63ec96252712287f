import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../server/http/context.js';
import { anonymousLimiter, RateLimiter } from '../../server/http/rate-limit.js';
import { scimTokens } from './schema.js';
import { hashToken, sameHash, tokenOrg } from './token.js';
import { ScimError } from './protocol/errors.js';

/** Requests per organisation and minute: a first provisioning cycle is many small calls in a row. */
export const scimLimiter = new RateLimiter('scim', 1200, 60_000);

export interface ScimEnv extends AppEnv {
  Variables: AppEnv['Variables'] & { scimOrgId: string };
}

const refused = (why: string) => new ScimError(401, why);

/**
 * The SCIM API's only policy: a valid, unexpired bearer token of an organisation opens that
 * organisation's Users and Groups, and nothing else. Session cookies are not read here (and the
 * token is not read under /api), so neither opens the other's routes. A caller without a valid
 * token is counted per address, as anonymous callers are, before it is refused.
 */
export const requireScimToken: MiddlewareHandler<ScimEnv> = async (c, next) => {
  const { ctx } = c.var;
  const header = c.req.header('authorization') ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? '';
  const orgId = tokenOrg(token);
  const [row] = orgId ? await ctx.db.select().from(scimTokens).where(eq(scimTokens.orgId, orgId)) : [];
  if (!row || !sameHash(row.tokenHash, hashToken(token))) {
    await anonymousLimiter.hit(ctx, ctx.ip);
    throw refused(
      token ? 'The token is not valid (it may have been rotated or revoked)' : 'A bearer token is required',
    );
  }
  const now = ctx.now();
  if (row.expiresAt <= now) {
    await anonymousLimiter.hit(ctx, ctx.ip);
    throw refused('The token has expired; an organisation admin can make a new one in MUP');
  }
  await scimLimiter.hit(ctx, row.orgId);
  // Marked at most every five minutes, so the settings page can say the token is in use.
  const fiveMinutesAgo = new Date(now.getTime() - 5 * 60_000);
  await ctx.db
    .update(scimTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(scimTokens.orgId, row.orgId),
        or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, fiveMinutesAgo)),
      ),
    );
  c.set('scimOrgId', row.orgId);
  await next();
};
