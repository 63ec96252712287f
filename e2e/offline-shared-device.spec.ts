import type { Page } from '@playwright/test';
import { test } from './fixtures';
import { api, copenhagenDay, fill, pageTitle, talks } from './individual';
import { demoEmail } from './accounts';
import {
  expect,
  goOffline,
  goOnline,
  leftOnDevice,
  off,
  offlinePhone,
  queue,
  sayOffline,
  serviceWorkerInControl,
  signIn,
} from './offline-phone';
import { qualityMessages } from '../src/modules/quality/web/messages';

/*
 * The shared phone in the staff room at Plejecenter Lærkebo (issue 16). Eva Lindberg, in the
 * quality team, writes a point for her next 1:1 and the week's measurement in a resident's room
 * without coverage; both are sent once when the phone is back on the Wi-Fi. She writes one more
 * point offline, and her session ends without her signing out. The sign-in page keeps none of her
 * pages; when Kirsten Mortensen signs in on the same phone, Eva's unsent point and every page she
 * read are gone before Kirsten sees anything. Eva and Kirsten are used by no other journey.
 */
test.use({ actionTimeout: 30_000, serviceWorkers: 'allow' });

const quality = qualityMessages.da;
const EVA = { name: 'Eva Lindberg', email: demoEmail('Eva Lindberg') };
const KIRSTEN = { name: 'Kirsten Mortensen', email: demoEmail('Kirsten Mortensen') };
const RUN = Date.now().toString(36).slice(-5);

type Talk = { id: string; kind: string; status: string; myRole: string | null };
type Measure = { id: string; name: string; unit: string };

test('an agenda point and a data point written offline are sent once; a session that ends without signing out leaves nothing of Eva for Kirsten', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const { context, page, errors } = await offlinePhone(browser, EVA.email);

  // Her next 1:1 with Birgitte, and the measure of the residents' meals with a day not yet recorded.
  const list = await api<{ upcoming: Talk[] }>(page, 'GET', '/conversations');
  const talk = list.json.upcoming.find((c) => c.kind === 'one_to_one' && c.myRole === 'subject');
  expect(talk, 'Eva’s planned 1:1').toBeTruthy();
  const teams = await api<{ teams: { id: string; name: string }[] }>(page, 'GET', '/quality/teams');
  const team = teams.json.teams.find((t) => t.name === 'Kvalitetsteam Lærkebo')!;
  const detail = await api<{ measures: Measure[] }>(page, 'GET', `/quality/teams/${team.id}`);
  const measure = detail.json.measures[0]!;
  const pointsOf = async () =>
    (await api<{ points: { on: string; value: number }[] }>(page, 'GET', `/quality/measures/${measure.id}`))
      .json.points;
  const taken = new Set((await pointsOf()).map((p) => p.on));
  const day = [1, 2, 3, 4, 5, 6].map((n) => copenhagenDay(-n)).find((d) => !taken.has(d))!;

  // Online once, with the worker in control: the two pages are kept on the phone.
  await serviceWorkerInControl(page);
  await openTalk(page, talk!.id);
  await openMeasure(page, measure);

  // In a resident's room: no coverage.
  await goOffline(context, page);
  const POINT = `Hvordan deler vi aftenvagterne i julen? (${RUN})`;
  await openTalk(page, talk!.id);
  await sayOffline(page);
  await addPoint(page, POINT);
  await expect(queue(page)).toContainText(POINT);
  await expect(page.getByText(off.savedOnDevice).first()).toBeVisible();

  await openMeasure(page, measure);
  await sayOffline(page);
  const record = page.getByRole('region', { name: quality.measure.record });
  await record.getByLabel(quality.measure.date, { exact: true }).fill(day);
  await record.getByLabel(fill(quality.measure.value, { unit: measure.unit })).fill('23');
  await record.getByRole('button', { name: quality.measure.recordButton }).click();
  const items = queue(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(POINT);
  await expect(items.nth(1)).toContainText(`${measure.name}: 23 ${measure.unit} (${day})`);
  await expect(items.nth(1)).toHaveAccessibleName(off.kinds.dataPoint);

  // Back on the Wi-Fi: both are sent, each once.
  await goOnline(context, page);
  await expect(queue(page)).toHaveCount(0);
  const agenda = await api<{ agenda: { text: string }[] }>(page, 'GET', `/conversations/${talk!.id}`);
  expect(agenda.json.agenda.filter((a) => a.text === POINT)).toHaveLength(1);
  expect((await pointsOf()).filter((p) => p.on === day).map((p) => p.value)).toEqual([23]);

  // One more point offline, and then her session ends without her signing out (the browser drops
  // the expired cookies): the sign-in page shows, and the pages she read are no longer kept.
  await openTalk(page, talk!.id);
  await goOffline(context, page);
  const UNSENT = `Min næste uddannelsesdag (${RUN})`;
  await addPoint(page, UNSENT);
  await expect(queue(page)).toContainText(UNSENT);
  // Dropped before the connection returns, or the queue would send the point at once.
  await context.clearCookies();
  await context.setOffline(false);
  await page.goto('/');
  await page.waitForURL((url) => url.pathname.startsWith('/login'));
  const afterExpiry = await leftOnDevice(page);
  expect(afterExpiry.apiCache ?? [], 'API answers kept without a session').toEqual([]);
  // Her unsent point waits for her own next sign-in.
  expect(afterExpiry.writes.map((w) => w.text)).toEqual([UNSENT]);

  // Kirsten signs in on the same phone: nothing of Eva's is left, and Eva's 1:1 is not there offline.
  await signIn(page, KIRSTEN.email);
  await expect(pageTitle(page, /.+/).first()).toBeVisible();
  const forKirsten = await leftOnDevice(page);
  expect(forKirsten.writes).toEqual([]);
  expect(forKirsten.session).toBe(0);
  expect(forKirsten.apiCache ?? []).not.toContainEqual(expect.stringContaining(talk!.id));
  expect(forKirsten.apiCache ?? []).not.toContainEqual(expect.stringContaining(measure.id));
  await serviceWorkerInControl(page);
  await goOffline(context, page);
  await page.goto(`/conversations/${talk!.id}`);
  await expect(page.getByRole('status').filter({ hasText: off.banner.title })).toBeVisible();
  await expect(page.getByText(POINT)).toHaveCount(0);
  await expect(page.getByText(UNSENT)).toHaveCount(0);
  await expect(queue(page)).toHaveCount(0);
  await context.setOffline(false);

  expect(errors, 'errors thrown on the shared phone').toEqual([]);
  await context.close();
});

async function openTalk(page: Page, id: string) {
  await page.goto(`/conversations/${id}`);
  await expect(page.getByLabel(talks.prepare.text, { exact: true })).toBeVisible();
}

async function addPoint(page: Page, text: string) {
  await page.getByLabel(talks.prepare.text, { exact: true }).fill(text);
  await page.getByRole('button', { name: talks.prepare.add }).click();
}

async function openMeasure(page: Page, measure: Measure) {
  await page.goto(`/quality/measures/${measure.id}`);
  await expect(pageTitle(page, measure.name)).toBeVisible();
  await expect(page.getByRole('button', { name: quality.measure.recordButton })).toBeVisible();
}
