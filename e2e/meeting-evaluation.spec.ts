import type { Browser, Page } from '@playwright/test';
import { phone } from './phone';
import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, auth, da, expect, label, test } from './fixtures';
import { demoAccountEmail, demoEmail } from './accounts';
import { forumsMessages, forumStructureMessages } from '../src/modules/forums/web/messages';
import { INSTRUMENT_ITEMS } from '../src/modules/forums/constants';

/*
 * Meeting forums in Danish: Lone Mikkelsen (leader of Børnehuset Mariehønen) describes the room
 * meeting of Sommerfuglestuen, records a meeting and opens its one-minute evaluation. Five of the
 * room's staff answer on their phones through the link; once closed, the trend shows. A second
 * meeting with four answers shows nothing but "too few answers", and the figures do not move.
 */
const F = forumsMessages.da;
const S = forumStructureMessages.da;
const FORUM = `Stuemøde i Sommerfuglestuen ${Date.now().toString(36)}`;
const STAFF = ['Sofie Andersen', 'Mikkel Jensen', 'Anja Thomsen', 'Camilla Poulsen', 'Ida Møller'];
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

/** The sign-in form by its Danish labels; the app then returns to where the person was going. */
async function signIn(page: Page, email: string) {
  await page.getByLabel(label(auth.da.fields.email)).fill(email);
  await page.getByLabel(label(auth.da.fields.password)).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: auth.da.login.submit, exact: true }).click();
}

/** One participant on a phone: opens the link, signs in, comes back to the form, answers. */
async function answerOnPhone(browser: Browser, link: string, name: string, score: number, checkAxe: boolean) {
  const { page, errors, close } = await phone(browser);
  await page.goto(link);
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demoEmail(name));
  await expect(page).toHaveURL(new RegExp(new URL(link).pathname));
  await expect(
    page.getByRole('heading', { level: 2, name: fill(F.answer.title, { title: FORUM }) }),
  ).toBeVisible();
  const groups = page.getByRole('main').locator('form').getByRole('radiogroup');
  await expect(groups).toHaveCount(INSTRUMENT_ITEMS.meeting.length);
  if (checkAxe) await expectAccessible(page, 'the evaluation form on a phone');
  for (let i = 0; i < INSTRUMENT_ITEMS.meeting.length; i++) {
    // The weakest question in this journey is "prepared" (the fourth): one lower than the rest.
    await groups
      .nth(i)
      .getByRole('radio', { name: String(i === 3 ? score - 1 : score), exact: true })
      .check();
  }
  await page.getByLabel(F.answer.comment).fill(`Tak for i dag fra en på stuen (${score})`);
  await page.getByRole('button', { name: F.answer.submit }).click();
  await expect(page.getByText(F.answer.thanks)).toBeVisible();
  if (checkAxe) await expectAccessible(page, 'the thank-you on a phone');
  expect(errors, `errors thrown in the browser for ${name}`).toEqual([]);
  await close();
}

async function recordAndOpen(page: Page): Promise<string> {
  await page.getByRole('button', { name: F.forum.record }).click();
  const record = page.getByRole('dialog', { name: F.forum.recordTitle });
  await record.getByRole('button', { name: F.forum.record }).click();
  await expect(record).toBeHidden();
  await page.getByRole('button', { name: F.forum.openEvaluation }).first().click();
  const open = page.getByRole('dialog', { name: F.forum.openTitle });
  await open.getByRole('button', { name: F.forum.openEvaluation }).click();
  const qr = page.getByRole('dialog', { name: F.link.title });
  await expect(qr.getByRole('img', { name: F.link.qr })).toBeVisible();
  const link = (await qr.getByTestId('evaluation-link').textContent())!;
  expect(link).toMatch(/\/e\/[a-z0-9]{10}$/);
  return link;
}

async function closeNewest(page: Page) {
  await page.getByRole('button', { name: F.forum.close }).first().click();
  await page
    .getByRole('dialog', { name: F.forum.closeTitle })
    .getByRole('button', { name: F.forum.close })
    .click();
  await expect(page.getByRole('dialog', { name: F.forum.closeTitle })).toBeHidden();
}

