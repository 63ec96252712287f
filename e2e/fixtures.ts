import { test as base, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DemoAccount } from '../src/modules/demo/data';
import { demoAccountEmail } from './accounts';
import { common } from '../src/web/i18n/common';
import { authMessages } from '../src/modules/auth/web/messages';

/**
 * What every journey shares: the demo accounts (the server starts with the demo organisation
 * on an empty database), the app's own texts, and a check that no page throws in the browser.
 */
export { expect };
export const da = common.da;
export const en = common.en;
export const auth = authMessages;

/** A field's label, whether or not the required-asterisk is part of its accessible name. */
export const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
export { DEMO_PASSWORD, demoAccountEmail };

export const test = base.extend<{ signIn: (account: DemoAccount) => Promise<void> }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await use(page);
    expect(errors, 'errors thrown in the browser').toEqual([]);
  },
  signIn: async ({ page }, use) => {
    await use(async (account) => {
      await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
      await waitUntilSignedIn(page, account);
    });
  },
});

/**
 * Waits until the app has left the login page: a journey that navigates sooner (on a busy machine
 * hashing the password and loading the first page take a while) would race the session cookie and
 * land on the login page again. If the page says why it stays (an alert), that is the failure.
 */
export async function waitUntilSignedIn(page: Page, who: string) {
  try {
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  } catch (error) {
    const alerts = await page.getByRole('alert').allInnerTexts();
    const why = alerts.length ? `: ${alerts.join(' / ')}` : '';
    throw new Error(`${who} stayed on the login page${why}`, { cause: error });
  }
}

/** Fills the sign-in form as a person would: by its Danish labels. */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel(label(auth.da.fields.email)).fill(email);
  await page.getByLabel(label(auth.da.fields.password)).fill(password);
  await page.getByRole('button', { name: auth.da.login.submit, exact: true }).click();
}
