import type { Config } from '../config.js';
import type { Db, Engine } from '../db/client.js';
import type { Actor } from '../policy/actor.js';

/** What every service function receives: `({ ctx, input })`. */
export interface ServiceContext {
  db: Db;
  engine: Engine;
  config: Config;
  actor: Actor | null;
  now: () => Date;
  ip: string;
}

/** A service context whose actor is known to be signed in. */
export type SignedInContext = ServiceContext & { actor: Actor };

export interface AppEnv {
  Variables: {
    ctx: ServiceContext;
    csrfToken: string | null;
  };
}
