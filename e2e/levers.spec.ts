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
import { leversMessages } from '../src/modules/levers/web/messages';

/*
 * The learning-environment levers in Danish: Lone Mikkelsen (institution leader) picks two levers
 * for Børnehuset Mariehønen and turns them into actions with owners and dates; Sofie Andersen
 * finds the one she owns among her actions and marks it done with a short follow-up.
 */
const L = leversMessages.da;
const PLAN_TITLE = `Læringsmiljøet i Mariehønen ${new Date().getFullYear()}`;
const SOFIES_ACTION = 'Prøv en fast tjek-ind-runde på stuemødet i Sommerfuglestuen';
const MIKKELS_ACTION = 'Spørg de to nye kolleger, hvad der har undret dem de første uger';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

function copenhagenDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function choose(page: Page, field: string, option: string) {
  await page.getByRole('combobox', { name: label(field) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a leader picks two levers and plans actions; an employee follows up on hers', async ({ page }) => {
  test.setTimeout(180_000);

  await switchTo(page, 'institutionLeader');
  await page.getByRole('link', { name: L.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: L.page.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the levers page (leader)');

  await page.getByRole('link', { name: L.page.toolbox }).click();
  await expect(page.getByRole('heading', { level: 2, name: L.toolbox.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(12);
  await expectAccessibleAtAllWidths(page, 'the toolbox');
  await page.goBack();

  // A plan for the institution with two levers.
  await page.getByRole('button', { name: L.page.create }).click();
  const dialog = page.getByRole('dialog', { name: L.form.createTitle });
  await choose(page, L.form.scope, 'Børnehuset Mariehønen');
  await dialog.getByLabel(label(L.form.title)).fill(PLAN_TITLE);
  await dialog.getByRole('checkbox', { name: L.items.better_meetings.name }).check();
  await dialog.getByRole('checkbox', { name: L.items.learn_from_newcomers.name }).check();
  await expectAccessibleAtAllWidths(page, 'the new plan dialog');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: PLAN_TITLE })).toBeVisible();

  // One action under each lever, each with an owner and a due date.
  const addAction = async (lever: string, text: string, owner: string, days: number) => {
    const section = page.getByRole('region', { name: lever });
    await section.getByRole('button', { name: L.plan.addAction }).click();
    const actionDialog = page.getByRole('dialog', { name: `${L.action.createTitle}: ${lever}` });
    await actionDialog.getByLabel(label(L.action.text)).fill(text);
    await choose(page, L.action.owner, owner);
    await actionDialog.getByLabel(label(L.action.dueDate)).fill(copenhagenDay(days));
    await actionDialog.getByRole('button', { name: L.plan.addAction }).click();
    await expect(actionDialog).toBeHidden();
    await expect(section.getByRole('article', { name: text })).toBeVisible();
  };
  await addAction(L.items.better_meetings.name, SOFIES_ACTION, 'Sofie Andersen', 21);
  await addAction(L.items.learn_from_newcomers.name, MIKKELS_ACTION, 'Mikkel Jensen', 30);
  await expect(page.getByText(fill(L.page.counts, { open: 2, done: 0 }))).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the plan page (leader)');

  // Sofie sees her action, and only hers, and marks it done.
  await switchTo(page, 'employee');
  await page.goto('/levers');
  const mine = page.getByRole('region', { name: L.page.mine });
  const card = mine.getByRole('article', { name: SOFIES_ACTION });
  await expect(card).toBeVisible();
  await expect(mine.getByRole('article', { name: MIKKELS_ACTION })).toHaveCount(0);
  await expect(card.getByText(L.action.open, { exact: true })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the levers page (employee)');
  await card.getByRole('button', { name: L.action.markDone }).click();
  const followUp = page.getByRole('dialog', { name: L.action.followUpTitle });
  await followUp
    .getByLabel(L.action.followUpLabel)
    .fill('Runden gav ro, og alle kom til orde. Vi fortsætter.');
  await expectAccessibleAtAllWidths(page, 'the follow-up dialog');
  await followUp.getByRole('button', { name: L.action.markDone }).click();
  await expect(followUp).toBeHidden();
  await expect(card.getByText(L.action.done, { exact: true })).toBeVisible();
  await expect(card.getByText(/Runden gav ro/)).toBeVisible();

  // She can read the plan, but it is the leaders who change it.
  await mine
    .getByText(fill(L.page.inPlan, { title: PLAN_TITLE, scope: 'Børnehuset Mariehønen' }), { exact: false })
    .waitFor();
  await page.getByRole('region', { name: L.page.plans }).getByRole('link', { name: PLAN_TITLE }).click();
  await expect(page.getByRole('heading', { level: 2, name: PLAN_TITLE })).toBeVisible();
  await expect(page.getByText(L.plan.readOnly)).toBeVisible();
  await expect(page.getByRole('button', { name: L.plan.addAction })).toHaveCount(0);
  await expect(page.getByText(fill(L.page.counts, { open: 1, done: 1 }))).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the plan page (employee)');
});
