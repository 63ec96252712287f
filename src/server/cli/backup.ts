import { backupDatabase } from './dump.js';
import { runCli, targetFromConfig } from './run.js';

runCli('npm run backup -- <file.mupbackup.gz>', async (file) => {
  const { target, description, key } = targetFromConfig();
  const s = await backupDatabase(target, file, { key });
  const check = s.signed
    ? 'signed with BACKUP_KEY'
    : 'with a SHA-256 checksum; set BACKUP_KEY to sign backups, so a changed file is refused';
  return `Backed up ${s.rows} rows in ${s.tables} tables (migration ${s.migrations}) from ${description} to ${s.file}, ${check}`;
});
