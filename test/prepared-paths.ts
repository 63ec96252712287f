import { isDeepStrictEqual } from 'node:util';
import type { Db } from '../src/server/db/client.js';
import { pgliteTarget } from '../src/server/db/pglite-named.js';
import { wrapPreparedCalls, type PglitePath, type PreparedStatement } from '../src/server/db/prepared.js';

/*
 * Compares the two ways a prepared statement reaches PGlite (by name, and unnamed as Drizzle's
 * driver sends it) on every call the code makes while it is installed: before the real call runs,
 * both paths run on the same data in savepoints of one transaction (the same `now()`), each rolled
 * back, and their rows — or their errors' codes and messages — must be equal.
 */

type Outcome = { rows: unknown[] } | { error: { code: unknown; message: string } };

class RolledBack extends Error {
  constructor(readonly outcome: Outcome) {
    super('rolled back');
  }
}

async function outcomeOf(
  statement: PreparedStatement<unknown>,
  path: PglitePath,
  db: Db,
  values: readonly unknown[],
) {
  try {
    await db.transaction(async (tx) => {
      let outcome: Outcome;
      try {
        outcome = { rows: await statement.runAs(path, tx as unknown as Db, values) };
      } catch (err) {
        const cause = (err as { cause?: { code?: unknown; message?: string } }).cause;
        outcome = { error: { code: cause?.code, message: String(cause?.message ?? err) } };
      }
      throw new RolledBack(outcome);
    });
  } catch (err) {
    if (err instanceof RolledBack) return err.outcome;
    throw err;
  }
  throw new Error('unreachable');
}

export interface PathComparison {
  /** The names of the statements compared so far, with how often. */
  readonly calls: Map<string, number>;
  /** Calls whose two paths differed (empty when all agreed). */
  readonly differences: { name: string; values: readonly unknown[]; named: Outcome; unnamed: Outcome }[];
  stop(): void;
}

/**
 * Installs the comparison for every call on PGlite (PostgreSQL calls pass untouched). Calls inside
 * one transaction take turns, comparison and real run together, so a savepoint of one never
 * wraps (and rolls back) another's real run; outside a transaction PGlite's own lock orders them.
 */
export function compareEveryCall(): PathComparison {
  const calls = new Map<string, number>();
  const differences: PathComparison['differences'] = [];
  const turns = new WeakMap<object, Promise<unknown>>();
  wrapPreparedCalls(async (statement, db, values, run) => {
    const client = (db._.session as unknown as { client: object }).client;
    const target = pgliteTarget(client);
    if (!target) return run();
    const compareThenRun = async () => {
      try {
        await db.transaction(async (tx) => {
          const unnamed = await outcomeOf(statement, 'unnamed', tx as unknown as Db, values);
          const named = await outcomeOf(statement, 'named', tx as unknown as Db, values);
          calls.set(statement.name, (calls.get(statement.name) ?? 0) + 1);
          if (!isDeepStrictEqual(named, unnamed))
            differences.push({ name: statement.name, values, named, unnamed });
          throw new RolledBack({ rows: [] });
        });
      } catch {
        // Rolled back on purpose; anything else (a transaction already aborted) is the real run's to report.
      }
      return run();
    };
    if (!target.tx) return compareThenRun();
    const previous = turns.get(client) ?? Promise.resolve();
    const mine = previous.then(compareThenRun, compareThenRun);
    turns.set(
      client,
      mine.catch(() => {}),
    );
    return mine;
  });
  return { calls, differences, stop: () => wrapPreparedCalls(null) };
}
