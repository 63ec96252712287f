import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import { ServiceError } from '../../server/http/errors.js';
import { organisations, people } from '../org/schema.js';
import { authTokens } from './schema.js';
import { hashToken, newToken } from './tokens.js';

export type LinkKind = 'invite' | 'reset';

/** How long a mailed link works (ADR 0003): an invitation a week, a reset link an hour. */
export const LINK_LIFETIME_MS: Record<LinkKind, number> = {
  invite: 7 * 24 * 3600_000,
  reset: 3600_000,
};

export const setPasswordUrl = (config: Config, token: string) =>
  `${config.publicUrl}/set-password?token=${encodeURIComponent(token)}`;

/** Stores the hash of a new single-use link and returns the token to mail. */
export async function issueLink(
  db: Db,
  person: { id: string; orgId: string },
  kind: LinkKind,
  now: Date,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[kind]);
  const [row] = await db
    .insert(authTokens)
    .values({ orgId: person.orgId, personId: person.id, kind, tokenHash: hash, expiresAt, createdAt: now })
    .returning({ id: authTokens.id });
  return { token, id: row!.id, expiresAt };
}

/**
 * Ends a person's outstanding links (of one kind, or all) by letting them expire now, so an
 * older mail reads "expired, ask for a new one" rather than "invalid".
 */
export async function expireLinks(db: Db, person: { id: string; orgId: string }, now: Date, kind?: LinkKind) {
  await db
    .update(authTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(authTokens.orgId, person.orgId),
        eq(authTokens.personId, person.id),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
        kind ? eq(authTokens.kind, kind) : undefined,
      ),
    );
}

export const tokenInvalid = () => new ServiceError('NOT_FOUND', 'The link is not valid', 'token_invalid');
const tokenExpired = () => new ServiceError('GONE', 'The link has expired', 'token_expired');
const tokenUsed = () => new ServiceError('GONE', 'The link has already been used', 'token_used');

export interface UsableLink {
  id: string;
  kind: LinkKind;
  orgId: string;
  person: typeof people.$inferSelect;
  organisationName: string;
}

async function loadLink(db: Db, token: string) {
  const [row] = await db
    .select({ link: authTokens, person: people, organisationName: organisations.name })
    .from(authTokens)
    .innerJoin(people, and(eq(people.id, authTokens.personId), eq(people.orgId, authTokens.orgId)))
    .innerJoin(organisations, eq(organisations.id, authTokens.orgId))
    .where(eq(authTokens.tokenHash, hashToken(token)))
    .limit(1);
  // A deactivated person's link counts as invalid: they must not get back in through an old mail.
  if (!row || !row.person.active) throw tokenInvalid();
  return row;
}

const present = (row: Awaited<ReturnType<typeof loadLink>>): UsableLink => ({
  id: row.link.id,
  kind: row.link.kind,
  orgId: row.link.orgId,
  person: row.person,
  organisationName: row.organisationName,
});

/** Looks a mailed token up and throws the specific reason when it cannot be used. */
export async function findUsableLink(db: Db, token: string, now: Date): Promise<UsableLink> {
  const row = await loadLink(db, token);
  if (row.link.usedAt) throw tokenUsed();
  if (row.link.expiresAt <= now) throw tokenExpired();
  return present(row);
}

/**
 * Marks the link used, atomically: of two requests racing with one token only one update
 * matches `used_at is null`; the other then sees the committed use and is told so.
 */
export async function consumeLink(db: Db, token: string, now: Date): Promise<UsableLink> {
  const claimed = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .returning({ id: authTokens.id });
  const row = await loadLink(db, token);
  if (claimed.length === 0) {
    if (row.link.expiresAt <= now && !row.link.usedAt) throw tokenExpired();
    throw tokenUsed();
  }
  return present(row);
}
