import { boolean, index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';

/**
 * An organisation's retention rules. Off until an admin switches them on, and only after a
 * preview taken since the rules last changed (previewed_at >= updated_at).
 */
export const retentionPolicies = pgTable('retention_policies', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(false),
  departedRecordDays: integer('departed_record_days').notNull(),
  auditDays: integer('audit_days').notNull(),
  mailDays: integer('mail_days').notNull(),
  surveyResponseDays: integer('survey_response_days').notNull(),
  previewedAt: timestamp('previewed_at', { withTimezone: true }),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** People whose personal data was erased (by request or by retention), so nothing erases them twice. */
export const erasures = pgTable(
  'erasures',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Null when the retention rules erased the person, not an admin. */
    erasedBy: uuid('erased_by').references(() => people.id, { onDelete: 'set null' }),
    erasedAt: timestamp('erased_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] }), index('erasures_org_idx').on(t.orgId, t.erasedAt)],
);
