import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, people } from '../org/schema.js';
import { PACKAGE_KINDS } from './constants.js';

/** A training track's steps, as stored with a version (texts in the organisation's language). */
export interface StoredSteps {
  before: { title: string; text: string }[];
  during: { title: string; text: string }[];
  after: { title: string; text: string }[];
}

/**
 * An organisation's own learning package. Its content lives in versions: every edit adds one, and
 * `currentVersion` names the one in force. Built-in packages are not stored here (packages/).
 */
export const libraryPackages = pgTable(
  'library_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('library_packages_org_idx').on(t.orgId, t.updatedAt)],
);

/** One version of an own package: what it said, who wrote it and what changed from the one before. */
export const libraryPackageVersions = pgTable(
  'library_package_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    packageId: uuid('package_id')
      .notNull()
      .references(() => libraryPackages.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind', { enum: PACKAGE_KINDS }).notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    steps: jsonb('steps').$type<StoredSteps>(),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    changeNote: text('change_note'),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('library_package_versions_unique_idx').on(t.orgId, t.packageId, t.version),
    // Danish full-text search over the text in force (search.ts keeps the same expression).
    index('library_package_versions_search_idx').using(
      'gin',
      sql`to_tsvector('danish', ${t.title} || ' ' || ${t.summary} || ' ' || ${t.body})`,
    ),
  ],
);

/**
 * A package attached to something in another module, named by kind and id (attach-kinds.ts asks
 * that module who may see it). Exactly one of `packageId` (own) and `builtInKey` is set.
 * `version` is the version those using it last took in; a newer one is shown with what changed.
 */
export const libraryAttachments = pgTable(
  'library_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    entityKind: text('entity_kind').notNull(),
    entityId: uuid('entity_id').notNull(),
    packageId: uuid('package_id').references(() => libraryPackages.id, { onDelete: 'cascade' }),
    builtInKey: text('built_in_key'),
    version: integer('version').notNull().default(1),
    attachedBy: uuid('attached_by').references(() => people.id, { onDelete: 'set null' }),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('library_attachments_org_entity_idx').on(t.orgId, t.entityKind, t.entityId),
    index('library_attachments_org_package_idx').on(t.orgId, t.packageId),
    uniqueIndex('library_attachments_unique_idx').on(
      t.orgId,
      t.entityKind,
      t.entityId,
      sql`coalesce(${t.packageId}::text, ${t.builtInKey})`,
    ),
    check('library_attachments_one_package', sql`(${t.packageId} is null) <> (${t.builtInKey} is null)`),
  ],
);
