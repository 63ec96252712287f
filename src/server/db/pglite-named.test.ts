import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { testConfig } from '../config.js';
import { fromDatabaseError } from '../http/errors.js';
import { openDatabase, type Database, type Db } from './client.js';
import { declaredStatements, preparedStatement, type PglitePath } from './prepared.js';
import { buildPolicyWorld } from '../../../test/policy-world.js';
import { call } from '../../../test/http.js';
import { signInAs } from '../../../test/factories.js';
import { compareEveryCall } from '../../../test/prepared-paths.js';

/*
 * PGlite runs the declared statements by name (pglite-named.ts). These pin that the rows, the
 * errors and the transactions are what Drizzle's unnamed run gives, on the same data.
 */

const shapes = preparedStatement<Record<string, unknown>>(
  'test_pglite_named_shapes',
  `select $1::uuid[] as ids, $2::text as text, $3::jsonb as doc, $4::timestamptz as at, $5::int as n,
          now() as now, current_date as today, interval '1 day 2 hours' as span, 12345678901234::bigint as big,
          1.50::numeric as amount, array[1.5, 2]::numeric[] as amounts, array[now()] as moments,
          true as yes, null::text as nothing, $6::text[] as words,
          (select json_agg(json_build_object('i', i, 'at', now())) from generate_series(1, 3) i) as nested`,
);
const insertThing = preparedStatement<{ id: number }>(
  'test_pglite_named_insert',
  'insert into pglite_named_things (label) values ($1) returning id',
);
const countThings = preparedStatement<{ n: number }>(
  'test_pglite_named_count',
  'select count(*)::int as n from pglite_named_things where label = $1',
);
const echo = preparedStatement<{ v: number }>('test_pglite_named_echo', 'select $1::int as v');

const shapeValues = [
  ['7c9e6679-7425-40de-944b-e07fc1f90ae7', '0b7c6d6e-98f3-4f05-9b1b-8a2f1e4b5c6d'],
  `it's a "quote", a back\\slash and æøå`,
  { list: [1, 'to', null], deep: { x: "it's" } },
  new Date('2026-03-01T12:00:00Z'),
  42,
  ['a', 'b,c', 'd"e', null],
];

async function outcome(path: PglitePath, run: (path: PglitePath) => Promise<unknown>) {
  try {
    return { rows: await run(path) };
  } catch (err) {
    const cause = (err as { cause?: Record<string, unknown> }).cause ?? {};
    return {
      wrapper: (err as Error).constructor.name,
      message: (err as Error).message,
      cause: {
        type: (cause as object).constructor?.name,
        code: cause.code,
        message: cause.message,
        constraint: cause.constraint,
        // The failing row's serial number differs between the two runs; the rest must not.
        detail: String(cause.detail ?? '').replace(/\d+/g, 'n'),
        query: cause.query,
      },
      status: fromDatabaseError(err)?.status,
    };
  }
}

