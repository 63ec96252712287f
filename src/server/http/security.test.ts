import { beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { LIMITS } from '../../shared/limits.js';
import { resetRateLimits } from './rate-limit.js';

describeEachEngine(
  'HTTP security',
  (env) => {
    beforeEach(() => resetRateLimits());

    it('refuses a signed-in write without the CSRF token, or with a wrong one', async () => {
      const { app, database, config } = env();
      const session = await signInAs(
        database.db,
        config,
        await buildPerson(database.db, await buildOrg(database.db)),
      );
      const body = JSON.stringify({ locale: 'en' });
      const json = { 'content-type': 'application/json', cookie: session.cookie };
      const missing = await app.request('/api/auth/me', { method: 'PATCH', headers: json, body });
      expect(missing.status).toBe(403);
      expect((await missing.json()).error.reason).toBe('csrf');
      const wrong = await app.request('/api/auth/me', {
        method: 'PATCH',
        headers: { ...json, 'x-csrf-token': 'gaettet' },
        body,
      });
      expect(wrong.status).toBe(403);
      // Reads need no token, and the right token passes.
      expect((await app.request('/api/auth/me', { headers: { cookie: session.cookie } })).status).toBe(200);
      expect((await call(app, 'PATCH', '/api/auth/me', { as: session, body: { locale: 'en' } })).status).toBe(
        200,
      );
    });

    it('refuses a write from a foreign Origin, signed in or not', async () => {
      const { app, database, config } = env();
      const session = await signInAs(
        database.db,
        config,
        await buildPerson(database.db, await buildOrg(database.db)),
      );
      const foreign = { origin: 'https://evil.example.com' };
      const signedIn = await call(app, 'PATCH', '/api/auth/me', {
        as: session,
        headers: foreign,
        body: { locale: 'en' },
      });
      expect(signedIn.status).toBe(403);
      expect(signedIn.json.error.reason).toBe('origin');
      const anonymous = await call(app, 'POST', '/api/auth/sign-in', {
        headers: foreign,
        body: { email: 'a@example.dk', password: 'x' },
      });
      expect(anonymous.status).toBe(403);
      expect(anonymous.json.error.reason).toBe('origin');
      const own = await call(app, 'PATCH', '/api/auth/me', {
        as: session,
        headers: { origin: new URL(config.publicUrl).origin },
        body: { locale: 'da' },
      });
      expect(own.status).toBe(200);
    });

    it('sends the security headers: the pages’ policy on the web app, nothing loadable on API answers', async () => {
      const { app, database, config } = env();
      // The web app's pages (here its not-found answer, as API tests serve no build).
      const page = await app.request('/some/page');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
      expect(page.headers.get('permissions-policy')).toContain('camera=()');
      expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      // API answers (ADR 0023): a policy under which nothing in them loads or runs, and no framing,
      // sniffing, reading from another origin or caching — on answers, refusals and errors alike.
      const session = await signInAs(
        database.db,
        config,
        await buildPerson(database.db, await buildOrg(database.db)),
      );
      const answers = [
        await app.request('/api/health'),
        await app.request('/api/auth/me', { headers: { cookie: session.cookie } }),
        await app.request('/api/auth/me'),
        await app.request('/api/no-such-route'),
        await call(app, 'PATCH', '/api/auth/me', { as: session, body: { locale: 'xx' } }),
      ];
      expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 404, 400]);
      for (const res of answers) {
        expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('same-origin');
        expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
        expect(res.headers.get('strict-transport-security')).toContain('max-age=');
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('refuses a body over the route’s limit with 413: kilobytes when open to anyone, more when signed in', async () => {
      const { app, database, config } = env();
      const padded = (bytes: number) => ({ email: 'a@example.dk', padding: 'x'.repeat(bytes) });
      for (const path of ['/api/auth/password-reset', '/api/auth/sign-in', '/api/auth/set-password']) {
        const res = await call(app, 'POST', path, { body: padded(LIMITS.publicRequestBytes) });
        expect(res.status, path).toBe(413);
        expect(res.json.error.code).toBe('PAYLOAD_TOO_LARGE');
      }
      // The same size is read (and refused for its content) on a signed-in route.
      const session = await signInAs(
        database.db,
        config,
        await buildPerson(database.db, await buildOrg(database.db)),
      );
      const patch = (bytes: number) =>
        call(app, 'PATCH', '/api/auth/me', {
          as: session,
          body: { locale: 'da', padding: 'x'.repeat(bytes) },
        });
      expect((await patch(LIMITS.publicRequestBytes)).status).toBe(200);
      expect((await patch(LIMITS.requestBytes)).status).toBe(413);
    });

    it('limits sign-in attempts per IP (SIGN_INS_PER_IP_PER_MINUTE) with 429 and Retry-After', async () => {
      const { app, config } = env();
      expect(config.signInsPerIpPerMinute).toBe(20);
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      for (let i = 0; i < 20; i++) {
        const res = await call(app, 'POST', '/api/auth/sign-in', {
          headers: from('203.0.113.7'),
          body: { email: `ukendt-${i}@example.dk`, password: 'forkert-kodeord' },
        });
        expect(res.status).toBe(401);
      }
      const limited = await call(app, 'POST', '/api/auth/sign-in', {
        headers: from('203.0.113.7'),
        body: { email: 'ukendt@example.dk', password: 'forkert-kodeord' },
      });
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe('RATE_LIMITED');
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Another address is not affected.
      const other = await call(app, 'POST', '/api/auth/sign-in', {
        headers: from('198.51.100.1'),
        body: { email: 'ukendt@example.dk', password: 'forkert-kodeord' },
      });
      expect(other.status).toBe(401);
      // A client cannot pick a fresh address by writing its own X-Forwarded-For before the proxy's.
      const spoofed = await call(app, 'POST', '/api/auth/sign-in', {
        headers: from('192.0.2.77, 203.0.113.7'),
        body: { email: 'ukendt@example.dk', password: 'forkert-kodeord' },
      });
      expect(spoofed.status).toBe(429);
    });

    it('limits anonymous calls per IP, but not signed-in ones', async () => {
      const { app, database, config } = env();
      const session = await signInAs(
        database.db,
        config,
        await buildPerson(database.db, await buildOrg(database.db)),
      );
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      for (let i = 0; i < 120; i++) {
        expect((await call(app, 'GET', '/api/auth/tokens/ukendt-token-123', { headers })).status).toBe(404);
      }
      const limited = await call(app, 'GET', '/api/auth/tokens/ukendt-token-123', { headers });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBeTruthy();
      const signedIn = await call(app, 'GET', '/api/auth/tokens/ukendt-token-123', { headers, as: session });
      expect(signedIn.status).toBe(404);
    });
  },
  { trustProxy: true, signInsPerIpPerMinute: 20 },
);
