import fs from 'node:fs';
import { test } from './fixtures';
import { demoEmail } from './accounts';
import { pageTitle } from './individual';
import { expect, newPhone, off, serviceWorkerInControl, signIn } from './offline-phone';
import { buildAnotherVersion, filesOf, serveVersions } from './two-versions';
import { common } from '../src/web/i18n/common';
import { authMessages } from '../src/modules/auth/web/messages';

/*
 * A new version of MUP arrives while Morten Iversen has it open on his phone (issue 16). It
 * installs beside the running one; the page he has open keeps running on the old files, also for a
 * page it had not loaded yet; he is told a new version is ready; one reload switches every file,
 * and nothing of the old version is left in the worker's cache. Morten is used by no other journey.
 */
test.use({ actionTimeout: 30_000, serviceWorkers: 'allow' });

const MORTEN = demoEmail('Morten Iversen');
const NEXT = 'update-journey-two';
const SETTINGS = authMessages.da.settings.title;

test('a new version waits beside the running one, the person is told, and one reload switches every file', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const first = process.env.MUP_WEB_DIR;
  expect(first, 'the journeys’ own build (scripts/e2e.mjs)').toBeTruthy();
  const second = buildAnotherVersion(NEXT);
  const oldFiles = filesOf(first!);
  const newFiles = filesOf(second);
  const onlyOld = [...oldFiles].filter((f) => f.startsWith('/assets/') && !newFiles.has(f));
  expect(onlyOld.length, 'scripts of the first build that the second does not have').toBeGreaterThan(0);

  const site = await serveVersions(first!, baseURL!);
  const { context, page, errors } = await newPhone(browser, site.url);
  try {
    await signIn(page, MORTEN);
    await expect(pageTitle(page, /.+/).first()).toBeVisible();
    await serviceWorkerInControl(page);
    const firstBuild = await page.evaluate(() => document.documentElement.dataset.build);
    expect(firstBuild).not.toBe(NEXT);

    const assetsLoaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.startsWith('/assets/')),
      );
    const loadedBefore = new Set(await assetsLoaded());

    // The new version is deployed; the phone looks for one (hourly, or on the next navigation).
    site.serve(second);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: off.update.text });
    await expect(prompt).toBeVisible({ timeout: 120_000 });

    // Until he reloads, the open page runs on its own version: a page it had not loaded yet comes
    // from the old files the worker still keeps, not from the new ones on the server.
    await page.getByRole('button', { name: common.da.nav.menu }).click();
    await page.getByRole('link', { name: common.da.nav.settings }).click();
    await expect(pageTitle(page, SETTINGS)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe(firstBuild);
    const loadedMeanwhile = (await assetsLoaded()).filter((p) => !loadedBefore.has(p));
    expect(
      loadedMeanwhile.filter((p) => onlyOld.includes(p)).length,
      'old files the old page loaded',
    ).toBeGreaterThan(0);
    await expect(prompt).toBeVisible();

    // One reload, on his word: the new version in control, every file its own.
    await prompt.getByRole('button', { name: off.update.action }).click();
    await page.waitForFunction((next) => document.documentElement.dataset.build === next, NEXT, {
      timeout: 60_000,
    });
    await expect(pageTitle(page, SETTINGS)).toBeVisible();
    await expect(page.getByText(off.update.text)).toHaveCount(0);
    const loaded = await assetsLoaded();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((p) => !newFiles.has(p))).toEqual([]);
    // The worker's cache holds the new version only: the old files went when it took over.
    const precached = () =>
      page.evaluate(async () => {
        const paths: string[] = [];
        for (const name of await caches.keys()) {
          if (!name.startsWith('workbox-precache')) continue;
          for (const r of await (await caches.open(name)).keys()) paths.push(new URL(r.url).pathname);
        }
        return paths;
      });
    await expect.poll(async () => (await precached()).filter((p) => !newFiles.has(p))).toEqual([]);
    expect(await precached()).toEqual(expect.arrayContaining(loaded));
    // Nothing was asked of the server that the version being served did not have.
    expect(site.missing).toEqual([]);
    expect(errors, 'errors thrown on Morten’s phone').toEqual([]);
  } finally {
    await context.close();
    await site.close();
    fs.rmSync(second, { recursive: true, force: true });
  }
});
