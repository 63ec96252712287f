import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from '@hono/zod-openapi';
import { createApp } from '../src/server/app.js';
import { testConfig } from '../src/server/config.js';
import { idParam, json, route } from '../src/server/http/route.js';
import type { Database } from '../src/server/db/client.js';
import { call } from './http.js';

// The check every API test relies on: an answer that drifts from its route's schema fails the test.
describe('answers are checked against their declared schemas', () => {
  const app = createApp({ config: testConfig(), database: {} as Database, serveWeb: false });
  const answer = z.object({ name: z.string(), at: z.iso.datetime() });
  let body: unknown = null;
  let status = 200;
  app.openapi(
    route({
      method: 'get',
      path: '/drift/{id}',
      access: 'public',
      // No database behind this app: the anonymous rate limit (counted in the database) stays out.
      rateLimited: false,
      request: { params: idParam },
      responses: { 200: json(answer) },
    }),
    (c) => c.json(body as never, status as 200),
  );
  const path = `/api/drift/${crypto.randomUUID()}?page=2`;
  const either = z.union([z.object({ person: z.string() }), z.object({ team: z.string() })]);
  app.openapi(
    route({
      method: 'get',
      path: '/drift-union',
      access: 'public',
      rateLimited: false,
      responses: { 200: json(either) },
    }),
    (c) => c.json({ person: 1 } as never, 200),
  );

  it('passes an answer the schema describes', async () => {
    body = { name: 'Mette', at: new Date().toISOString() };
    status = 200;
    expect((await call(app, 'GET', path)).json).toEqual(body);
  });

  it('fails on a field of the wrong type, naming the route, the status and the field', async () => {
    body = { name: 7, at: '2026-03-01' };
    status = 200;
    const failure = call(app, 'GET', path);
    await expect(failure).rejects.toThrow('GET /api/drift/:id answered 200 with a body');
    await expect(failure).rejects.toThrow(/name: Invalid input: expected string, received number/);
    await expect(failure).rejects.toThrow(/at: Invalid ISO datetime/);
  });

  it('fails on a field the schema does not declare, which parsing alone would drop', async () => {
    body = { name: 'Mette', at: new Date().toISOString(), team: { id: 'x' } };
    status = 200;
    await expect(call(app, 'GET', path)).rejects.toThrow('team: not declared in the schema');
  });

  it('fails on a status the route does not declare', async () => {
    body = { name: 'Mette', at: new Date().toISOString() };
    status = 201;
    await expect(call(app, 'GET', path)).rejects.toThrow(
      'GET /api/drift/:id answered 201, a status the route does not declare',
    );
  });

  it('says, for a union no variant fits, why each variant does not', async () => {
    const failure = call(app, 'GET', '/api/drift-union');
    await expect(failure).rejects.toThrow('(the body): no variant of the union fits');
    await expect(failure).rejects.toThrow(
      /variant 1: person: Invalid input: expected string, received number/,
    );
    await expect(failure).rejects.toThrow(
      /variant 2: team: Invalid input: expected string, received undefined/,
    );
  });

  it('holds an error answer to the one error body', async () => {
    body = { error: 'nope' };
    status = 409;
    await expect(call(app, 'GET', path)).rejects.toThrow(
      /answered 409 with a body[\s\S]*error: Invalid input/,
    );
    body = { error: { code: 'CONFLICT', reason: 'stale_version', message: 'Changed meanwhile' } };
    expect((await call(app, 'GET', path)).status).toBe(409);
    // The framework's own errors (here: a malformed id) have the same body.
    expect((await call(app, 'GET', '/api/drift/not-an-id')).status).toBe(400);
  });
});
