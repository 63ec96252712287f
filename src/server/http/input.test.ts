import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { fromDatabaseError } from './errors.js';
import { nulPath, scanJson } from './input.js';
import { LIMITS } from '../../shared/limits.js';
import { describeError } from '../log.js';

describeEachEngine('input the database cannot hold', (env) => {
  const employee = async () => {
    const { database, config } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const person = await buildPerson(database.db, org, { roles: [{ unit, role: 'employee' }] });
    return signInAs(database.db, config, person);
  };

  it('answers 400 invalid_character for a NUL in a JSON body, nested or not, and saves nothing', async () => {
    const { app } = env();
    const as = await employee();
    const goal = await call(app, 'POST', '/api/goals', { as, body: { title: 'Lære\u0000 at lytte' } });
    expect(goal.status).toBe(400);
    expect(goal.json.error).toMatchObject({
      code: 'VALIDATION',
      reason: 'invalid_character',
      issues: [{ path: 'title' }],
    });
    const list = await call(app, 'GET', '/api/goals', { as });
    expect(JSON.stringify(list.json)).not.toContain('lytte');
    const nested = await call(app, 'POST', '/api/goals', {
      as,
      body: { title: 'Ok', why: ['x', { y: 'a\u0000b' }] },
    });
    expect(nested.status).toBe(400);
    expect(nested.json.error).toMatchObject({ reason: 'invalid_character', issues: [{ path: 'why.1.y' }] });
  });

  it('answers 400 body_too_complex for deep nesting or long arrays, signed in or not, before anything recursive', async () => {
    const { app } = env();
    const as = await employee();
    const deep = '['.repeat(8000) + ']'.repeat(8000);
    const longArray = JSON.stringify({
      email: 'a@example.dk',
      x: Array.from({ length: LIMITS.jsonItems + 1 }, () => 1),
    });
    const bigObject = JSON.stringify(
      Object.fromEntries(Array.from({ length: LIMITS.jsonItems + 1 }, (_, i) => [`k${i}`, i])),
    );
    for (const [path, session] of [
      ['/api/auth/sign-in', undefined],
      ['/api/auth/password-reset', undefined],
      ['/api/goals', as],
    ] as const) {
      for (const body of [deep, `{"title":${deep}}`, longArray, bigObject]) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrf });
        const res = await app.request(path, { method: 'POST', headers, body });
        expect(res.status, `${path} ${body.slice(0, 20)}`).toBe(400);
        const json = (await res.json()) as { error: { code: string; reason: string; message: string } };
        expect(json.error).toMatchObject({ code: 'VALIDATION', reason: 'body_too_complex' });
        expect(json.error.message).toMatch(/nested too deeply or holds too many items/);
      }
    }
    // Nesting and lists up to the limits are read as usual.
    const nested = await call(app, 'POST', '/api/goals', {
      as,
      body: {
        title: 'Ok',
        why: JSON.parse('['.repeat(LIMITS.jsonDepth - 1) + ']'.repeat(LIMITS.jsonDepth - 1)),
      },
    });
    expect(nested.status).toBe(400);
    expect(nested.json.error.reason).toBeUndefined();
  });

  it('answers 400 for a NUL in the query string and for a version past the integer range', async () => {
    const { app } = env();
    const as = await employee();
    const query = await call(app, 'GET', '/api/people?q=an%00na', { as });
    expect(query.status).toBe(400);
    expect(query.json.error).toMatchObject({ reason: 'invalid_character', issues: [{ path: 'q' }] });
    const created = await call(app, 'POST', '/api/goals', { as, body: { title: 'Stille spørgsmål' } });
    expect(created.status).toBe(201);
    const id = created.json.goal?.id ?? created.json.id;
    const huge = await call(app, 'PATCH', `/api/goals/${id}`, {
      as,
      body: { title: 'Nyt', version: 2 ** 40 },
    });
    expect(huge.status).toBe(400);
    expect(huge.json.error.code).toBe('VALIDATION');
  });
});

it('scans JSON text without parsing it: strings may hold brackets, commas and escaped backslashes', () => {
  expect(scanJson('{"a":"[[[[,,,,","b":"\\\\u0000"}').hasNul).toBe(false);
  expect(scanJson('{"a":"x\\u0000y"}').hasNul).toBe(true);
  expect(() => scanJson(`"${'['.repeat(100)}"`)).not.toThrow();
  expect(() => scanJson(`[${'1,'.repeat(LIMITS.jsonItems - 1)}1]`)).not.toThrow();
  expect(() => scanJson(`[${'1,'.repeat(LIMITS.jsonItems)}1]`)).toThrow(/too many items/);
  expect(nulPath({ a: ['x', { b: 'y\u0000' }] })).toBe('a.1.b');
  expect(nulPath({ first: 'ok', second: ['\u0000'], third: '\u0000' })).toBe('second.0');
  // Iterative: a deep value does not overflow the stack.
  let deep: unknown = 'a\u0000';
  for (let i = 0; i < 100_000; i++) deep = [deep];
  expect(nulPath(deep)).toBe(Array.from({ length: 100_000 }, () => '0').join('.'));
});

it('maps the database errors behind the validators to 400s, and logs no statement parameters', () => {
  expect(fromDatabaseError({ cause: { code: '22021' } })?.reason).toBe('invalid_character');
  expect(fromDatabaseError({ cause: { code: '22P05' } })?.reason).toBe('invalid_character');
  expect(fromDatabaseError({ cause: { code: '22003' } })?.reason).toBe('number_out_of_range');
  const failed = Object.assign(
    new Error('Failed query: insert into people (name) values ($1)\nparams: Sofie Andersen'),
    {
      query: 'insert into people (name) values ($1)',
      params: ['Sofie Andersen'],
      cause: Object.assign(new Error('boom'), { code: 'XX000' }),
    },
  );
  const logged = describeError(failed);
  expect(logged).toContain('insert into people');
  expect(logged).toContain('boom (XX000)');
  expect(logged).not.toContain('Sofie');
});
