import { backupDatabase } from './dump.js';
import { runCli, targetFromConfig } from './run.js';

runCli('npm run backup -- <file.mupbackup.gz>', async (file) => {
  const { target, description } = targetFromConfig();
  const s = await backupDatabase(target, file);
  return `Backed up ${s.rows} rows in ${s.tables} tables (migration ${s.migrations}) from ${description} to ${s.file}`;
});
