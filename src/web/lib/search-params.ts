/*
 * Readers of a page's address (TanStack Router's validateSearch). The routes are in the first
 * chunk every visitor loads, so they check their addresses with these few lines rather than a
 * schema library. Each reader keeps a value only when it is what the page understands and
 * otherwise drops it, so a hand-edited or stale address opens the page unfiltered, never broken.
 */

export type Search = Record<string, unknown>;

/** A text of at most `max` characters (and not empty). */
export function textParam(search: Search, name: string, max: number): string | undefined {
  const value = search[name];
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/** One of the given values. */
export function oneOfParam<const T extends string>(
  search: Search,
  name: string,
  values: readonly T[],
): T | undefined {
  const value = search[name];
  return typeof value === 'string' && (values as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's id. */
export function uuidParam(search: Search, name: string): string | undefined {
  const value = search[name];
  return typeof value === 'string' && UUID.test(value) ? value : undefined;
}

/** A yes or no (the router reads `?inactive=true` as the boolean). */
export function booleanParam(search: Search, name: string): boolean | undefined {
  const value = search[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** A whole number of at least `min` (the router reads `?page=2` as the number). */
export function integerParam(search: Search, name: string, min: number): number | undefined {
  const value = search[name];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min ? value : undefined;
}
