import { expectAccessible } from './axe';
import { expect, label, test } from './fixtures';
import { mailMark, recipient, sentMails, waitForMail } from './mail';
import { demoEmail } from './accounts';
import { phone } from './phone';
import { surveysMessages } from '../src/modules/surveys/web/messages';

/*
 * A survey round to a meeting forum, in Danish: Mette Holm (HR) sends the learning-community survey
 * to Børnehuset Mariehønen's staff meeting (its members: the staff of the house and its rooms). Sofie
 * Andersen answers on her phone; the round says where it went and why its rates show per unit, and a
 * reminder reaches the forum's other members only — not Sofie, and no one outside the house.
 */
const S = surveysMessages.da;
const TITLE = `Personalemødets måling ${Date.now().toString(36)}`;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

test('HR sends a round to a meeting forum; a member answers; the reminder reaches only the forum’s other members', async ({
  page,
  browser,
  signIn,
}) => {
  test.setTimeout(300_000);
  await signIn('hr');
  await page.goto('/surveys');
  await page.getByRole('combobox', { name: label(S.open.instrument) }).click();
  await page.getByRole('option', { name: 'Læringsfællesskab', exact: true }).click();
  await page.getByLabel(S.open.roundTitle).fill(TITLE);
  await page.getByRole('combobox', { name: S.open.forums }).click();
  // Grouped by unit: the house's staff meeting, not the other forums of the organisation.
  await page.getByRole('option', { name: 'Personalemøde', exact: true }).first().click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'the round editor with a forum chosen');
  await page.getByRole('button', { name: S.open.submit, exact: true }).click();
  await expect(page.getByText(S.open.sent)).toBeVisible();

  // Sofie Andersen (Sommerfuglestuen, a room of the house) is a member: she answers on her phone.
  const mail = await waitForMail(
    (m) => recipient(m) === demoEmail('Sofie Andersen').toLowerCase() && m.subject.includes(TITLE),
    { what: 'the invitation to Sofie Andersen' },
  );
  const link = /\/s\/[\w-]+/.exec(mail.text ?? '')![0];
  const sofie = await phone(browser, { email: demoEmail('Sofie Andersen') });
  await sofie.page.goto(link);
  await expect(sofie.page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  const groups = sofie.page.getByRole('main').locator('form').getByRole('radiogroup');
  await expect(groups).toHaveCount(4);
  for (let i = 0; i < 4; i++) await groups.nth(i).getByRole('radio', { name: /^4/ }).check();
  await sofie.page.getByRole('button', { name: S.answer.submit }).click();
  await expect(sofie.page.getByText(S.answer.thanks)).toBeVisible();
  expect(sofie.errors).toEqual([]);
  await sofie.close();

  // The list counts the forum's members as invited; the round says where it went and why its rates are per unit.
  await page.reload();
  const card = page.locator('.mantine-Card-root', { hasText: TITLE });
  const counted = card.getByText(/^1 af \d+ har svaret$/);
  await expect(counted).toBeVisible();
  const invited = Number(/af (\d+)/.exec((await counted.textContent()) ?? '')![1]);
  expect(invited).toBeGreaterThan(1);
  await page.getByRole('link', { name: TITLE }).click();
  await expect(
    page.getByText(`${S.round.sentTo}: ${fill(S.round.target.forum, { name: 'Personalemøde' })}`),
  ).toBeVisible();
  await expect(page.getByText(S.round.ratesForum, { exact: false })).toBeVisible();
  await expectAccessible(page, 'a forum round with its response rates');

  const mark = mailMark();
  await page.getByRole('button', { name: S.round.remind }).click();
  await expect(page.getByText(fill(S.round.reminded, { count: invited - 1 }))).toBeVisible();
  const reminders = () => sentMails().filter((m) => m.file > mark && m.subject === `Påmindelse: ${TITLE}`);
  await expect.poll(() => reminders().length, { timeout: 60_000 }).toBe(invited - 1);
  const reminded = reminders().map(recipient);
  // A colleague in the house's other room is a member; Sofie answered; the school's staff are not members.
  expect(reminded).toContain(demoEmail('Maja Nielsen').toLowerCase());
  expect(reminded).not.toContain(demoEmail('Sofie Andersen').toLowerCase());
  expect(reminded).not.toContain(demoEmail('Thomas Bach').toLowerCase());
});

// A leader opens a round to their own house's staff meeting from the screen, choosing among the
// organisation's instruments (read-only) and only the forums they lead; units are HR's targets.
test('a leader sends a round to their own forum from the screen', async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const title = `Lones måling ${Date.now().toString(36)}`;
  await signIn('institutionLeader');
  await page.goto('/surveys');
  await expect(page.getByText(S.open.leaderIntro)).toBeVisible();
  await expect(page.getByRole('combobox', { name: S.open.units })).toHaveCount(0);
  await page.getByRole('combobox', { name: label(S.open.instrument) }).click();
  // The forums' own instruments are opened from the forums, not here.
  await expect(page.getByRole('option', { name: 'Mødeevaluering', exact: true })).toHaveCount(0);
  await page.getByRole('option', { name: 'Læringsfællesskab', exact: true }).click();
  await page.getByLabel(S.open.roundTitle).fill(title);
  await page.getByRole('combobox', { name: S.open.forums }).click();
  // Only the forums of the house she leads: one staff meeting, no other house's.
  await expect(page.getByRole('option', { name: 'Personalemøde', exact: true })).toHaveCount(1);
  await page.getByRole('option', { name: 'Personalemøde', exact: true }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'a leader’s round editor with her forum chosen');
  await page.getByRole('button', { name: S.open.submit, exact: true }).click();
  await expect(page.getByText(S.open.sent)).toBeVisible();
  await waitForMail(
    (m) => recipient(m) === demoEmail('Sofie Andersen').toLowerCase() && m.subject.includes(title),
    { what: 'the invitation to Sofie Andersen from her leader’s round' },
  );
  // The round is in her list, as it reached the units she leads.
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});
