// The first half of `npm start` (package.json runs `node scripts/start.mjs && exec node
// dist/server/main.js`): refuse at once when another MUP holds the data directory, before
// anything is built, then build only what is missing (scripts/build.mjs). The server itself
// takes the lock for real (src/server/db/lock.ts); this check only keeps a refused second start
// from building. `exec` then replaces the shell with node, so the signals a service manager
// sends to npm reach the server (npm forwards SIGTERM and SIGINT to its script).
import fs from 'node:fs';
import path from 'node:path';
import { build } from './build.mjs';

const isAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
};

// Empty variables count as unset, as in src/server/config.ts.
const env = (name) => (process.env[name] === '' ? undefined : process.env[name]);

if (!env('DATABASE_URL')) {
  const dataDir = path.resolve(env('DATA_DIR') ?? './data');
  let holder = NaN;
  try {
    holder = Number.parseInt(fs.readFileSync(path.join(dataDir, 'mup.lock'), 'utf8'), 10);
  } catch {
    // No lock: nobody holds the directory.
  }
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
    // The same words as the server's own refusal (DataDirLockedError).
    console.error(
      `\nThe data directory ${dataDir} is in use by another MUP process (pid ${holder}). ` +
        `PGlite allows only one process per data directory; stop the other process first, ` +
        `or start this one with another DATA_DIR.\n`,
    );
    process.exit(2);
  }
}

try {
  await build({ quiet: false });
} catch (err) {
  console.error(`\n${err.message}\n`);
  process.exit(1);
}