test('a leader opens a meeting evaluation; five answer on phones and the trend shows; four show nothing', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  await page.goto('/login');
  await signIn(page, demoAccountEmail('institutionLeader'));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('link', { name: F.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: F.overview.title })).toBeVisible();
  for (const level of ['citizen', 'intervention', 'organisation'] as const) {
    await expect(page.getByRole('heading', { level: 3, name: F.levels[level] })).toBeVisible();
  }
  await expectAccessibleAtAllWidths(page, 'the meeting structure');

  // The room meeting, on the intervention level.
  await page.getByRole('button', { name: F.overview.create }).click();
  const dialog = page.getByRole('dialog', { name: F.form.createTitle });
  await dialog.getByRole('combobox', { name: label(F.fields.unit) }).click();
  await page.getByRole('option', { name: 'Sommerfuglestuen', exact: true }).click();
  await dialog.getByLabel(label(F.fields.name)).fill(FORUM);
  await dialog
    .getByLabel(F.fields.purpose)
    .fill('Fælles refleksion over, hvordan børnene trives i overgangene');
  await dialog.getByRole('textbox', { name: S.fields.cadenceEvery }).fill('1');
  await dialog.getByRole('combobox', { name: S.fields.cadenceUnit }).click();
  await page.getByRole('option', { name: S.fields.unitWeek, exact: true }).click();
  await dialog.getByRole('textbox', { name: S.fields.durationMinutes }).fill('30');
  await expectAccessible(page, 'the new forum dialog');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: fill(F.overview.open, { name: FORUM }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: FORUM })).toBeVisible();
  await expect(page.getByText(S.every.week, { exact: true })).toBeVisible();

  // The first meeting: its link and QR code, five answers from phones.
  const first = await recordAndOpen(page);
  await expectAccessible(page, 'the link and QR code');
  await page
    .getByRole('dialog', { name: F.link.title })
    .getByRole('button', { name: da.actions.close })
    .click();
  for (const [i, name] of STAFF.entries()) await answerOnPhone(browser, first, name, 4, i === 0);
  await page.reload();
  await expect(
    page.getByText(fill(F.forum.openStatus, { count: 5, date: '' }).split(' · ')[1]!),
  ).toBeVisible();
  await closeNewest(page);
  await expect(page.getByText(fill(F.forum.shownStatus, { count: 5 }))).toBeVisible();
  const table = page.getByTestId('trend-table');
  await expect(table.getByRole('row', { name: new RegExp(`^${F.meetingShort.overall}`) })).toContainText('4');
  await expect(table.getByRole('row', { name: new RegExp(`^${F.meetingShort.prepared}`) })).toContainText(
    '3',
  );
  await expect(page.getByText(`${F.trend.weakest}:`)).toContainText(F.meetingShort.prepared);
  await expect(page.getByRole('img', { name: F.trend.chartLabel })).toBeVisible();
  await expect(page.getByText('Tak for i dag fra en på stuen (4)').first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the forum with its trend');

  // The second meeting: only four answer, so nothing is shown and the figures stay as they were.
  const second = await recordAndOpen(page);
  await page
    .getByRole('dialog', { name: F.link.title })
    .getByRole('button', { name: da.actions.close })
    .click();
  for (const name of STAFF.slice(0, 4)) await answerOnPhone(browser, second, name, 2, false);
  await page.reload();
  await closeNewest(page);
  await expect(page.getByText(fill(F.forum.tooFew, { count: 4 }))).toBeVisible();
  await expect(table.getByText(F.trend.tooFewCell).first()).toBeVisible();
  await expect(
    table
      .getByRole('row', { name: new RegExp(`^${F.meetingShort.overall}`) })
      .getByRole('cell')
      .last(),
  ).toHaveText('4');
  await expect(page.getByText('Tak for i dag fra en på stuen (2)')).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'the forum with a hidden meeting');
});
