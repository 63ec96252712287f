import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { Config } from '../../../server/config.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { people } from '../../org/schema.js';
import { scimGroupMembers, scimGroups, scimUsers } from '../schema.js';
import { scimBaseUrl } from '../records.js';
import { scimConflict, scimInvalid, scimNotFound } from '../protocol/errors.js';
import { parseFilter, type EqFilter } from '../protocol/filter.js';
import { patchGroup, type GroupState } from '../protocol/group-fields.js';
import type { PatchOperation } from '../protocol/patch.js';
import { GROUP_SCHEMA, LIST_SCHEMA } from '../protocol/schemas.js';
import { grant, revoke } from './grants.js';
import { VIA_SCIM, type ScimCall } from './context.js';

export const GROUP_FILTERS = ['displayName', 'externalId', 'id'] as const;

type GroupRow = typeof scimGroups.$inferSelect;

async function loadGroup(db: Db, orgId: string, id: string, lock = false): Promise<GroupRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw scimNotFound(`Group ${id}`);
  const query = db
    .select()
    .from(scimGroups)
    .where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw scimNotFound(`Group ${id}`);
  return row;
}

async function membersOf(db: Db, orgId: string, groupIds: string[]) {
  if (groupIds.length === 0) return new Map<string, { id: string; name: string }[]>();
  const rows = await db
    .select({ groupId: scimGroupMembers.groupId, id: people.id, name: people.name })
    .from(scimGroupMembers)
    .innerJoin(
      people,
      and(eq(people.orgId, scimGroupMembers.orgId), eq(people.id, scimGroupMembers.personId)),
    )
    .where(and(eq(scimGroupMembers.orgId, orgId), inArray(scimGroupMembers.groupId, groupIds)))
    .orderBy(asc(people.name));
  const byGroup = new Map<string, { id: string; name: string }[]>();
  for (const r of rows)
    byGroup.set(r.groupId, [...(byGroup.get(r.groupId) ?? []), { id: r.id, name: r.name }]);
  return byGroup;
}

function present(config: Config, row: GroupRow, members: { id: string; name: string }[] | null) {
  const base = scimBaseUrl(config);
  return {
    schemas: [GROUP_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    displayName: row.displayName,
    ...(members
      ? { members: members.map((m) => ({ value: m.id, display: m.name, $ref: `${base}/Users/${m.id}` })) }
      : {}),
    meta: {
      resourceType: 'Group',
      created: row.createdAt.toISOString(),
      lastModified: row.updatedAt.toISOString(),
      location: `${base}/Groups/${row.id}`,
    },
  };
}

function groupCondition(filter: EqFilter): SQL {
  if (filter.attribute === 'displayName')
    return sql`lower(${scimGroups.displayName}) = ${filter.value.toLowerCase()}`;
  if (filter.attribute === 'externalId') return eq(scimGroups.externalId, filter.value);
  return /^[0-9a-f-]{36}$/i.test(filter.value) ? eq(scimGroups.id, filter.value) : sql`false`;
}

/** `excludedAttributes=members` (Entra asks so) leaves the member lists out. */
const wantsMembers = (excluded: string | undefined) =>
  !(excluded ?? '').split(',').some((a) => a.trim().toLowerCase() === 'members');

export async function listGroups(
  { ctx, orgId }: ScimCall,
  query: { filter?: string; excludedAttributes?: string; offset: number; limit: number; startIndex: number },
) {
  const filter = parseFilter(query.filter, GROUP_FILTERS);
  const where = and(eq(scimGroups.orgId, orgId), filter ? groupCondition(filter) : undefined);
  const [{ total } = { total: 0 }] = await ctx.db
    .select({ total: sql<number>`count(*)::int` })
    .from(scimGroups)
    .where(where);
  const rows =
    query.limit === 0
      ? []
      : await ctx.db
          .select()
          .from(scimGroups)
          .where(where)
          .orderBy(asc(scimGroups.createdAt), asc(scimGroups.id))
          .limit(query.limit)
          .offset(query.offset);
  const members = wantsMembers(query.excludedAttributes)
    ? await membersOf(
        ctx.db,
        orgId,
        rows.map((r) => r.id),
      )
    : null;
  return {
    schemas: [LIST_SCHEMA],
    totalResults: Number(total),
    startIndex: query.startIndex,
    itemsPerPage: rows.length,
    Resources: rows.map((r) => present(ctx.config, r, members ? (members.get(r.id) ?? []) : null)),
  };
}

export async function getGroup({ ctx, orgId }: ScimCall, id: string, excludedAttributes?: string) {
  const row = await loadGroup(ctx.db, orgId, id);
  const members = wantsMembers(excludedAttributes)
    ? ((await membersOf(ctx.db, orgId, [id])).get(id) ?? [])
    : null;
  return present(ctx.config, row, members);
}

/** Every member must be a person this organisation's client provisioned. */
async function assertMembersKnown(db: Db, orgId: string, ids: string[]) {
  const wanted = [...new Set(ids)];
  const bad = wanted.find((id) => !/^[0-9a-f-]{36}$/i.test(id));
  if (bad) throw scimInvalid(`No user with id ${bad}`);
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: scimUsers.personId })
    .from(scimUsers)
    .where(and(eq(scimUsers.orgId, orgId), inArray(scimUsers.personId, wanted)));
  const known = new Set(found.map((f) => f.id));
  const missing = wanted.find((id) => !known.has(id));
  if (missing) throw scimInvalid(`No user with id ${missing}`);
}

