import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys in the Chromium that scripts/e2e.mjs chose (Debian's, or the one packaged in
 * @sparticuz/chromium: scripts/chromium.mjs); run without it, in Debian's. Playwright's own browser
 * downloads are not used. Run through `npm run test:e2e`, which builds the web app first.
 */
const CI = process.env.CI === 'true';
const executablePath = process.env.MUP_CHROMIUM_PATH || '/usr/bin/chromium';
// The packaged Chromium's libraries and fonts, where the system lacks them: for the browser only,
// so that Node and the server keep the system's own.
const libraryDir = process.env.MUP_CHROMIUM_LIBS;
const fontconfigDir = process.env.MUP_CHROMIUM_FONTCONFIG;
const browserEnv =
  libraryDir || fontconfigDir
    ? {
        ...process.env,
        ...(libraryDir && {
          LD_LIBRARY_PATH: [libraryDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
        }),
        ...(fontconfigDir && { FONTCONFIG_PATH: fontconfigDir }),
      }
    : undefined;
// Chosen once here and inherited by the workers, which load this file again.
const port = Number((process.env.E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000))));
const baseURL = `http://127.0.0.1:${port}`;
// Where the server's SMTP sink (scripts/e2e-server.mjs) keeps each message it receives as a file;
// the journeys read it through e2e/mail.ts. The server creates and removes it.
process.env.E2E_MAIL_DIR ??= path.join(os.tmpdir(), `mup-e2e-mail-${port}`);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // The journeys share one server and its demo organisation, so they run one after another.
  fullyParallel: false,
  workers: 1,
  forbidOnly: CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // The app honours it (theme.ts), so dialogs open at once and axe sees their final colours.
    reducedMotion: 'reduce',
    viewport: { width: 1280, height: 800 },
    // A step that cannot happen fails in seconds, not at the end of a long journey's timeout.
    actionTimeout: 15_000,
    trace: 'retain-on-failure',
    // Only the offline journey (which allows it) runs under MUP's service worker: the others test
    // the pages, not the worker's caching, and do not wait for it to fetch every file of the build.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      env: browserEnv,
      // The machine's network is closed: without these Chromium keeps trying to phone home.
      // Never --user-data-dir: Playwright gives every context its own profile.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), PUBLIC_URL: baseURL, E2E_MAIL_DIR: process.env.E2E_MAIL_DIR },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
