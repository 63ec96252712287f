import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';

export interface ImportLineError {
  line: number;
  field?: string;
  reason: string;
  message: string;
}

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
    kind: text('kind', { enum: ['units', 'people'] }).notNull(),
    status: text('status', { enum: ['previewed', 'running', 'done', 'failed'] }).notNull(),
    filename: text('filename'),
    /** The uploaded file, kept between preview and apply; cleared when done. */
    content: text('content'),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    errors: jsonb('errors').$type<ImportLineError[]>().notNull().default([]),
    failure: text('failure'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_org_created_idx').on(t.orgId, t.createdAt)],
);
