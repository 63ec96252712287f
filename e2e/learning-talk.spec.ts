import { expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  da,
  demoAccountEmail,
  expect,
  signInWithPassword,
  waitUntilSignedIn,
  test,
} from './fixtures';
import { learningTalksMessages } from '../src/modules/learning-talks/web/messages';
import { progressionMessages } from '../src/modules/progression/web/messages';

/*
 * A learning conversation in Danish: Hanne Vestergaard (area leader) opens one with Børnehuset
 * Mariehønen; the data package shows the house's goals and its progression overview; she records
 * the agreed next step and the page is ready to print.
 */
const L = learningTalksMessages.da;
const P = progressionMessages.da;

test('the area leader assembles a unit’s data package, agrees a next step and prints it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInWithPassword(page, demoAccountEmail('areaLeader'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'areaLeader');
  await page.getByRole('link', { name: L.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: L.page.title })).toBeVisible();
  await expect(page.getByText(L.page.empty)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the learning conversations page');

  await page.getByRole('combobox', { name: L.page.unit }).click();
  await page.getByRole('option', { name: 'Børnehuset Mariehønen', exact: true }).click();
  await page.getByLabel(L.page.focus).fill('Børnenes trivsel ved overgange');
  await page.getByRole('button', { name: da.actions.create }).click();

  const title = L.talk.title.replace('{unit}', 'Børnehuset Mariehønen');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const pkg = page.getByRole('region', { name: L.talk.package });
  await expect(pkg.getByRole('heading', { name: L.sections.goals.title })).toBeVisible();
  await expect(pkg.getByRole('heading', { name: L.sections.progression.title })).toBeVisible();
  await expect(pkg.getByRole('rowheader', { name: 'Trivsel' }).first()).toBeVisible();
  await expect(pkg.getByText(P.levelMeaning.green)).toBeVisible();
  await expect(page.getByText(L.talk.previousNone)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a learning conversation with its data package');

  await page.getByLabel(L.talk.nextStep).fill('Et fælles dataårshjul for trivselsvurderinger i begge stuer');
  await page.getByRole('button', { name: L.talk.save }).click();
  await expect(page.getByText(L.talk.saved)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(L.talk.nextStep)).toHaveValue(
    'Et fælles dataårshjul for trivselsvurderinger i begge stuer',
  );

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: L.talk.print })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { name: L.sections.progression.title })).toBeVisible();
});
