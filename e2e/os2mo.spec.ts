import { expectAccessible, expectAccessibleAtAllWidths, expectNoSidewaysScroll } from './axe';
import { expect, label, test } from './fixtures';
import { os2moMessages } from '../src/modules/os2mo/web/messages';
import {
  FAKE_CLIENT_ID,
  FAKE_SECRET,
  startFakeOs2mo,
  type FakeOs2mo,
} from '../src/modules/os2mo/testing/fake-os2mo';
import { smallMunicipality } from '../src/modules/os2mo/testing/world';

const t = os2moMessages.da;

let os2mo: FakeOs2mo;
test.beforeAll(async () => {
  os2mo = await startFakeOs2mo(smallMunicipality(20));
});
test.afterAll(async () => os2mo.close());

test('the organisation admin sets up OS2mo, sees a wrong secret named, and previews the first sync; nothing changes', async ({
  page,
  signIn,
}) => {
  await signIn('orgAdmin');
  await page.goto('/organisation');
  const panel = page.getByRole('region', { name: t.heading });
  await expect(panel).toContainText(t.status.none);

  // A wrong secret first: saved, and the test says what is wrong.
  await panel.getByLabel(label(t.endpoint)).fill(os2mo.url);
  await panel.getByLabel(label(t.clientId)).fill(FAKE_CLIENT_ID);
  await panel.getByLabel(label(t.clientSecret)).fill('forkert-hemmelighed');
  await panel.getByRole('button', { name: t.save }).click();
  await expect(page.getByText(t.saved)).toBeVisible();
  await panel.getByRole('button', { name: t.test }).click();
  await expect(panel.getByRole('alert')).toContainText(t.failures.wrong_secret);
  await expectAccessibleAtAllWidths(page, 'the OS2mo panel with a failed test');

  // The right secret: the field empties, the secret is never shown again.
  await panel.getByLabel(label(t.clientSecret)).fill(FAKE_SECRET);
  await panel.getByRole('button', { name: t.save }).click();
  await expect(panel.getByLabel(label(t.clientSecret))).toHaveValue('');
  await expect(page.locator('body')).not.toContainText(FAKE_SECRET);
  await panel.getByRole('button', { name: t.test }).click();
  await expect(panel.getByRole('status')).toContainText('5 enheder');

  // The preview: the import's counts and sample tables, and nothing changed.
  await panel.getByRole('button', { name: t.preview }).click();
  await expect(panel.getByText(t.run.statuses.previewed)).toBeVisible({ timeout: 30_000 });
  await expect(panel.getByText(t.run.nothingChanged)).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Oprettes' }).first()).toContainText(
    'Børne- og Ungeforvaltningen',
  );
  await expect(panel.getByRole('button', { name: t.apply })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the first sync previewed');

  // On a phone of 390 px.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, 'the first sync previewed at 390px');
  await expectNoSidewaysScroll(page, 'the first sync previewed at 390px');

  // Taken down again, so the journeys' organisation stays as the others expect it.
  const removed = await page.evaluate(async () => {
    const csrf = document.cookie.match(/(?:^|; )mup_csrf=([^;]+)/)?.[1] ?? '';
    const res = await fetch('/api/organisation/os2mo', {
      method: 'DELETE',
      headers: { 'x-csrf-token': csrf },
    });
    return res.status;
  });
  expect(removed).toBe(200);
});
