import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../modules/org/schema.js';

/**
 * A write sent with an Idempotency-Key header, and the answer it got: the same key from the same
 * person again gets this answer instead of a second record (a phone that sends its queued writes
 * after a lost connection may send one twice). The primary key makes concurrent arrivals of one
 * key wait for the first and read its answer (src/server/http/idempotency.ts).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** Method, path and a hash of the body: the same key on another request is refused. */
    request: text('request').notNull(),
    status: integer('status'),
    body: text('body'),
    contentType: text('content_type'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  // Expired keys are removed per person (the key's prefix), so no index on created_at.
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.key] })],
);
