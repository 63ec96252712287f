import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import { scimUsers } from '../schema.js';
import { loadUser, presentUser, usersJoin } from '../records.js';
import { scimConflict, scimInvalid } from '../protocol/errors.js';
import { parseFilter, type EqFilter } from '../protocol/filter.js';
import { applyUserPath, type UserFields } from '../protocol/user-fields.js';
import { pathValues, type PatchOperation } from '../protocol/patch.js';
import { LIST_SCHEMA } from '../protocol/schemas.js';
import { writeUser } from './write-user.js';
import { VIA_SCIM, type ScimCall } from './context.js';

export const USER_FILTERS = ['userName', 'externalId', 'id', 'emails[type eq "work"].value'] as const;

function userCondition(filter: EqFilter): SQL {
  switch (filter.attribute) {
    case 'userName':
      return sql`lower(${scimUsers.userName}) = ${filter.value.toLowerCase()}`;
    case 'externalId':
      return eq(scimUsers.externalId, filter.value);
    case 'id':
      // Not a UUID: no one has it.
      return /^[0-9a-f-]{36}$/i.test(filter.value) ? eq(scimUsers.personId, filter.value) : sql`false`;
    default:
      return sql`lower(${people.email}) = ${filter.value.toLowerCase()}`;
  }
}

export async function listUsers(
  { ctx, orgId }: ScimCall,
  query: { filter?: string; offset: number; limit: number; startIndex: number },
) {
  const filter = parseFilter(query.filter, USER_FILTERS);
  const where = and(eq(scimUsers.orgId, orgId), filter ? userCondition(filter) : undefined);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(scimUsers)
    .innerJoin(people, and(eq(people.orgId, scimUsers.orgId), eq(people.id, scimUsers.personId)))
    .where(where);
  const rows =
    query.limit === 0
      ? []
      : await usersJoin(ctx.db)
          .where(where)
          .orderBy(asc(scimUsers.createdAt), asc(scimUsers.personId))
          .limit(query.limit)
          .offset(query.offset);
  return {
    schemas: [LIST_SCHEMA],
    totalResults: Number(total),
    startIndex: query.startIndex,
    itemsPerPage: rows.length,
    Resources: rows.map((r) => presentUser(ctx.config, r)),
  };
}

export async function getUser({ ctx, orgId }: ScimCall, id: string) {
  return presentUser(ctx.config, await loadUser(ctx.db, orgId, id));
}

/**
 * Creates a person, or takes over one HR or an import already made: a person with the same
 * employee number, or else the same e-mail address, whom no SCIM client provisions yet.
 */
export async function createUser(call: ScimCall, fields: UserFields & { userName: string }) {
  const { ctx, orgId } = call;
  const id = await inTransaction(ctx, async (tx) => {
    const matches = or(
      fields.employeeNumber ? eq(people.employeeNumber, fields.employeeNumber) : undefined,
      fields.email ? sql`lower(${people.email}) = ${fields.email.toLowerCase()}` : undefined,
    );
    const candidates = matches
      ? await tx.db
          .select({ id: people.id, active: people.active, linked: scimUsers.personId })
          .from(people)
          .leftJoin(scimUsers, and(eq(scimUsers.orgId, people.orgId), eq(scimUsers.personId, people.id)))
          .where(and(eq(people.orgId, orgId), matches))
          .for('update', { of: people })
      : [];
    const free = candidates.filter((c) => c.linked === null);
    if (candidates.length > 1 && free.length > 0)
      throw scimConflict('The e-mail address and the employee number belong to two different people in MUP');
    return writeUser(tx.db, orgId, ctx.now(), null, fields, free[0] ?? null);
  });
  return getUser(call, id);
}

/** PUT: the body is the whole resource; what it leaves out is cleared. */
export async function replaceUser(call: ScimCall, id: string, fields: UserFields & { userName: string }) {
  const { ctx, orgId } = call;
  await inTransaction(ctx, async (tx) => {
    const current = await loadUser(tx.db, orgId, id, true);
    const cleared: UserFields = {
      externalId: null,
      displayName: null,
      givenName: null,
      familyName: null,
      email: null,
      title: null,
      employeeNumber: null,
      active: true,
    };
    await writeUser(tx.db, orgId, ctx.now(), current, { ...cleared, ...fields });
  });
  return getUser(call, id);
}

/** PATCH: every operation is checked and applied to a copy first; one bad operation changes nothing. */
export async function patchUser(call: ScimCall, id: string, operations: PatchOperation[]) {
  const { ctx, orgId } = call;
  const fields: UserFields = {};
  for (const operation of operations) {
    for (const [path, value] of pathValues(operation)) {
      if (applyUserPath(fields, path, value) === 'unknown')
        throw scimInvalid(`Unknown attribute path: ${path}`, 'invalidPath');
    }
  }
  await inTransaction(ctx, async (tx) => {
    const current = await loadUser(tx.db, orgId, id, true);
    await writeUser(tx.db, orgId, ctx.now(), current, fields);
  });
  return getUser(call, id);
}

/** DELETE never deletes: the person is deactivated, their record stays (and follows the retention rules). */
export async function deleteUser(call: ScimCall, id: string) {
  const { ctx, orgId } = call;
  await inTransaction(ctx, async (tx) => {
    const current = await loadUser(tx.db, orgId, id, true);
    if (!current.active) {
      await writeAudit(
        tx.db,
        { actor: null, orgId },
        {
          action: 'person.delete_requested',
          entityType: 'person',
          entityId: id,
          subjectPersonId: id,
          details: VIA_SCIM,
        },
      );
      return;
    }
    await writeUser(tx.db, orgId, ctx.now(), current, { active: false });
  });
}

/** Whether any person of the organisation is provisioned (the settings page says so). */
export async function provisionedCount(ctx: ScimCall['ctx'], orgId: string) {
  const [row] = await ctx.db
    .select({
      n: sql<number>`count(*)::int`,
      inactive: sql<number>`count(*) filter (where not ${people.active})::int`,
    })
    .from(scimUsers)
    .innerJoin(people, and(eq(people.orgId, scimUsers.orgId), eq(people.id, scimUsers.personId)))
    .where(eq(scimUsers.orgId, orgId));
  return { users: Number(row?.n ?? 0), inactive: Number(row?.inactive ?? 0) };
}
