import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect as baseExpect, signInWithPassword } from './fixtures';
import { offlineMessages } from '../src/web/offline/messages';

/*
 * What the offline journeys share (issue 16): a phone of its own, the service worker in control,
 * the network switched off and on, the "not sent yet" list and what the device still holds.
 */
export const expect = baseExpect.configure({ timeout: 30_000 });
export const off = offlineMessages.da;

/** A 390 px phone of its own (on another site than the journeys' when given); errors thrown in it are collected. */
export async function newPhone(browser: Browser, baseURL?: string) {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/** A phone of its own, signed in as `email`. */
export async function offlinePhone(browser: Browser, email: string) {
  const phone = await newPhone(browser);
  await signIn(phone.page, email);
  return phone;
}

export async function signIn(page: Page, email: string) {
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
}

/** Waits until the service worker has installed every file of the app and controls the page. */
export async function serviceWorkerInControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 120_000,
  });
}

/** Whether the page can reach the server at all (the network switch holds for the worker too). */
const reachesServer = (page: Page) =>
  page.evaluate(() =>
    fetch('/api/health', { cache: 'no-store' }).then(
      (r) => r.ok,
      () => false,
    ),
  );

export async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await expect.poll(() => reachesServer(page)).toBe(false);
  await sayOffline(page);
}

export async function goOnline(context: BrowserContext, page: Page) {
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

/**
 * A phone without a network also says so (navigator.onLine false, an `offline` event), which the
 * emulated switch leaves out: the app must then still ask its cache and keep what is written.
 */
export async function sayOffline(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('offline')));
}

export const queue = (page: Page) => page.getByRole('region', { name: new RegExp(`^${off.queue.title}`) });

/** What the device still holds: queued writes (of anyone), the API answers kept, the tab's drafts. */
export const leftOnDevice = (page: Page) =>
  page.evaluate(async () => {
    const writes = await new Promise<{ personId: string; text: string }[]>((resolve, reject) => {
      const open = indexedDB.open('mup-offline');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('writes')) return resolve([]);
        const all = db.transaction('writes').objectStore('writes').getAll();
        all.onsuccess = () => resolve(all.result as { personId: string; text: string }[]);
      };
    });
    // The paths the service worker keeps API answers for; null when there is no such cache.
    const apiCache = (await caches.has('mup-api'))
      ? (await (await caches.open('mup-api')).keys()).map((r) => new URL(r.url).pathname)
      : null;
    return { writes, apiCache, session: sessionStorage.length };
  });
