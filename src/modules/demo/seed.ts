import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';

/**
 * Creates the demo organisation on first start and returns the sign-in text to print,
 * or null when it already exists.
 */
export async function ensureDemoOrganisation(_db: Db, _config: Config): Promise<string | null> {
  return null;
}
