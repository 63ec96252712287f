// The server the browser journeys run against: the built app on a fresh, temporary data
// directory with the demo organisation and the outbox page, removed again when it stops.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-e2e-'));
const port = process.env.PORT ?? '3100';

const env = {
  ...process.env,
  DATA_DIR: path.join(tmp, 'data'),
  PORT: port,
  HOST: '127.0.0.1',
  DEMO: 'true',
  DEMO_NEIGHBOUR: 'true',
  SHOW_OUTBOX: 'true',
};
env.PUBLIC_URL ??= `http://127.0.0.1:${port}`;
// Never the developer's own PostgreSQL: the journeys always start from an empty embedded database.
delete env.DATABASE_URL;
env.NODE_ENV = 'development';

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});

const cleanUp = () => fs.rmSync(tmp, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
