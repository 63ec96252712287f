import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';

/** The path (`a.0.b`) of the first string or key holding a NUL character, or null. */
function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : null;
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')].join('.');
      const found = nulPath(v, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

const invalidCharacter = (path: string) =>
  new ServiceError(
    'VALIDATION',
    'The text holds a character that cannot be saved (NUL)',
    'invalid_character',
    [{ path, message: 'Holds the NUL character' }],
  );

/**
 * PostgreSQL text cannot hold the NUL character, so a request carrying one (pasted from another
 * program, or sent on purpose) would fail in the database. It gets a clear 400 here instead, for
 * JSON bodies, the query string and the path alike. The body is read once and cached by Hono, so
 * the route's validator reads the same parsed value.
 */
export const rejectNulCharacters: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  if (url.pathname.includes('%00')) throw invalidCharacter('path');
  for (const [key, value] of url.searchParams)
    if (`${key}${value}`.includes('\u0000')) throw invalidCharacter(key);
  if (
    c.req.method !== 'GET' &&
    c.req.method !== 'HEAD' &&
    (c.req.header('content-type') ?? '').includes('json')
  ) {
    const body: unknown = await c.req.json().catch(() => undefined);
    const path = nulPath(body);
    if (path !== null) throw invalidCharacter(path);
  }
  await next();
};
