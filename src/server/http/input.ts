import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LIMITS } from '../../shared/limits.js';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';

const invalidCharacter = (path: string) =>
  new ServiceError(
    'VALIDATION',
    'The text holds a character that cannot be saved (NUL)',
    'invalid_character',
    [{ path, message: 'Holds the NUL character' }],
  );

const tooComplex = (what: string) =>
  new ServiceError(
    'VALIDATION',
    `The request is nested too deeply or holds too many items (${what})`,
    'body_too_complex',
  );

const tooLarge = () => new ServiceError('PAYLOAD_TOO_LARGE', 'The request is too large');

/**
 * One pass over a JSON text, without parsing it: refuses nesting deeper than LIMITS.jsonDepth and
 * arrays or objects with more than LIMITS.jsonItems entries, and tells whether any string holds
 * an escaped NUL (`\u0000`; JSON cannot carry a raw one). Nothing recursive has touched the body
 * yet, so a request of thousands of `[` is a 400 here, not a stack overflow further on.
 */
export function scanJson(text: string): { hasNul: boolean } {
  const maxDepth = LIMITS.jsonDepth;
  // Commas seen in each open array or object, indexed by depth.
  const commas = new Int32Array(maxDepth + 2);
  let depth = 0;
  let inString = false;
  let hasNul = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) {
        if (text.charCodeAt(i + 1) === 0x75 /* u */ && text.startsWith('0000', i + 2)) hasNul = true;
        i++;
      } else if (ch === 0x22 /* " */) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      depth++;
      if (depth > maxDepth) throw tooComplex(`deeper than ${maxDepth} levels`);
      commas[depth] = 0;
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (ch === 0x2c /* , */ && depth > 0) {
      // n commas separate n + 1 entries.
      if (++commas[depth]! >= LIMITS.jsonItems) throw tooComplex(`more than ${LIMITS.jsonItems} entries`);
    }
  }
  return { hasNul };
}

/**
 * The path (`a.0.b`) of the first string or key holding a NUL character, or null. Iterative, in
 * document order; only called when the scan saw an escaped NUL, on a value the scan bounded.
 */
export function nulPath(value: unknown): string | null {
  interface Step {
    value: unknown;
    key: string | null;
    parent: Step | null;
  }
  const pathOf = (step: Step | null, last?: string): string => {
    const keys = last === undefined ? [] : [last];
    for (let s = step; s && s.key !== null; s = s.parent) keys.push(s.key);
    return keys.reverse().join('.');
  };
  const stack: Step[] = [{ value, key: null, parent: null }];
  while (stack.length) {
    const step = stack.pop()!;
    const v = step.value;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return pathOf(step);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [key] of entries)
        if (key.includes('\u0000')) return pathOf(step, key.replaceAll('\u0000', ''));
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: step });
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character, so a request carrying one (pasted from another
 * program, or sent on purpose) would fail in the database. It gets a clear 400 here instead, for
 * the query string and the path; bodies are checked by `readJsonBody`.
 */
export function checkNulInUrl(rawUrl: string) {
  // A NUL reaches the path or the query only percent-encoded (an HTTP request line cannot carry a
  // raw one, and no other escape decodes to it), so a URL without `%00` needs no parsing.
  if (!rawUrl.includes('%00')) return;
  const url = new URL(rawUrl);
  if (url.pathname.includes('%00')) throw invalidCharacter('path');
  for (const [key, value] of url.searchParams)
    if (`${key}${value}`.includes('\u0000')) throw invalidCharacter(key);
}

export const rejectNulInUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  checkNulInUrl(c.req.url);
  await next();
};

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * A route's body: at most `maxBytes` (refused from Content-Length before a byte is read, or as
 * soon as a streamed body passes it), then scanned for depth, entries and NUL characters before
 * the route's validator parses it. Hono caches the text, so it is read once.
 */
export function readJsonBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge();
    },
  });
  return (c, next) => {
    // No body to read: asking for one (c.req.raw.body, as the limit does) would make
    // @hono/node-server build a full Request with its AbortController on every page read.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return limit(c, async () => {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim();
      if (JSON_MEDIA_TYPE.test(mediaType) && c.req.raw.body) {
        const text = await c.req.text();
        if (scanJson(text).hasNul) {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Malformed: the validator answers it.
          }
          const path = nulPath(parsed);
          if (path !== null) throw invalidCharacter(path);
        }
      }
      await next();
    });
  };
}
