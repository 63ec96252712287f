import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, expect, label, signInWithPassword, test, waitUntilSignedIn } from './fixtures';
import { choose, openStep, pageTitle } from './individual';
import { demoEmail } from './accounts';
import { surveysMessages } from '../src/modules/surveys/web/messages';
import { teamsDevMessages } from '../src/modules/teams-dev/web/messages';
import { qualityMessages } from '../src/modules/quality/web/messages';

/*
 * From a weak result to work, in Danish: Birgitte Lund leads Plejecenter Lærkebo, whose answers in
 * the demo's social-capital round are weak. From her unit's page she starts, in one click each, a
 * team conversation and a development point with the centre's only team, the quality team: both
 * forms open filled in with the question, the round and the result, and what she saves carries it.
 */
const S = surveysMessages.da;
const DEV = teamsDevMessages.da;
const Q = qualityMessages.da;
const ROUND = 'Social kapital – efterår';
const UNIT = 'Plejecenter Lærkebo';
const TEAM = 'Kvalitetsteam Lærkebo';
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

test('a leader starts a team conversation and a development point from a weak result', async ({ page }) => {
  test.setTimeout(240_000);
  await signInWithPassword(page, demoEmail('Birgitte Lund'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'Birgitte Lund');
  await page.goto('/surveys');
  await page.getByRole('link', { name: ROUND }).click();
  await page.getByRole('table').first().getByRole('link', { name: UNIT }).click();
  const unitTitle = fill(S.unit.title, { unit: UNIT, round: ROUND });
  await expect(pageTitle(page, unitTitle)).toBeVisible();

  // The weak results, with the level they are weak at, and what she may start from each.
  const weak = page.getByRole('region', { name: S.unit.weak });
  await expect(weak.getByText(fill(S.unit.weakIntro, { points: 50 }))).toBeVisible();
  const first = weak.getByRole('row').nth(1);
  // The row's header holds the result's name, its kind and, below them, the actions.
  const header = (await first.getByRole('rowheader').innerText()).split('\n')[0]!;
  const name = header.replace(/\s*\((indeks|spørgsmål)\)\s*$/, '');
  await expectAccessibleAtAllWidths(page, 'a unit’s weak results with their actions');

  // A team conversation: the only team is used, the result is the first point on the agenda.
  await weak.getByRole('button', { name: fill(S.act.conversationFor, { name }) }).click();
  const dialog = page.getByRole('dialog', { name: S.act.conversationTitle });
  await expect(dialog.getByText(fill(S.act.team, { team: TEAM }))).toBeVisible();
  const agenda = dialog.getByLabel(DEV.plan.agenda);
  await expect(agenda).toHaveValue(new RegExp(`^${ROUND}: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
  const reason = await agenda.inputValue();
  expect(reason).toContain('et svagt resultat (50 point eller derunder)');
  await expectAccessible(page, 'the team conversation opened from a weak result');
  await choose(page, label(DEV.plan.facilitator), 'Birgitte Lund');
  await dialog.getByRole('button', { name: DEV.plan.submit }).click();
  await expect(page).toHaveURL(/\/conversations\/[0-9a-f-]{36}/);
  await openStep(page, 'before');
  await expect(page.getByText(reason)).toBeVisible();

  // A development point with the quality team: its title and description filled in.
  await page.goBack();
  await expect(pageTitle(page, unitTitle)).toBeVisible();
  await page
    .getByRole('region', { name: S.unit.weak })
    .getByRole('button', { name: fill(S.act.pointFor, { name }) })
    .click();
  const pointDialog = page.getByRole('dialog', { name: S.act.pointTitle });
  const title = fill(S.unit.planTitle, { name });
  await expect(pointDialog.getByLabel(label(Q.team.title))).toHaveValue(title);
  await expect(pointDialog.getByLabel(Q.team.description)).toHaveValue(reason);
  await expectAccessible(page, 'the development point opened from a weak result');
  await pointDialog.getByRole('button', { name: Q.team.save }).click();
  await expect(page).toHaveURL(/\/quality\/teams\/[0-9a-f-]{36}/);
  await expect(page.getByText(title).first()).toBeVisible();
  await expectAccessible(page, 'the quality team with the new development point');
});
