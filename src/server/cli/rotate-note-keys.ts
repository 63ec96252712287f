import { openDatabase } from '../db/client.js';
import { rewrapNoteKeys, rotateNoteKeys } from '../crypto/rotate.js';
import { loadConfig } from '../config.js';
import { runCli } from './run.js';

/**
 * npm run rotate-note-keys: every organisation's key for private notes is replaced and its notes
 * resealed; keys are wrapped under the first of NOTES_MASTER_KEYS. On PostgreSQL while the app
 * runs; on the embedded database with the server stopped (it takes the data-directory lock).
 */
runCli(
  'npm run rotate-note-keys',
  async () => {
    const config = loadConfig();
    const database = await openDatabase(
      config.databaseUrl
        ? { engine: 'postgres', url: config.databaseUrl, poolSize: 2 }
        : { engine: 'pglite', dataDir: config.dataDir },
    );
    try {
      const rewrapped = await rewrapNoteKeys(database.db, config);
      const { organisations, notes } = await rotateNoteKeys(database.db, config);
      return `New keys for ${organisations} organisation(s); ${notes} private note(s) resealed; ${rewrapped} older key(s) wrapped under the current master key.`;
    } finally {
      await database.close();
    }
  },
  { arguments: 0 },
);
