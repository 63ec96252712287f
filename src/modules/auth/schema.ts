import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token; the token itself is never stored. */
    id: text('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    method: text('method', { enum: ['password', 'oidc'] }).notNull(),
    /**
     * The person asked this device to remember them (their own phone): the session lives
     * SESSION_REMEMBER_DAYS and is not ended by idleness (ADR 0020).
     */
    remembered: boolean('remembered').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_person_idx').on(t.orgId, t.personId)],
);

export const authTokens = pgTable(
  'auth_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['invite', 'reset'] }).notNull(),
    /** SHA-256 of the mailed token. */
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('auth_tokens_person_idx').on(t.orgId, t.personId)],
);

/**
 * Failed password sign-ins, counted per address and client and per address alone (lockout.ts).
 * Keyed by an HMAC of the address, not by a person: an address without an account is counted
 * and locked the same way, so the answers cannot tell which addresses have accounts. The one
 * table without org_id, since an address may belong to no organisation or to several.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    /** HMAC of the scope, the address and (for a client's count) the client. */
    key: text('key').primaryKey(),
    /** HMAC of the address alone: a new password clears every count for it. */
    addressKey: text('address_key').notNull(),
    failures: integer('failures').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sign_in_throttle_address_idx').on(t.addressKey),
    index('sign_in_throttle_updated_idx').on(t.updatedAt),
  ],
);
