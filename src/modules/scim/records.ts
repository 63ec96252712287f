import { and, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { Config } from '../../server/config.js';
import { people } from '../org/schema.js';
import { scimUsers } from './schema.js';
import { SCIM_BASE_PATH } from './constants.js';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './protocol/schemas.js';
import { scimNotFound } from './protocol/errors.js';

/** The columns of a provisioned person: the person row joined to what the client knows of them. */
export const userColumns = {
  id: people.id,
  name: people.name,
  email: people.email,
  employeeNumber: people.employeeNumber,
  jobTitle: people.jobTitle,
  locale: people.locale,
  active: people.active,
  version: people.version,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
  userName: scimUsers.userName,
  externalId: scimUsers.externalId,
  displayName: scimUsers.displayName,
  givenName: scimUsers.givenName,
  familyName: scimUsers.familyName,
};

export interface UserRow {
  id: string;
  name: string;
  email: string | null;
  employeeNumber: string | null;
  jobTitle: string | null;
  locale: 'da' | 'en';
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  userName: string;
  externalId: string | null;
  displayName: string | null;
  givenName: string | null;
  familyName: string | null;
}

export const usersJoin = (db: Db) =>
  db
    .select(userColumns)
    .from(scimUsers)
    .innerJoin(people, and(eq(people.orgId, scimUsers.orgId), eq(people.id, scimUsers.personId)));

/** A provisioned person of the organisation, locked for the change that follows. */
export async function loadUser(db: Db, orgId: string, id: string, lock = false): Promise<UserRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw scimNotFound(`User ${id}`);
  const query = usersJoin(db).where(and(eq(scimUsers.orgId, orgId), eq(scimUsers.personId, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw scimNotFound(`User ${id}`);
  return row;
}

export const scimBaseUrl = (config: Config) => `${config.publicUrl}${SCIM_BASE_PATH}`;

/** A person as a SCIM User resource. */
export function presentUser(config: Config, row: UserRow) {
  const name =
    row.givenName || row.familyName
      ? {
          formatted: [row.givenName, row.familyName].filter(Boolean).join(' '),
          ...(row.givenName ? { givenName: row.givenName } : {}),
          ...(row.familyName ? { familyName: row.familyName } : {}),
        }
      : { formatted: row.name };
  return {
    schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.userName,
    name,
    displayName: row.name,
    ...(row.jobTitle ? { title: row.jobTitle } : {}),
    preferredLanguage: row.locale === 'en' ? 'en' : 'da-DK',
    active: row.active,
    emails: row.email ? [{ value: row.email, type: 'work', primary: true }] : [],
    [ENTERPRISE_SCHEMA]: row.employeeNumber ? { employeeNumber: row.employeeNumber } : {},
    meta: {
      resourceType: 'User',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${scimBaseUrl(config)}/Users/${row.id}`,
      version: `W/"${row.version}"`,
    },
  };
}

/** The name a person is shown by: what the client calls their display name, else their name parts, else the userName. */
export function personName(state: {
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  userName: string;
}): string {
  const parts = [state.givenName, state.familyName].filter(Boolean).join(' ');
  return state.displayName || parts || state.userName;
}
