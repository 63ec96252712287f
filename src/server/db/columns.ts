import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, people } from '../../modules/org/schema.js';

/*
 * Column groups the module tables repeat. Each call makes new column builders (Drizzle binds a
 * builder to the one table it is used in), so a table spreads or calls them in its own definition.
 */

/** The row's organisation, which every query filters by (ADR 0002). */
export const orgColumn = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

/** A row's own id and its organisation. */
export const idAndOrg = () => ({ id: uuid('id').primaryKey().defaultRandom(), orgId: orgColumn() });

/** A person the row is about: it goes when the person is erased. */
export const personColumn = (name = 'person_id') =>
  uuid(name)
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });

/** A person who acted (created, owned, updated): the row stays, the reference goes, when they are erased. */
export const actorColumn = (name: string) => uuid(name).references(() => people.id, { onDelete: 'set null' });

/** The optimistic version a change must name, and when the row was made. */
export const versionAndCreated = () => ({
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
