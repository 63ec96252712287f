import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { ROLES, TEAM_KINDS, UNIT_KINDS, LOCALES } from '../../shared/roles.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Link to the organisation's accessibility statement, shown in the footer. */
  accessibilityUrl: text('accessibility_url'),
  createdAt: createdAt(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    /** The unit's code in the HR system; the key a CSV re-import matches on. */
    externalId: text('external_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('units_org_parent_idx').on(t.orgId, t.parentId),
    uniqueIndex('units_org_external_idx').on(t.orgId, t.externalId),
  ],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email'),
    employeeNumber: text('employee_number'),
    jobTitle: text('job_title'),
    locale: text('locale', { enum: LOCALES }).notNull().default('da'),
    active: boolean('active').notNull().default(true),
    /** When the person was last deactivated: sessions begun before it never answer again, even after a reactivation. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    passwordHash: text('password_hash'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('people_org_email_idx').on(t.orgId, sql`lower(${t.email})`),
    uniqueIndex('people_org_employee_number_idx').on(t.orgId, t.employeeNumber),
    index('people_email_idx').on(sql`lower(${t.email})`),
    index('people_org_name_idx').on(t.orgId, t.name),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ROLES }).notNull(),
    /** Who owns it: 'os2mo' when the OS2mo sync made it (and may remove it); null when set by hand or by a CSV file. */
    source: text('source', { enum: ['os2mo'] }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_unique_idx').on(t.orgId, t.personId, t.unitId, t.role),
    index('memberships_org_unit_role_idx').on(t.orgId, t.unitId, t.role),
  ],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** The unit a team belongs to; null for a cross-unit group such as a peer group of leaders. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: TEAM_KINDS }).notNull(),
    description: text('description'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('teams_org_unit_idx').on(t.orgId, t.unitId)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('team_members_unique_idx').on(t.orgId, t.teamId, t.personId),
    index('team_members_person_idx').on(t.orgId, t.personId),
  ],
);
