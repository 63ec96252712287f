import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';
import { IMPORT_KINDS, IMPORT_STATUSES, type ImportLineError, type ImportSummary } from './answers.js';

export type { ImportLineError, ImportSummary };

/**
 * One CSV import: uploaded and previewed first (nothing written), then applied in one
 * transaction, with progress the browser can poll.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: IMPORT_KINDS }).notNull(),
    status: text('status', { enum: IMPORT_STATUSES }).notNull(),
    filename: text('filename'),
    /** The uploaded file, kept between preview and apply; cleared when done. */
    content: text('content'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    errors: jsonb('errors').$type<ImportLineError[]>().notNull().default([]),
    /** Membership counts and the first lines of each outcome, from the preview. */
    summary: jsonb('summary').$type<ImportSummary>(),
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_org_created_idx').on(t.orgId, t.createdAt)],
);
