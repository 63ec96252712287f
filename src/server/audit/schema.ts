import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../modules/org/schema.js';

/**
 * One row per change, written in the transaction that makes it, and one per read of another
 * person's personal record. `details` never holds personal content, only ids and field names.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => people.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Whose personal record the event concerns, so the person can see it. */
    subjectPersonId: uuid('subject_person_id').references(() => people.id, { onDelete: 'cascade' }),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_org_subject_idx').on(t.orgId, t.subjectPersonId, t.at),
    index('audit_org_at_idx').on(t.orgId, t.at),
  ],
);
