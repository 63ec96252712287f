import type { Config } from '../src/server/config.js';
import type { Database } from '../src/server/db/client.js';
import type { SignedInContext } from '../src/server/http/context.js';
import type { Actor } from '../src/server/policy/actor.js';
import { getOverview } from '../src/modules/overview/services/overview.js';
import { getConversation } from '../src/modules/conversations/services/get.js';
import { getForum } from '../src/modules/forums/services/get-forum.js';

/*
 * The bare twins of the three pages of the year of activity. These pages are more than one
 * statement and their answers are shaped in TypeScript (the nudges, the circles' phases, the
 * private note opened, the forum's trend with its threshold), so the twin calls the module's own
 * service, imported as the app calls it, with the reader handed in: what it leaves out is what the
 * app adds around every page — routing, the session lookup, the route's guard and parameter
 * check, the security headers and the answer's check against its schema. The person and unit
 * twins (bare-queries.ts) leave out the policy layer's TypeScript too; these three keep it.
 */

const context = (database: Database, config: Config, actor: Actor): SignedInContext => ({
  db: database.db,
  engine: database.engine,
  config,
  actor,
  now: () => new Date(),
  ip: '127.0.0.1',
});

export const bareOverview = (database: Database, config: Config, actor: Actor) =>
  getOverview({ ctx: context(database, config, actor) });

export const bareConversation = (database: Database, config: Config, actor: Actor, id: string) =>
  getConversation({ ctx: context(database, config, actor), input: { id } });

export const bareForum = (database: Database, config: Config, actor: Actor, id: string) =>
  getForum({ ctx: context(database, config, actor), input: { id } });