describe('prepared statements by name on PGlite', () => {
  let database: Database;
  let db: Db;
  beforeAll(async () => {
    database = await openDatabase({ engine: 'pglite', dataDir: null });
    db = database.db;
    await db.execute(
      sql`create table pglite_named_things (id serial primary key, label text not null unique)`,
    );
  });
  afterAll(async () => {
    await database.close();
  });

  it('gives the rows of the unnamed run: arrays, JSON, timestamps as text, bigint, numeric, null', async () => {
    // In one transaction, so now() is the same for both paths.
    const [named, unnamed] = await db.transaction(async (tx) => [
      await shapes.runAs('named', tx as unknown as Db, shapeValues),
      await shapes.runAs('unnamed', tx as unknown as Db, shapeValues),
    ]);
    expect(named).toEqual(unnamed);
    const row = named[0]!;
    expect(row.ids).toEqual(shapeValues[0]);
    expect(row.text).toBe(shapeValues[1]);
    expect(row.doc).toEqual(shapeValues[2]);
    expect(row.at).toBe('2026-03-01 12:00:00+00');
    expect(typeof row.now).toBe('string');
    expect(row.big).toBe(12345678901234);
    expect(row.amount).toBe('1.50');
    expect(row.words).toEqual(['a', 'b,c', 'd"e', null]);
    expect(row.nothing).toBeNull();
    expect((row.nested as unknown[]).length).toBe(3);
    // Outside a transaction too, and again once prepared (the second call only binds).
    for (let i = 0; i < 2; i++) {
      const outside = await shapes(db, shapeValues);
      expect({ ...outside[0], now: null, nested: null, moments: null }).toEqual({
        ...unnamed[0],
        now: null,
        nested: null,
        moments: null,
      });
    }
  });

  it('raises the error the unnamed run raises, which the HTTP layer maps the same way', async () => {
    await insertThing(db, ['taken']);
    const cases: [string, (path: PglitePath) => Promise<unknown>][] = [
      ['a unique violation', (path) => insertThing.runAs(path, db, ['taken'])],
      ['a not-null violation', (path) => insertThing.runAs(path, db, [null])],
      ['a bad uuid', (path) => shapes.runAs(path, db, [['not-a-uuid'], ...shapeValues.slice(1)])],
      ['a number out of range', (path) => echo.runAs(path, db, ['99999999999'])],
    ];
    for (const [what, run] of cases) {
      const named = await outcome('named', run);
      const unnamed = await outcome('unnamed', run);
      expect(named, what).toEqual(unnamed);
      expect(named, what).toHaveProperty('cause.code');
    }
    expect(await outcome('named', cases[0]![1])).toMatchObject({ cause: { code: '23505' }, status: 409 });
    expect(await outcome('named', cases[2]![1])).toMatchObject({ cause: { code: '22P02' }, status: 404 });
    // The wrong number of values never reaches the database.
    await expect(echo(db, [])).rejects.toThrow('takes 1 values, got 0');
  });

  it('keeps working after a rolled-back or aborted transaction prepared it, and after DEALLOCATE ALL', async () => {
    const fresh = await openDatabase({ engine: 'pglite', dataDir: null });
    try {
      await fresh.db.execute(
        sql`create table pglite_named_things (id serial primary key, label text not null unique)`,
      );
      // First prepared inside a transaction that is rolled back, its insert undone.
      await expect(
        fresh.db.transaction(async (tx) => {
          await insertThing(tx as unknown as Db, ['rolled back']);
          expect(await countThings(tx as unknown as Db, ['rolled back'])).toEqual([{ n: 1 }]);
          throw new Error('undo');
        }),
      ).rejects.toThrow('undo');
      expect(await countThings(fresh.db, ['rolled back'])).toEqual([{ n: 0 }]);
      expect(await insertThing(fresh.db, ['kept'])).toHaveLength(1);
      // A transaction aborted before the statement's first use: its Parse fails, nothing is remembered.
      await expect(
        fresh.db.transaction(async (tx) => {
          await tx.execute(sql`select 1/0`).catch(() => {});
          await echo(tx as unknown as Db, [1]);
        }),
      ).rejects.toMatchObject({ cause: { code: '25P02' } });
      expect(await echo(fresh.db, [7])).toEqual([{ v: 7 }]);
      // Statements deallocated behind its back are prepared again.
      await fresh.db.execute(sql`deallocate all`);
      expect(await echo(fresh.db, [8])).toEqual([{ v: 8 }]);
      expect(await countThings(fresh.db, ['kept'])).toEqual([{ n: 1 }]);
    } finally {
      await fresh.close();
    }
  });

  it('never interleaves: many calls at once, and none runs inside another request’s transaction', async () => {
    const many = await Promise.all(Array.from({ length: 300 }, (_, i) => echo(db, [i])));
    expect(many.map((rows) => rows[0]!.v)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const open = db
      .transaction(async (tx) => {
        await insertThing(tx as unknown as Db, ['uncommitted']);
        inserted();
        await held;
        throw new Error('undo');
      })
      .catch((err: Error) => err.message);
    await insertedYet;
    // Issued while the transaction holds its insert: it waits for the transaction's end.
    const outside = Promise.all([countThings(db, ['uncommitted']), echo(db, [1])]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    expect(await open).toBe('undo');
    expect(await outside).toEqual([[{ n: 0 }], [{ v: 1 }]]);
    // Calls at once inside one transaction run on it.
    const inside = await db.transaction(async (tx) => {
      await insertThing(tx as unknown as Db, ['inside']);
      return Promise.all(Array.from({ length: 50 }, () => countThings(tx as unknown as Db, ['inside'])));
    });
    expect(inside.every((rows) => rows[0]!.n === 1)).toBe(true);
  });
});

describe('every call of the hot pages and the policy layer, both paths on the same data', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ engine: 'pglite', dataDir: null });
  });
  afterAll(async () => {
    await database.close();
  });

  it('gives the same rows by name and unnamed for every declared statement the pages use', async () => {
    const config = testConfig();
    const app = createApp({ config, database, serveWeb: false });
    const world = await buildPolicyWorld(database.db);
    const comparison = compareEveryCall();
    try {
      for (const actor of Object.values(world.actors)) {
        const session = await signInAs(database.db, config, actor);
        for (const person of Object.values(world.actors))
          await call(app, 'GET', `/api/people/${person.id}`, { as: session });
        for (const unit of Object.values(world.units))
          await call(app, 'GET', `/api/units/${unit.id}`, { as: session });
        await call(app, 'GET', '/api/overview', { as: session });
        await call(app, 'GET', '/api/me', { as: session });
      }
    } finally {
      comparison.stop();
    }
    expect(comparison.differences).toEqual([]);
    for (const name of ['auth_load_actor', 'org_person_page', 'org_unit_page', 'overview_people']) {
      expect(comparison.calls.get(name), name).toBeGreaterThan(0);
    }
    // Every statement the app declares parses with its parameter types inferred, as Parse by name needs.
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const appStatements = declaredStatements().filter((s) => !s.name.startsWith('test_'));
    expect(appStatements.length).toBeGreaterThan(40);
    for (const statement of appStatements) {
      const described = await client.describeQuery(statement.text);
      expect(described.queryParams.length, statement.name).toBe(new Set(statement.text.match(/\$\d+/g)).size);
    }
  });
});
