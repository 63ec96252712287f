import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The rate limits' counters, in the database so that every app process counts the same hits
 * (a limit kept in one process's memory would be multiplied by the number of processes). Global,
 * without org_id: the callers are counted before anyone is known (an IP address, an address
 * typed into a form). The key is an HMAC, so no address or IP is stored in clear.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEnds: timestamp('window_ends', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_window_ends_idx').on(t.windowEnds)],
);
