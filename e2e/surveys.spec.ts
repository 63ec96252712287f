import type { Browser } from '@playwright/test';
import { phone } from './phone';
import { expectAccessible } from './axe';
import { expect, label, test } from './fixtures';
import { mailMark, recipient, sentMails, waitForMail } from './mail';
import { demoEmail } from './accounts';
import { surveysMessages } from '../src/modules/surveys/web/messages';

/*
 * Surveys in Danish: Mette Holm (HR) rewords a question of the learning-community survey and sends
 * it to Område Syd. Five of Sommerfuglestuen's staff answer on their phones from the mail's link; a
 * reminder reaches only those who have not answered. Once closed, Lone Mikkelsen reads her room's
 * page and the heat map; Hanne Vestergaard reads the demo's social-capital round and its scatter.
 */
const S = surveysMessages.da;
const TITLE = `Læringsfællesskab ${Date.now().toString(36)}`;
const REWORDED = 'Hos os lærer vi af hinandens erfaringer hver uge.';
const STAFF = ['Sofie Andersen', 'Mikkel Jensen', 'Anja Thomsen', 'Camilla Poulsen', 'Ida Møller'];
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

async function answerOnPhone(browser: Browser, name: string, checkAxe: boolean) {
  const mail = await waitForMail(
    (m) => recipient(m) === demoEmail(name).toLowerCase() && m.subject.includes(TITLE),
    {
      what: `the invitation to ${name}`,
    },
  );
  const link = /\/s\/[\w-]+/.exec(mail.text ?? '')![0];
  const { page, errors, close } = await phone(browser, { email: demoEmail(name) });
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByText(REWORDED)).toBeVisible();
  const groups = page.getByRole('main').locator('form').getByRole('radiogroup');
  await expect(groups).toHaveCount(4);
  if (checkAxe) await expectAccessible(page, 'the survey on a phone');
  for (let i = 0; i < 4; i++) await groups.nth(i).getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('button', { name: S.answer.submit }).click();
  await expect(page.getByText(S.answer.thanks)).toBeVisible();
  if (checkAxe) await expectAccessible(page, 'the thank-you on a phone');
  expect(errors, `errors thrown in the browser for ${name}`).toEqual([]);
  await close();
}

test('HR edits a survey and sends it to an area; staff answer on phones; reminders reach only non-respondents; leaders read the results', async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(400_000);
  await signIn('hr');
  await page.goto('/surveys');
  await expect(page.getByRole('heading', { level: 2, name: S.list.title })).toBeVisible();
  await expectAccessible(page, 'the surveys page for HR');

  // The instrument: one question reworded in Danish.
  await page.getByRole('link', { name: S.list.instruments }).click();
  await expectAccessible(page, 'the instruments');
  await page.getByRole('link', { name: fill(S.instruments.edit, { name: 'Læringsfællesskab' }) }).click();
  const text = page.getByLabel(`${S.instruments.text} (${S.instruments.da})`).first();
  await text.fill(REWORDED);
  await expectAccessible(page, 'the instrument editor');
  await page.getByRole('button', { name: S.instruments.save }).click();
  await expect(page.getByText(S.instruments.saved)).toBeVisible();

  // The round to the whole area.
  await page.goto('/surveys');
  await page.getByRole('combobox', { name: label(S.open.instrument) }).click();
  await page.getByRole('option', { name: 'Læringsfællesskab', exact: true }).click();
  await page.getByLabel(S.open.roundTitle).fill(TITLE);
  await page.getByRole('combobox', { name: S.open.units }).click();
  await page.getByRole('option', { name: 'Område Syd', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: S.open.submit, exact: true }).click();
  await expect(page.getByText(S.open.sent)).toBeVisible();

  for (const [i, name] of STAFF.entries()) await answerOnPhone(browser, name, i === 0);

  // A reminder: to the 35 who have not answered, none to the five who have.
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByText(fill(S.list.answered, { answered: 5, invited: 6 })).first()).toBeVisible();
  await expectAccessible(page, 'the round with its response rates');
  const mark = mailMark();
  await page.getByRole('button', { name: S.round.remind }).click();
  await expect(page.getByText(fill(S.round.reminded, { count: 35 }))).toBeVisible();
  const reminders = () => sentMails().filter((m) => m.file > mark && m.subject === `Påmindelse: ${TITLE}`);
  await expect.poll(() => reminders().length, { timeout: 60_000 }).toBe(35);
  const reminded = reminders().map(recipient);
  expect(reminded).toContain(demoEmail('Maja Nielsen').toLowerCase());
  for (const name of STAFF) expect(reminded).not.toContain(demoEmail(name).toLowerCase());
  await page.getByRole('button', { name: S.round.close }).click();
  await expect(page.getByRole('heading', { level: 3, name: S.results.heatMap })).toBeVisible();

  // The daycare's leader: the room's page and the heat map.
  await page.context().clearCookies();
  await signIn('institutionLeader');
  await page.goto('/surveys');
  await page.getByRole('link', { name: TITLE }).click();
  const heat = page.getByRole('table').first();
  await expect(heat.getByRole('row', { name: /^Sommerfuglestuen/ })).toContainText('5');
  await expect(heat.getByRole('row', { name: new RegExp(`^${S.results.organisation}`) })).toBeVisible();
  await expectAccessible(page, 'the heat map');
  await heat.getByRole('link', { name: 'Sommerfuglestuen' }).click();
  await expect(page.getByText(fill(S.unit.group, { respondents: 5 }))).toBeVisible();
  await expect(page.getByText(REWORDED)).toBeVisible();
  await expectAccessible(page, 'a unit’s results');

  // The area leader: the demo's social-capital round with its scatter and line.
  await page.context().clearCookies();
  await signIn('areaLeader');
  await page.goto('/surveys');
  await page.getByRole('link', { name: 'Social kapital – efterår' }).click();
  await expect(page.getByRole('heading', { level: 3, name: S.results.scatter })).toBeVisible();
  await expect(page.getByRole('img', { name: /Punktdiagram/ })).toBeVisible();
  await expect(page.getByText(/^Hældning:/)).toBeVisible();
  await expectAccessible(page, 'the heat map and the scatter');
});
