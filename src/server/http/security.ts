import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';

/** The web app's pages and files: the full set, with the content security policy the pages need. */
export const webSecurityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Mantine sets CSS variables through style attributes.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  // The same as frame-ancestors 'none', for browsers that only know the older header.
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});

/**
 * API answers (JSON, a calendar file, a redirect) are never a document that runs a script, so the
 * page's policy, Permissions-Policy, Cross-Origin-Opener-Policy and the legacy browser switches
 * (ADR 0023) have nothing to act on there. What they keep: nothing may load, run or frame them as a
 * page (a CSP stricter than the pages' own), no sniffing them into another type, no reading them
 * from another origin, HTTPS only, no referrer beyond our origin, and no copy kept by a cache.
 */
export const API_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['Cache-Control', 'no-store'],
];

/**
 * Sets the API answers' headers before the answer exists, so they join its own headers as it is
 * made (c.json, c.body, the error handler). Set after, on a finished answer, they would make Hono
 * copy it and node-server stream it out the slow way; the caller checks the answer afterwards
 * with `ensureApiSecurityHeaders`.
 */
export function prepareApiSecurityHeaders(c: Context) {
  for (const [name, value] of API_SECURITY_HEADERS) c.header(name, value);
}

/** For an answer not made through the context (a Response returned as is): adds what it lacks. */
export function ensureApiSecurityHeaders(c: Context) {
  const headers = c.res.headers;
  if (headers.has('x-content-type-options')) return;
  for (const [name, value] of API_SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for writes: the Origin (when the browser sends one) must be ours, and a
 * signed-in request must echo the session's CSRF token in X-CSRF-Token. Throws; reads pass.
 */
export function checkCsrf(c: Context<AppEnv>, allowedOrigins: readonly string[]) {
  if (SAFE_METHODS.has(c.req.method)) return;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const host = c.req.header('host');
    const own = host ? [`http://${host}`, `https://${host}`] : [];
    if (![...allowedOrigins, ...own].includes(origin)) {
      throw new ServiceError('FORBIDDEN', 'Request from another site refused', 'origin');
    }
  }
  const expected = c.get('csrfToken');
  if (expected && c.req.header('x-csrf-token') !== expected) {
    throw new ServiceError('FORBIDDEN', 'The page is out of date; reload it and try again', 'csrf');
  }
}
