import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, people, teams, units } from '../org/schema.js';
import { GRANT_KINDS, GROUP_ROLES } from './constants.js';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * The organisation's one SCIM bearer token, kept as its SHA-256 only. Rotating replaces the row,
 * so the old token stops working at once; revoking deletes it.
 */
export const scimTokens = pgTable('scim_tokens', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdBy: uuid('created_by').references(() => people.id, { onDelete: 'set null' }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** A person as the provisioning client knows them: its userName and externalId, and the name parts it sent. */
export const scimUsers = pgTable(
  'scim_users',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    userName: text('user_name').notNull(),
    externalId: text('external_id'),
    displayName: text('display_name'),
    givenName: text('given_name'),
    familyName: text('family_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.personId] }),
    uniqueIndex('scim_users_org_user_name_idx').on(t.orgId, sql`lower(${t.userName})`),
    uniqueIndex('scim_users_org_external_idx').on(t.orgId, t.externalId),
  ],
);

/** A group pushed by the provisioning client, and what the org admin mapped it to (a unit with a role, or a team). */
export const scimGroups = pgTable(
  'scim_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    externalId: text('external_id'),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'set null' }),
    unitRole: text('unit_role', { enum: GROUP_ROLES }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('scim_groups_org_idx').on(t.orgId, t.displayName),
    uniqueIndex('scim_groups_org_external_idx').on(t.orgId, t.externalId),
  ],
);

/** A group's members as the provisioning client sent them, whether or not the group is mapped yet. */
export const scimGroupMembers = pgTable(
  'scim_group_members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => scimGroups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.groupId, t.personId] }),
    index('scim_group_members_person_idx').on(t.orgId, t.personId),
  ],
);

/**
 * A membership or team membership SCIM created. Only these are removed when a person leaves a
 * group: one HR gave by hand stays.
 */
export const scimGrants = pgTable(
  'scim_grants',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: GRANT_KINDS }).notNull(),
    /** The unit's or the team's id. */
    targetId: uuid('target_id').notNull(),
    /** The role in the unit; 'member' for a team. */
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId, t.kind, t.targetId, t.role] })],
);
