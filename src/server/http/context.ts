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
  /**
   * The actor came from the process's memory of its session and has not been checked this request:
   * only on a route declared `sessionChecked: 'statement'`, whose service checks it in its own
   * statement (ADR 0024) and calls `checkSession` when that finds it gone.
   */
  sessionUnchecked?: boolean;
  /** Looks the session up now: the actor, or null when it is gone (signed out, ended, deactivated). */
  checkSession?: () => Promise<Actor | null>;
}

/** A service context whose actor is known to be signed in. */
export type SignedInContext = ServiceContext & { actor: Actor };

export interface AppEnv {
  Variables: {
    ctx: ServiceContext;
    csrfToken: string | null;
    /** A remembered session not looked up yet (app.ts): the route's guard looks it up, or its statement checks it. */
    rememberedActor: Actor | null;
  };
}
