import { scimInvalid, ScimError } from './errors.js';

export type PatchVerb = 'add' | 'replace' | 'remove';

export interface PatchOperation {
  op: PatchVerb;
  path: string | null;
  value: unknown;
}

/**
 * The operations of a PatchOp body. Entra writes the verbs capitalised ("Replace"); RFC 7644 says
 * they are case-insensitive, so they are read that way. Nothing is applied here: the caller
 * applies all of them or, on any error, none.
 */
export function patchOperations(body: unknown): PatchOperation[] {
  if (!body || typeof body !== 'object') throw scimInvalid('The body must be a PatchOp', 'invalidSyntax');
  const record = body as Record<string, unknown>;
  const list = record.Operations ?? record.operations;
  if (!Array.isArray(list) || list.length === 0)
    throw scimInvalid('A PatchOp needs a list of Operations', 'invalidSyntax');
  return list.map((raw, i) => {
    if (!raw || typeof raw !== 'object')
      throw scimInvalid(`Operation ${i + 1} is not an object`, 'invalidSyntax');
    const { op, path, value } = raw as Record<string, unknown>;
    const verb = typeof op === 'string' ? op.toLowerCase() : '';
    if (verb !== 'add' && verb !== 'replace' && verb !== 'remove')
      throw scimInvalid(`Operation ${i + 1}: op must be add, replace or remove`, 'invalidSyntax');
    if (path !== undefined && path !== null && typeof path !== 'string')
      throw scimInvalid(`Operation ${i + 1}: path must be a string`, 'invalidPath');
    const p = typeof path === 'string' && path.trim() ? path.trim() : null;
    if (verb === 'remove' && !p)
      throw new ScimError(400, `Operation ${i + 1}: remove needs a path`, 'noTarget');
    if (verb !== 'remove' && value === undefined)
      throw scimInvalid(`Operation ${i + 1}: ${verb} needs a value`, 'invalidValue');
    if (verb !== 'remove' && !p && (!value || typeof value !== 'object' || Array.isArray(value)))
      throw scimInvalid(`Operation ${i + 1}: without a path, the value must be an object`, 'invalidValue');
    return { op: verb, path: p, value: value ?? null };
  });
}

/**
 * One operation as (path, value) pairs: a path-less add or replace names its attributes as the
 * keys of its value (`{"active": false}`, `{"name.givenName": "Ida"}`); a remove clears (null).
 */
export function pathValues(operation: PatchOperation): [string, unknown][] {
  if (operation.op === 'remove') return [[operation.path!, null]];
  if (operation.path) return [[operation.path, operation.value]];
  return Object.entries(operation.value as Record<string, unknown>);
}
