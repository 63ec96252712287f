import { restoreDatabase } from './load.js';
import { runCli, targetFromConfig } from './run.js';

runCli('npm run restore -- <file.mupbackup.gz>', async (file) => {
  const { target, description, key } = targetFromConfig();
  const s = await restoreDatabase(target, file, { key });
  const upgraded = s.upgradedTo > s.migrations ? `, then upgraded to migration ${s.upgradedTo}` : '';
  const checked = {
    'hmac-sha256': 'its signature matched BACKUP_KEY',
    sha256: 'its SHA-256 matched',
    unchecked: 'a format 1 backup, which has no integrity check',
  }[s.checked];
  return `Restored ${s.rows} rows in ${s.tables} tables (migration ${s.migrations}${upgraded}) into ${description}; ${checked}`;
});
