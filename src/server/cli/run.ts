import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/lock.js';
import { CliError, type CliTarget } from './connection.js';

/** The database the server would use: DATABASE_URL when set, else the PGlite data in DATA_DIR. */
export function targetFromConfig(): { target: CliTarget; description: string; key: string | undefined } {
  const config = loadConfig();
  const key = config.backupKey;
  return config.databaseUrl
    ? {
        target: { engine: 'postgres', url: config.databaseUrl },
        description: 'PostgreSQL (DATABASE_URL)',
        key,
      }
    : {
        target: { engine: 'pglite', dataDir: config.dataDir },
        description: `PGlite in ${config.dataDir}`,
        key,
      };
}

/**
 * Runs a command with one file argument (or none, with `arguments: 0`). Problems the person can
 * fix print as one message and exit 2; anything else is a bug and prints its stack with exit 1.
 */
export function runCli(
  usage: string,
  command: (file: string) => Promise<string>,
  options: { arguments: 0 | 1 } = { arguments: 1 },
) {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== options.arguments || args.some((a) => a.startsWith('-'))) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  command(args[0] ?? '').then(
    (message) => {
      console.log(message);
      process.exit(0);
    },
    (err: unknown) => {
      if (err instanceof CliError || err instanceof ConfigError) {
        console.error(`\n${err.message}\n`);
        process.exit(2);
      }
      if (err instanceof DataDirLockedError) {
        console.error(
          `\n${err.message}\nBackup and restore of the embedded database need the server to be stopped.\n`,
        );
        process.exit(2);
      }
      console.error(err);
      process.exit(1);
    },
  );
}
