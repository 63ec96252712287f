import { expect, test, signInWithPassword, waitUntilSignedIn, DEMO_PASSWORD } from './fixtures';
import { demoAccountEmail } from './accounts';
import { expectAccessibleAtAllWidths, expectNoSidewaysScroll } from './axe';
import { privacyMessages } from '../src/modules/privacy/web/messages';

const p = privacyMessages.da;

/** No sideways scrolling at 390 px, the width of a common phone. */
async function fitsAt390(page: import('@playwright/test').Page, what: string) {
  await page.setViewportSize({ width: 390, height: 800 });
  await expectNoSidewaysScroll(page, `${what} at 390px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('en medarbejder henter sine data som dokument og JSON', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, demoAccountEmail('employee'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'employee');
  await page.getByRole('link', { name: p.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: p.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: p.sections.goals })).toBeVisible();
  await expect(page.getByRole('heading', { name: p.sections.accessLog })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: p.downloadJson }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mup-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
  await expectAccessibleAtAllWidths(page, 'Mine data');
  await fitsAt390(page, 'Mine data');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: p.print })).toBeHidden();
});

test('en administrator forhåndsviser sletteregler og en sletning uden at slette', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, demoAccountEmail('orgAdmin'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'orgAdmin');
  await page.getByRole('link', { name: p.retention.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: p.retention.title })).toBeVisible();
  await expect(page.getByText(p.retention.disabled)).toBeVisible();
  await page.getByRole('button', { name: p.retention.preview }).click();
  await expect(page.getByRole('heading', { name: p.retention.previewTitle })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'Sletteregler');
  await fitsAt390(page, 'Sletteregler');

  await page.getByRole('link', { name: p.erasure.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: p.erasure.title })).toBeVisible();
  const picker = page.getByRole('combobox', { name: p.erasure.person });
  await picker.fill('Sofie');
  await page.getByRole('option', { name: /Sofie/ }).first().click();
  await page.getByRole('button', { name: p.erasure.preview }).click();
  await expect(page.getByRole('heading', { name: p.erasure.removed })).toBeVisible();
  await expect(page.getByRole('button', { name: p.erasure.apply })).toBeDisabled();
  await expectAccessibleAtAllWidths(page, 'Sletning af personoplysninger');
  await fitsAt390(page, 'Sletning af personoplysninger');
});
