import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { writeAudit } from '../../../server/audit/write.js';
import { holdsOrgAdmin } from '../../../server/policy/admin-rights.js';
import { people } from '../../org/schema.js';
import { assertContactFree, assertNotLastOrgAdmin } from '../../org/index.js';
import { scimUsers } from '../schema.js';
import { personName, type UserRow } from '../records.js';
import { scimConflict } from '../protocol/errors.js';
import type { UserFields } from '../protocol/user-fields.js';
import { VIA_SCIM } from './context.js';

type UserState = Required<Omit<UserFields, 'locale'>> & { locale: 'da' | 'en' };

function stateOf(row: UserRow): UserState {
  return {
    userName: row.userName,
    externalId: row.externalId,
    active: row.active,
    displayName: row.displayName,
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    title: row.jobTitle,
    employeeNumber: row.employeeNumber,
    locale: row.locale,
  };
}

/** userName and externalId name one provisioned person each. */
async function assertIdentityFree(db: Db, orgId: string, next: UserState, personId: string | null) {
  const others = personId ? ne(scimUsers.personId, personId) : undefined;
  const [byName] = await db
    .select({ id: scimUsers.personId })
    .from(scimUsers)
    .where(
      and(
        eq(scimUsers.orgId, orgId),
        sql`lower(${scimUsers.userName}) = ${next.userName.toLowerCase()}`,
        others,
      ),
    )
    .limit(1);
  if (byName) throw scimConflict(`userName ${next.userName} is already in use`);
  if (next.externalId) {
    const [byExternal] = await db
      .select({ id: scimUsers.personId })
      .from(scimUsers)
      .where(and(eq(scimUsers.orgId, orgId), eq(scimUsers.externalId, next.externalId), others))
      .limit(1);
    if (byExternal) throw scimConflict(`externalId ${next.externalId} is already in use`);
  }
}

/**
 * Writes a provisioned person's new state in the caller's transaction: the person (the same
 * columns and checks as HR's own edits: unique e-mail and employee number, never the last
 * organisation admin deactivated) and what SCIM knows of them, with one audit row.
 * `current` is null for a person the client creates; `adopt` is an existing person (made by HR
 * or an import) the client now takes over.
 */
export async function writeUser(
  db: Db,
  orgId: string,
  now: Date,
  current: UserRow | null,
  fields: UserFields,
  adopt: { id: string; active: boolean } | null = null,
): Promise<string> {
  const before: UserState | null = current ? stateOf(current) : null;
  const next: UserState = {
    userName: '',
    externalId: null,
    active: true,
    displayName: null,
    givenName: null,
    familyName: null,
    email: null,
    title: null,
    employeeNumber: null,
    locale: 'da',
    ...before,
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
  };
  const personId = current?.id ?? adopt?.id ?? null;
  await assertIdentityFree(db, orgId, next, personId);
  await assertContactFree(db, orgId, next, personId);
  const wasActive = current?.active ?? adopt?.active ?? true;
  const deactivating = wasActive && !next.active;
  if (deactivating && personId && (await holdsOrgAdmin(db, orgId, personId)))
    await assertNotLastOrgAdmin(db, orgId, personId);

  const personValues = {
    name: personName(next),
    email: next.email,
    employeeNumber: next.employeeNumber,
    jobTitle: next.title,
    locale: next.locale,
    active: next.active,
    ...(deactivating ? { deactivatedAt: now } : {}),
  };
  const scimValues = {
    userName: next.userName,
    externalId: next.externalId,
    displayName: next.displayName,
    givenName: next.givenName,
    familyName: next.familyName,
    updatedAt: now,
  };
  let id = personId;
  if (id) {
    await db
      .update(people)
      .set({ ...personValues, version: sql`${people.version} + 1`, updatedAt: now })
      .where(and(eq(people.orgId, orgId), eq(people.id, id)));
  } else {
    const [created] = await db
      .insert(people)
      .values({ orgId, ...personValues })
      .returning({ id: people.id });
    id = created!.id;
  }
  if (current) {
    await db
      .update(scimUsers)
      .set(scimValues)
      .where(and(eq(scimUsers.orgId, orgId), eq(scimUsers.personId, id)));
  } else {
    await db.insert(scimUsers).values({ orgId, personId: id, ...scimValues });
  }

  const changed = before
    ? (Object.keys(next) as (keyof UserState)[]).filter((k) => next[k] !== before[k])
    : Object.keys(fields);
  await writeAudit(
    db,
    { actor: null, orgId },
    {
      action: !personId
        ? 'person.created'
        : deactivating
          ? 'person.deactivated'
          : !wasActive && next.active
            ? 'person.reactivated'
            : 'person.updated',
      entityType: 'person',
      entityId: id,
      subjectPersonId: id,
      // Field names only, never their values.
      details: { ...VIA_SCIM, fields: changed, ...(adopt ? { adopted: true } : {}) },
    },
  );
  return id;
}
