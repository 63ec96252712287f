import type { Browser, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { DEMO_PASSWORD, auth, expect, label, test } from './fixtures';
import { demoEmail } from './accounts';
import { api } from './individual';
import { mailMark, recipient, waitForMail } from './mail';
import { forumsMessages } from '../src/modules/forums/web/messages';
import { offlineMessages } from '../src/web/offline/messages';
import { common } from '../src/web/i18n/common';

/*
 * A meeting evaluation in a minute on a phone (issue 14), in Danish on 390 px phones. Birgitte Lund,
 * leader of Plejecenter Lærkebo, opens the evaluation of today's staff meeting and mails everyone a
 * personal answer link. Gitte Dahl answers from hers without signing in, in well under a minute; the
 * link then says it was used. Ole Thygesen scans the QR code, signs in once asking the phone to
 * remember him, and lands on the form. Eva Lindberg answers in the basement without a connection:
 * the answer waits on her phone and is sent once when the connection returns. No other journey
 * uses these four people.
 */
const F = forumsMessages.da;
const off = offlineMessages.da;
const RUN = Date.now().toString(36).slice(-5);
const FORUM = `Personalemøde på Lærkebo ${RUN}`;
const LEADER = demoEmail('Birgitte Lund');
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

/** A 390 px phone of its own; errors thrown in it are collected. */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { context, page, errors };
}

/** Scores every question but the optional eighth ("Andet, hvad?"), which stays blank. */
async function answer(page: Page, score: number, comment: string) {
  const groups = page.getByRole('main').locator('form').getByRole('radiogroup');
  await expect(groups).toHaveCount(9);
  for (let i = 0; i < 9; i++) {
    if (i === 7) continue;
    await groups
      .nth(i)
      .getByRole('radio', { name: String(score), exact: true })
      .check();
  }
  // Only the eighth question says it may be left blank.
  await expect(page.getByRole('radiogroup', { name: F.answer.optional })).toHaveCount(1);
  await page.getByLabel(F.answer.comment).fill(comment);
  await page.getByRole('button', { name: F.answer.submit }).click();
}

async function signIn(page: Page, email: string, remember: boolean) {
  await page.getByLabel(label(auth.da.fields.email)).fill(email);
  await page.getByLabel(label(auth.da.fields.password)).fill(DEMO_PASSWORD);
  if (remember) await page.getByLabel(auth.da.login.remember).check();
  await page.getByRole('button', { name: auth.da.login.submit, exact: true }).click();
}

test.use({ actionTimeout: 30_000 });