async function assertExternalFree(db: Db, orgId: string, externalId: string | null, except: string | null) {
  if (!externalId) return;
  const [taken] = await db
    .select({ id: scimGroups.id })
    .from(scimGroups)
    .where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.externalId, externalId)));
  if (taken && taken.id !== except) throw scimConflict(`externalId ${externalId} is already in use`);
}

/** Writes a group's next state: its fields, then members in and out, each given or losing what the group maps to. */
async function writeGroup(
  db: Db,
  orgId: string,
  now: Date,
  row: GroupRow,
  before: Set<string>,
  next: GroupState,
) {
  await assertMembersKnown(db, orgId, [...next.members]);
  await assertExternalFree(db, orgId, next.externalId, row.id);
  await db
    .update(scimGroups)
    .set({ displayName: next.displayName, externalId: next.externalId, updatedAt: now })
    .where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.id, row.id)));
  const added = [...next.members].filter((id) => !before.has(id));
  const removed = [...before].filter((id) => !next.members.has(id));
  if (added.length)
    await db.insert(scimGroupMembers).values(added.map((personId) => ({ orgId, groupId: row.id, personId })));
  if (removed.length)
    await db
      .delete(scimGroupMembers)
      .where(
        and(
          eq(scimGroupMembers.orgId, orgId),
          eq(scimGroupMembers.groupId, row.id),
          inArray(scimGroupMembers.personId, removed),
        ),
      );
  await revoke(db, orgId, row, removed);
  await grant(db, orgId, row, added);
  const renamed = row.displayName !== next.displayName || row.externalId !== next.externalId;
  if (renamed || added.length || removed.length)
    await writeAudit(
      db,
      { actor: null, orgId },
      {
        action: 'scim.group_updated',
        entityType: 'scim_group',
        entityId: row.id,
        details: { ...VIA_SCIM, renamed, added: added.length, removed: removed.length },
      },
    );
}

const memberSet = async (db: Db, orgId: string, id: string) =>
  new Set(((await membersOf(db, orgId, [id])).get(id) ?? []).map((m) => m.id));

export async function createGroup(call: ScimCall, state: GroupState) {
  const { ctx, orgId } = call;
  const id = await inTransaction(ctx, async (tx) => {
    await assertExternalFree(tx.db, orgId, state.externalId, null);
    const [row] = await tx.db
      .insert(scimGroups)
      .values({ orgId, displayName: state.displayName, externalId: state.externalId })
      .returning();
    await writeAudit(
      tx.db,
      { actor: null, orgId },
      { action: 'scim.group_created', entityType: 'scim_group', entityId: row!.id, details: VIA_SCIM },
    );
    await writeGroup(tx.db, orgId, ctx.now(), row!, new Set(), state);
    return row!.id;
  });
  return getGroup(call, id);
}

export async function replaceGroup(call: ScimCall, id: string, state: GroupState) {
  const { ctx, orgId } = call;
  await inTransaction(ctx, async (tx) => {
    const row = await loadGroup(tx.db, orgId, id, true);
    await writeGroup(tx.db, orgId, ctx.now(), row, await memberSet(tx.db, orgId, id), state);
  });
  return getGroup(call, id);
}

export async function patchGroupResource(call: ScimCall, id: string, operations: PatchOperation[]) {
  const { ctx, orgId } = call;
  await inTransaction(ctx, async (tx) => {
    const row = await loadGroup(tx.db, orgId, id, true);
    const before = await memberSet(tx.db, orgId, id);
    const next = patchGroup(
      { displayName: row.displayName, externalId: row.externalId, members: before },
      operations,
    );
    await writeGroup(tx.db, orgId, ctx.now(), row, before, next);
  });
}

/** A group is not a person: it is removed, and its members lose what it gave them. */
export async function deleteGroup(call: ScimCall, id: string) {
  const { ctx, orgId } = call;
  await inTransaction(ctx, async (tx) => {
    const row = await loadGroup(tx.db, orgId, id, true);
    const before = await memberSet(tx.db, orgId, id);
    await tx.db
      .delete(scimGroupMembers)
      .where(and(eq(scimGroupMembers.orgId, orgId), eq(scimGroupMembers.groupId, id)));
    await revoke(tx.db, orgId, row, [...before]);
    await tx.db.delete(scimGroups).where(and(eq(scimGroups.orgId, orgId), eq(scimGroups.id, id)));
    await writeAudit(
      tx.db,
      { actor: null, orgId },
      {
        action: 'scim.group_deleted',
        entityType: 'scim_group',
        entityId: id,
        details: { ...VIA_SCIM, members: before.size },
      },
    );
  });
}
