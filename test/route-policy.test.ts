import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import { declaredAccess, routeKey } from '../src/server/http/route.js';
import type { Database } from '../src/server/db/client.js';

describe('route policies', () => {
  it('every API route declares its access through route()', () => {
    const app = createApp({ config: testConfig(), database: {} as Database, serveWeb: false });
    const declared = declaredAccess();
    const apiRoutes = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL');
    expect(apiRoutes.length).toBeGreaterThan(3);
    const missing = apiRoutes
      .map((r) => routeKey(r.method, r.path))
      .filter((key) => key !== 'GET /api/openapi.json' && !declared.has(key));
    expect(missing).toEqual([]);
  });

  it('a route added without a policy is caught', () => {
    const app = createApp({ config: testConfig(), database: {} as Database, serveWeb: false });
    app.get('/api/sneaky', (c) => c.text('no policy'));
    const declared = declaredAccess();
    const missing = app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => routeKey(r.method, r.path))
      .filter((key) => key !== 'GET /api/openapi.json' && !declared.has(key));
    expect(missing).toEqual(['GET /api/sneaky']);
  });
});
