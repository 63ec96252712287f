// `npm run test:e2e` (the last step of `npm test`): builds the web app and runs the browser
// journeys in Chromium — Debian's where it runs, else the one packaged in @sparticuz/chromium
// (scripts/chromium.mjs; MUP_CHROMIUM=system|packaged forces one). It says which it uses, and
// when neither runs it fails, never skips.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseChromium } from './chromium.mjs';
import { finishWebApp } from './web-assets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let chromium;
try {
  chromium = await chooseChromium();
} catch (error) {
  console.error(
    `\n✖ No Chromium runs, so the browser journeys cannot run${process.env.CI === 'true' ? ' (CI)' : ''}.\n` +
      `${error.message.replace(/^/gm, '  ')}\n` +
      "  `npm install` brings the packaged one; or install Debian's: apt-get install -y chromium\n" +
      'The unit and API tests have run; the browser journeys have NOT.\n',
  );
  process.exit(1);
}
console.log(`Browser journeys in ${chromium.description}.`);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
};

// A build of its own, served through MUP_WEB_DIR: another build in the same checkout (a second
// journey run, `npm start`) then cannot replace the files while the journeys run.
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mup-e2e-web-'));
const removeWebDir = () => fs.rmSync(webDir, { recursive: true, force: true });
if (run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', webDir, '--emptyOutDir']) !== 0) {
  removeWebDir();
  console.error('\n✖ The web app did not build.\n');
  process.exit(1);
}
try {
  finishWebApp(webDir);
} catch (err) {
  removeWebDir();
  console.error(`\n✖ ${err.message}\n`);
  process.exit(1);
}

const port = await freePort();
const args = ['playwright', 'test', '--config', 'playwright.config.ts', ...process.argv.slice(2)];
const status = run('npx', args, {
  ...process.env,
  E2E_PORT: String(port),
  MUP_WEB_DIR: webDir,
  // Read by playwright.config.ts, for the browser process only.
  MUP_CHROMIUM_PATH: chromium.executablePath,
  MUP_CHROMIUM_LIBS: chromium.libraryDir ?? '',
  MUP_CHROMIUM_FONTCONFIG: chromium.fontconfigDir ?? '',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
});
removeWebDir();
process.exit(status);
