import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../org/schema.js';

/** An organisation's OpenID Connect identity provider (Entra ID, OS2faktor, Unilogin, a broker). */
export const oidcProviders = pgTable('oidc_providers', {
  orgId: uuid('org_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  enabled: boolean('enabled').notNull().default(true),
  displayName: text('display_name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  clientSecret: text('client_secret'),
  /** How the identity provider's user is matched to a person. */
  matchBy: text('match_by', { enum: ['email', 'employee_number'] })
    .notNull()
    .default('email'),
  /** The claim holding the employee number when matching by it. */
  employeeNumberClaim: text('employee_number_claim').notNull().default('employee_number'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
