import { integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../../modules/org/schema.js';

/**
 * Each organisation's keys for private notes, by version (the highest encrypts), each wrapped
 * (AES-256-GCM) under a master key from the environment (NOTES_MASTER_KEYS) that the database
 * never holds. A backup or a dump carries only wrapped keys and sealed notes.
 */
export const noteKeys = pgTable(
  'note_keys',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
    /** Which master key wrapped it (a hash of that key). */
    masterKeyId: text('master_key_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.version] })],
);
