import { LIMITS } from '../../../shared/limits.js';
import { scimInvalid } from './errors.js';
import { pathValues, type PatchOperation } from './patch.js';

/** A group as the client describes it; members are SCIM User ids. */
export interface GroupState {
  displayName: string;
  externalId: string | null;
  members: Set<string>;
}

const IGNORED = new Set(['schemas', 'id', 'meta']);

function displayName(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) throw scimInvalid('displayName is required');
  if (value.trim().length > LIMITS.name)
    throw scimInvalid(`displayName is longer than ${LIMITS.name} characters`);
  return value.trim();
}

function externalId(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > LIMITS.shortText)
    throw scimInvalid('externalId must be a short string');
  return value;
}

/** Member ids of `[{ "value": "<id>" }, …]`. */
function memberIds(value: unknown): string[] {
  if (value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((m) => {
    const id = m && typeof m === 'object' ? (m as { value?: unknown }).value : undefined;
    if (typeof id !== 'string' || !id) throw scimInvalid('Each member needs a value: the User id');
    return id;
  });
}

/** A whole Group body (POST or PUT). */
export function groupFromBody(body: unknown): GroupState {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw scimInvalid('The body must be a SCIM Group object', 'invalidSyntax');
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (
      !IGNORED.has(key.toLowerCase()) &&
      !['displayname', 'externalid', 'members'].includes(key.toLowerCase())
    )
      throw scimInvalid(`Unknown attribute: ${key}`, 'invalidSyntax');
  }
  const get = (name: string) => Object.entries(record).find(([k]) => k.toLowerCase() === name)?.[1];
  return {
    displayName: displayName(get('displayname')),
    externalId: externalId(get('externalid')),
    members: new Set(memberIds(get('members') ?? [])),
  };
}

const MEMBER_FILTER = /^members\[value eq "([^"]+)"\]$/i;

/**
 * Applies a PatchOp to a copy of the group's state, the way Entra writes them: Add and Remove of
 * `members` with a list of `{ "value": id }`, Remove of `members[value eq "id"]`, Replace of
 * displayName or externalId with or without a path.
 */
export function patchGroup(state: GroupState, operations: PatchOperation[]): GroupState {
  const next: GroupState = { ...state, members: new Set(state.members) };
  for (const operation of operations) {
    for (const [rawPath, value] of pathValues(operation)) {
      const path = rawPath.toLowerCase();
      const single = MEMBER_FILTER.exec(rawPath);
      if (single && operation.op === 'remove') next.members.delete(single[1]!);
      else if (path === 'members') {
        const ids =
          operation.op === 'remove' && operation.value != null
            ? memberIds(operation.value)
            : memberIds(value);
        if (operation.op === 'add') ids.forEach((id) => next.members.add(id));
        else if (operation.op === 'replace') next.members = new Set(ids);
        else if (operation.value == null) next.members.clear();
        else ids.forEach((id) => next.members.delete(id));
      } else if (path === 'displayname') {
        if (operation.op === 'remove') throw scimInvalid('displayName cannot be removed', 'mutability');
        next.displayName = displayName(value);
      } else if (path === 'externalid') next.externalId = externalId(value);
      else if (!IGNORED.has(path)) throw scimInvalid(`Unknown attribute path: ${rawPath}`, 'invalidPath');
    }
  }
  return next;
}
