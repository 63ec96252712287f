import { restoreDatabase } from './load.js';
import { runCli, targetFromConfig } from './run.js';

runCli('npm run restore -- <file.mupbackup.gz>', async (file) => {
  const { target, description } = targetFromConfig();
  const s = await restoreDatabase(target, file);
  const upgraded = s.upgradedTo > s.migrations ? `, then upgraded to migration ${s.upgradedTo}` : '';
  return `Restored ${s.rows} rows in ${s.tables} tables (migration ${s.migrations}${upgraded}) into ${description}`;
});
