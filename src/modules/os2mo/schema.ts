import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';
import {
  OS2MO_PHASES,
  OS2MO_RUN_MODES,
  OS2MO_RUN_PHASES,
  OS2MO_RUN_STATUSES,
  type Os2moFailure,
} from './constants.js';
import type { Os2moRunSummary } from './answers.js';

/** An organisation's OS2mo: where it is and the client it signs in as. The secret is sealed (secret.ts). */
export const os2moConnections = pgTable('os2mo_connections', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** The GraphQL address, e.g. https://os2mo.kommune.dk/graphql/v22. */
  endpoint: text('endpoint').notNull(),
  /** Keycloak's token endpoint; null: derived from the endpoint (OS2mo's realm "mo"). */
  tokenUrl: text('token_url'),
  clientId: text('client_id').notNull(),
  secretSealed: text('secret_sealed').notNull(),
  /** Which master key sealed the secret (NOTES_MASTER_KEYS, ADR 0009). */
  secretKeyId: text('secret_key_id').notNull(),
  /** Whether the nightly sync runs; on once the first sync has been applied. */
  nightly: boolean('nightly').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One preview or sync: where its reading has got to (the checkpoint), and what it found or did. */
export const os2moRuns = pgTable(
  'os2mo_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: OS2MO_RUN_MODES }).notNull(),
    status: text('status', { enum: OS2MO_RUN_STATUSES }).notNull(),
    phase: text('phase', { enum: OS2MO_RUN_PHASES }).notNull().default('org_units'),
    /** OS2mo's next_cursor after the last stored page of the phase; null at the phase's start. */
    cursor: text('cursor'),
    pages: integer('pages').notNull().default(0),
    summary: jsonb('summary').$type<Os2moRunSummary>(),
    failure: text('failure').$type<Os2moFailure>(),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('os2mo_runs_org_created_idx').on(t.orgId, t.createdAt)],
);

/** The pages a run has read, kept until it is applied or fails: a restarted run continues after the last. */
export const os2moPages = pgTable(
  'os2mo_pages',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    runId: uuid('run_id')
      .notNull()
      .references(() => os2moRuns.id, { onDelete: 'cascade' }),
    phase: text('phase', { enum: OS2MO_PHASES }).notNull(),
    page: integer('page').notNull(),
    items: jsonb('items').$type<unknown[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.runId, t.phase, t.page] })],
);

/** The people a sync has brought in: only they are deactivated when they leave OS2mo. */
export const os2moPeople = pgTable(
  'os2mo_people',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] })],
);
