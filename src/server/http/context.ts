import type { Config } from '../config.js';
import type { Db, Engine } from '../db/client.js';
import type { Actor } from '../policy/actor.js';
import type { ActorRow } from './session-actor.js';

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
    /** The hash of the session cookie's token, if one came (not yet checked): the session's id. */
    sessionId: string | null;
    /**
     * Looks the session cookie up and sets the actor (once; later calls do nothing). Writes are
     * resolved before the CSRF check; reads by their route's guard, so that a page which resolves
     * its session inside its own statement (ADR 0019) costs one round trip.
     */
    resolveActor: () => Promise<void>;
    /** Sets the actor from a page statement's session columns (session-actor.ts), as the lookup would. */
    adoptActor: (row: ActorRow) => Promise<void>;
  };
}
