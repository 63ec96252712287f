import { PGlite, messages, parse, protocol, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { DrizzleQueryError } from 'drizzle-orm';

/*
 * PGlite's `query` runs every statement unnamed: it parses and plans the text on every call, and
 * planning is most of what a hot statement costs there (docs/benchmarks.md). This runs a declared
 * statement the way PostgreSQL's driver does: Parse once by name per PGlite instance, then only
 * Bind, Execute and Sync, in one call into the engine. Values go as parameters, serialised by
 * PGlite's own serialisers for the parameter types PostgreSQL inferred; rows come back through
 * PGlite's own result parser with Drizzle's options, so they are the rows `query` would give.
 */

/** PGlite, remembering which instance each of its transactions belongs to (its `Transaction` does not say). */
export class NamedStatementPGlite extends PGlite {
  override transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    return super.transaction((tx) => {
      owners.set(tx, this);
      return callback(tx);
    });
  }
}

const owners = new WeakMap<Transaction, PGlite>();

/** Where a named statement runs: the instance, and the transaction when the call is inside one. */
export interface PgliteTarget {
  pg: PGlite;
  tx: Transaction | null;
}

/** The PGlite behind a Drizzle session's client, or null (PostgreSQL, or a PGlite opened elsewhere). */
export function pgliteTarget(client: unknown): PgliteTarget | null {
  if (client instanceof PGlite) return { pg: client, tx: null };
  const pg = owners.get(client as Transaction);
  return pg ? { pg, tx: client as Transaction } : null;
}

interface Prepared {
  paramTypes: number[];
  /** The statement's row description from Describe, put before each run's rows (no Describe per run). */
  rowDescription: messages.BackendMessage | null;
}

const preparedBy = new WeakMap<PGlite, Map<string, Prepared>>();
const STATEMENT_DOES_NOT_EXIST = '26000';

/**
 * Runs statement `name` (text `text`) with `values` on `target`, under PGlite's own locks: outside a
 * transaction it waits for any transaction to end, as `query` does; inside one it runs on it.
 */
export async function runNamed<Row>(
  target: PgliteTarget,
  name: string,
  text: string,
  values: readonly unknown[],
  options: QueryOptions,
): Promise<Row[]> {
  const { pg, tx } = target;
  try {
    if (tx) {
      if (tx.closed) throw new Error('Transaction is closed');
      return await pg._runExclusiveQuery(() => execute<Row>(pg, name, text, values, options));
    }
    await pg._checkReady();
    return await pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        let rows: Row[];
        try {
          rows = await execute<Row>(pg, name, text, values, options);
        } catch (err) {
          // Someone deallocated it (DEALLOCATE ALL, DISCARD ALL): prepare again, once. Inside a
          // transaction the error has aborted it, so there it surfaces and the next call prepares.
          if (!(err instanceof messages.DatabaseError && err.code === STATEMENT_DOES_NOT_EXIST)) throw err;
          rows = await execute<Row>(pg, name, text, values, options);
        }
        await pg.syncToFs();
        return rows;
      }),
    );
  } catch (err) {
    // The same error as Drizzle's PGlite driver gives for the unnamed run (the HTTP layer reads its cause's code).
    if (err instanceof messages.DatabaseError) {
      Object.assign(err, { query: text, params: values, queryOptions: options });
    }
    throw new DrizzleQueryError(text, values as unknown[], err as Error);
  }
}

async function execute<Row>(
  pg: PGlite,
  name: string,
  text: string,
  values: readonly unknown[],
  options: QueryOptions,
): Promise<Row[]> {
  let statements = preparedBy.get(pg);
  if (!statements) preparedBy.set(pg, (statements = new Map()));
  let prepared = statements.get(name);
  if (!prepared) {
    const described = await pg.execProtocolStream(
      concat([
        protocol.serialize.parse({ name, text }),
        protocol.serialize.describe({ type: 'S', name }),
        sync,
      ]),
      { syncToFs: false },
    );
    prepared = {
      paramTypes: parse.parseDescribeStatementResults(described),
      rowDescription: described.find((m) => m.name === 'rowDescription') ?? null,
    };
    statements.set(name, prepared);
  }
  const { paramTypes, rowDescription } = prepared;
  const params = values.map((value, i) => {
    if (value === null || value === undefined) return null;
    const serializer = pg.serializers[paramTypes[i]!];
    return serializer ? serializer(value) : String(value);
  });
  let answer: messages.BackendMessage[];
  try {
    answer = await pg.execProtocolStream(
      concat([protocol.serialize.bind({ statement: name, values: params }), execute0, sync]),
      { syncToFs: false },
    );
  } catch (err) {
    if (err instanceof messages.DatabaseError && err.code === STATEMENT_DOES_NOT_EXIST)
      statements.delete(name);
    throw err;
  }
  const { parsers, rest } = parsersFor(pg, options);
  const results = parse.parseResults(rowDescription ? [rowDescription, ...answer] : answer, parsers, rest);
  return results[0]!.rows as Row[];
}

/*
 * PGlite's result parser merges the query's parsers into its own on every call (a copy of a few
 * hundred entries, a tenth of a page's CPU); merged once per instance and options, it gets them
 * ready-made. `pg.parsers` changes only when PGlite learns array types, before any query.
 */
type Parsers = Record<number | string, (x: string, typeId?: number) => unknown>;
const mergedParsers = new WeakMap<PGlite, WeakMap<QueryOptions, { parsers: Parsers; rest: QueryOptions }>>();

function parsersFor(pg: PGlite, options: QueryOptions) {
  let byOptions = mergedParsers.get(pg);
  if (!byOptions) mergedParsers.set(pg, (byOptions = new WeakMap()));
  let merged = byOptions.get(options);
  if (!merged) {
    const { parsers, ...rest } = options;
    merged = { parsers: { ...pg.parsers, ...parsers }, rest };
    byOptions.set(options, merged);
  }
  return merged;
}

const sync = protocol.serialize.sync();
const execute0 = protocol.serialize.execute({});

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
