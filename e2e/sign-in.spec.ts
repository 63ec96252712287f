import { expectAccessibleAtAllWidths } from './axe';
import { JOURNEY_ORG_NAME } from './accounts';
import { DEMO_PASSWORD, auth, da, demoAccountEmail, en, expect, signInWithPassword, test } from './fixtures';

test('the demo HR person signs in in Danish, switches to English, and signs out', async ({
  page,
  signIn,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 2, name: auth.da.login.title })).toBeVisible();
  await expect(page.getByRole('button', { name: auth.da.login.submit, exact: true })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the sign-in page');

  await signIn('hr');
  await expect(page.getByRole('heading', { level: 2, name: 'Hej Mette' })).toBeVisible();
  await expect(page.getByText(JOURNEY_ORG_NAME).first()).toBeVisible();
  // The start page says what to do next: goals, the coming weeks, agreements and feedback.
  for (const panel of ['Mine mål i fokus', 'De næste tre uger', 'Mine aftaler', 'Seneste feedback til dig']) {
    await expect(page.getByRole('heading', { level: 3, name: panel })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the home page');

  await page.getByText(en.languages.en, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: en.nav.signOut })).toBeVisible();
  await expect(page.getByText(en.appTagline)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Hello Mette' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: en.nav.signOut })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessibleAtAllWidths(page, 'the home page in English');

  // Back to Danish, which is also saved on the account, so the next journey starts as the first did.
  await page.getByText(da.languages.da, { exact: true }).click();
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password shows the Danish error and does not sign in', async ({ page }) => {
  await signInWithPassword(page, demoAccountEmail('hr'), `${DEMO_PASSWORD}-forkert`);
  await expect(page.getByText(da.errors.reasons.invalid_credentials)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expectAccessibleAtAllWidths(page, 'the sign-in page with an error');
});

// The next journeys (HR builds units, imports a CSV, invites a person and follows the mail in
// the outbox) go in their own files beside this one; see e2e/README.md.
