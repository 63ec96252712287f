import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout MUP runs from: the nearest folder above this file with a package.json. The same
 * answer whether the server runs from its sources (src/server) or from its build
 * (dist/builds/<hash>/server), so drizzle/ and dist/web are found from either.
 */
function findAppRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const APP_ROOT = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
