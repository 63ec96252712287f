import { expect, test, signInWithPassword, waitUntilSignedIn, DEMO_PASSWORD } from './fixtures';
import { demoAccountEmail } from './accounts';
import { coverageMessages } from '../src/modules/coverage/web/messages';

const c = coverageMessages.da;

test('HR reads the MUS coverage per unit for the MED committee and prints it', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, demoAccountEmail('hr'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'hr');
  await page.getByRole('link', { name: c.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: c.title })).toBeVisible();
  await expect(page.getByText(c.agreement)).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: c.held })).toBeVisible();
  // The journeys' twin has a year of 1:1s: some groups are shown, with a total, never a person.
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(table.locator('tfoot')).toContainText(c.total);
  await expect(table).not.toContainText('Sofie Andersen');
  // A backwards period is refused on the field, and nothing is asked of the server.
  await page.getByLabel(c.from).fill('2026-12-31');
  await page.getByLabel(c.to).fill('2026-01-01');
  await page.getByRole('button', { name: c.show }).click();
  await expect(page.getByText(c.periodError)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: c.print })).toBeHidden();
  await expect(table).toBeVisible();
});
