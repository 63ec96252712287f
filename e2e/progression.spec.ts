import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  da,
  demoAccountEmail,
  expect,
  label,
  signInWithPassword,
  waitUntilSignedIn,
  test,
} from './fixtures';
import type { DemoAccount } from '../src/modules/demo/data';
import { progressionMessages } from '../src/modules/progression/web/messages';

/*
 * Progression in Danish: Sofie Andersen records her room's first progression course under a
 * group's name; a CPR number in the challenge is refused on the field and a child's first name
 * gets a warning she must confirm or remove. She rates the areas; Lone Mikkelsen (institution
 * leader) opens the institution's red/yellow/green overview, ready to print.
 */
const P = progressionMessages.da;
const GROUP = 'Gruppe A, 3-4 år (Sommerfuglestuen)';

async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a room records a progression course with a pseudonym, a CPR number is refused, and the leader prints the overview', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await switchTo(page, 'employee');
  await page.getByRole('link', { name: P.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: P.page.title })).toBeVisible();
  await expect(page.getByText(P.page.coursesEmpty)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the progression page');

  await page.getByRole('button', { name: P.page.create }).click();
  const dialog = page.getByRole('dialog', { name: P.form.createTitle });
  await dialog.getByLabel(label(P.form.label)).fill(GROUP);
  const challenge = dialog.getByLabel(P.form.challenge);
  await challenge.fill('Barnet med CPR 010219-1234 er utryg ved fælles ture');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(dialog.getByText(P.form.cpr)).toBeVisible();
  await expect(challenge).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleAtAllWidths(page, 'the new course dialog with a refused CPR number');

  // A first name is a warning she can act on: here she writes the group instead.
  await challenge.fill('Emma er utryg ved fælles ture');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(dialog.getByText(P.form.name.replace('{names}', 'Emma'))).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: P.form.allowNames })).toBeVisible();
  await challenge.fill('Flere børn i gruppen er utrygge ved fælles ture');
  await dialog.getByLabel(P.form.initiative).fill('Vi forbereder gruppen med billeder før hver tur');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: GROUP })).toBeVisible();
  await expect(page.getByText('Flere børn i gruppen er utrygge ved fælles ture')).toBeVisible();

  // Today's rating of two areas.
  const choose = async (field: string, option: string) => {
    await page.getByRole('combobox', { name: field }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await choose('Sprog', P.levelMeaning.yellow);
  await choose('Trivsel', P.levelMeaning.red);
  await page.getByRole('button', { name: da.actions.save }).click();
  const ratings = page.getByRole('region', { name: P.course.ratings });
  await expect(ratings.getByText(P.levels.yellow)).toBeVisible();
  await expect(ratings.getByText(P.levels.red)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a progression course');

  // The institution leader sees the house's overview, the new course counted in its room.
  await switchTo(page, 'institutionLeader');
  await page.getByRole('link', { name: P.nav }).first().click();
  await page.getByRole('combobox', { name: P.page.unit }).click();
  await page.getByRole('option', { name: 'Børnehuset Mariehønen', exact: true }).click();
  await page.getByRole('link', { name: P.page.overview }).click();
  const title = P.overview.title.replace('{name}', 'Børnehuset Mariehønen');
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('cell', { name: 'Sommerfuglestuen' }).first()).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Græshoppestuen' }).first()).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Trivsel' }).first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the progression overview');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: P.overview.print })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
});
