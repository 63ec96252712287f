import type { ServiceContext } from '../http/context.js';
import type { Db } from './client.js';

/** Runs `fn` in one transaction with a context whose `db` is that transaction. */
export function inTransaction<C extends ServiceContext, T>(ctx: C, fn: (tx: C) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx as unknown as Db }));
}