test('a personal link answers once without signing in; the QR code after one remembered sign-in; an offline answer is sent once', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  // Birgitte sets up today's meeting and its evaluation (the forum pages have their own journey).
  await page.goto('/login');
  await signIn(page, LEADER, false);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const units = await api<{ manageableUnits: { id: string; name: string }[] }>(page, 'GET', '/forums');
  const care = units.json.manageableUnits.find((u) => u.name === 'Plejecenter Lærkebo')!;
  const forum = await api<{ forum: { id: string } }>(page, 'POST', '/forums', {
    unitId: care.id,
    level: 'organisation',
    name: FORUM,
  });
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  const meeting = await api<{ meeting: { id: string } }>(
    page,
    'POST',
    `/forums/${forum.json.forum.id}/meetings`,
    {
      heldOn: today,
    },
  );
  const opened = await api<{ evaluation: { code: string } }>(
    page,
    'POST',
    `/meetings/${meeting.json.meeting.id}/evaluation`,
    { days: 7 },
  );
  const code = opened.json.evaluation.code;
  const respondents = async () =>
    (
      await api<{ meetings: { evaluation: { respondents: number } | null }[] }>(
        page,
        'GET',
        `/forums/${forum.json.forum.id}`,
      )
    ).json.meetings[0]!.evaluation!.respondents;

  // The personal links, from the meeting's card.
  await page.goto(`/forums/${forum.json.forum.id}`);
  const mark = mailMark();
  await page.getByRole('button', { name: F.links.send }).click();
  const confirm = page.getByRole('dialog', { name: F.links.title });
  await expectAccessible(page, 'sending personal links');
  await confirm.getByRole('button', { name: F.links.confirm }).click();
  await expect(page.getByText(/^Sendt til \d+ deltagere\.$/)).toBeVisible();
  const mail = await waitForMail((m) => recipient(m) === demoEmail('Gitte Dahl').toLowerCase(), {
    after: mark,
    what: 'Gitte’s personal link',
  });
  expect(mail.subject).toBe(`Evaluér mødet: ${FORUM}`);
  const link = /https?:\/\/\S+\/l\/[\w-]{32}/.exec(mail.text ?? '')![0];
  const path = new URL(link).pathname;

  // Gitte, on her phone that never signed in: open, answer, thanks — well under a minute.
  const gitte = await phone(browser);
  const started = Date.now();
  await gitte.page.goto(path);
  await expect(
    gitte.page.getByRole('heading', { level: 2, name: fill(F.answer.title, { title: FORUM }) }),
  ).toBeVisible();
  await expect(gitte.page.getByText(F.answer.linkIntro)).toBeVisible();
  await expectAccessible(gitte.page, 'the personal link’s form on a phone');
  await answer(gitte.page, 4, `Godt med en fast dagsorden (${RUN})`);
  await expect(gitte.page.getByText(F.answer.thanks)).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);
  await expectAccessible(gitte.page, 'the thanks after a personal link');
  expect(new URL(gitte.page.url()).pathname).toBe(path);
  expect((await gitte.context.cookies()).map((c) => c.name)).not.toContain('mup_session');
  // The same link again: it says it was used.
  await gitte.page.goto(path);
  await expect(gitte.page.getByText(F.answer.linkUsed)).toBeVisible();
  await expectAccessible(gitte.page, 'a used link');
  // And a link that does not exist says so, in words.
  await gitte.page.goto(`/l/${'x'.repeat(32)}`);
  await expect(gitte.page.getByRole('alert')).toContainText(common.da.errors.reasons.answer_link_unknown);
  expect(gitte.errors).toEqual([]);
  await gitte.context.close();
  expect(await respondents()).toBe(1);

  // Ole scans the QR code: one sign-in, remembered on his phone, and back at the form.
  const ole = await phone(browser);
  await ole.page.goto(`/e/${code}`);
  await expect(ole.page).toHaveURL(/\/login/);
  await expectAccessible(ole.page, 'the sign-in page with “remember me” on a phone');
  await signIn(ole.page, demoEmail('Ole Thygesen'), true);
  await expect(ole.page).toHaveURL(new RegExp(`/e/${code}$`));
  const session = (await ole.context.cookies()).find((c) => c.name === 'mup_session')!;
  // A cookie that outlives the browser, for weeks rather than a working day.
  expect(session.expires * 1000 - Date.now()).toBeGreaterThan(7 * 24 * 3600_000);
  await answer(ole.page, 3, `Vi skal slutte til tiden (${RUN})`);
  await expect(ole.page.getByText(F.answer.thanks)).toBeVisible();
  expect(ole.errors).toEqual([]);
  await ole.context.close();
  expect(await respondents()).toBe(2);

  // Eva in the basement: the form was loaded, then the connection went.
  const eva = await phone(browser);
  await eva.page.goto('/login');
  await signIn(eva.page, demoEmail('Eva Lindberg'), true);
  await eva.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await eva.page.goto(`/e/${code}`);
  await expect(eva.page.getByRole('main').locator('form').getByRole('radiogroup')).toHaveCount(9);
  await eva.context.setOffline(true);
  await eva.page.evaluate(() => window.dispatchEvent(new Event('offline')));
  const EVA = `Rart at høre om de nye beboere (${RUN})`;
  await answer(eva.page, 5, EVA);
  await expect(eva.page.getByText(F.answer.queued)).toBeVisible();
  await expectAccessible(eva.page, 'an answer waiting on the phone');
  const queue = eva.page.getByRole('region', { name: new RegExp(`^${off.queue.title}`) });
  await expect(queue).toContainText(EVA);
  expect(await respondents()).toBe(2);
  // The connection returns: sent, once.
  await eva.context.setOffline(false);
  await eva.page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(queue).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(respondents, { timeout: 30_000 }).toBe(3);
  await eva.page.reload();
  await expect(eva.page.getByText(F.answer.answered)).toBeVisible();
  expect(await respondents()).toBe(3);
  expect(eva.errors).toEqual([]);
  await eva.context.close();
});
