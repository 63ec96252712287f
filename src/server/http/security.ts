import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from './context.js';
import { ServiceError } from './errors.js';

export const securityHeaders = secureHeaders({
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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for writes: the Origin (when the browser sends one) must be ours, and a
 * signed-in request must echo the session's CSRF token in X-CSRF-Token.
 */
export function csrfProtection(allowedOrigins: string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      const host = c.req.header('host');
      const own = host ? [`http://${host}`, `https://${host}`] : [];
      if (![...allowedOrigins, ...own].includes(origin)) {
        throw new ServiceError('FORBIDDEN', 'Request from another site refused', 'origin');
      }
    }
    const expected = c.var.csrfToken;
    if (expected && c.req.header('x-csrf-token') !== expected) {
      throw new ServiceError('FORBIDDEN', 'The page is out of date; reload it and try again', 'csrf');
    }
    await next();
  };
}
