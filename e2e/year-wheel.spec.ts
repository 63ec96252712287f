import type { Page } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScroll } from './axe';
import { da, expect, label, test } from './fixtures';
import { forumsMessages, forumStructureMessages } from '../src/modules/forums/web/messages';
import { yearWheelMessages } from '../src/modules/year-wheel/web/messages';

/*
 * The meeting structure and the data year-wheel in Danish: Lone Mikkelsen (leader of Børnehuset
 * Mariehønen) sets a forum's cadence (0 and 60 weeks are refused on the field), sees the house's
 * forums as 003's table and prints it, adds a data collection and a discussion in a forum on one of
 * its meeting days to the year-wheel, sees the wheel, and copies her calendar address, which
 * answers a calendar. Every page is checked with axe on a laptop and a 390 px phone.
 */
const F = forumsMessages.da;
const S = forumStructureMessages.da;
const W = yearWheelMessages.da;
const HOUSE = 'Børnehuset Mariehønen';
const fill = (text: string, vars: Record<string, string | number>) =>
  Object.entries(vars).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), text);

async function accessibleAtBothWidths(page: Page, what: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 820 });
    await page.waitForTimeout(150);
    await expectAccessible(page, `${what} at ${width}px`);
    await expectNoSidewaysScroll(page, `${what} at ${width}px`);
  }
  await page.setViewportSize({ width: 1280, height: 820 });
}

test('a leader sets a forum’s cadence, prints the meeting structure, fills the year-wheel and copies the feed', async ({
  page,
  signIn,
}) => {
  test.setTimeout(240_000);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn('institutionLeader');

  // A forum of the house: every 0 or 60 weeks is refused on the field; every three weeks is kept.
  await page.getByRole('link', { name: F.nav }).first().click();
  await page.getByRole('link', { name: fill(F.overview.open, { name: 'Børnefokusmøde' }) }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Børnefokusmøde' })).toBeVisible();
  await expect(
    page.getByText(`${fill(S.every.weeks, { n: 2 })} ${fill(S.at, { time: '13:00' })}`),
  ).toBeVisible();
  await page.getByRole('button', { name: F.forum.edit }).click();
  const dialog = page.getByRole('dialog', { name: F.form.editTitle });
  const every = dialog.getByRole('textbox', { name: S.fields.cadenceEvery });
  for (const bad of ['0', '60']) {
    await every.fill(bad);
    await dialog.getByRole('button', { name: da.actions.save }).click();
    await expect(dialog.getByText(fill(S.errors.cadenceEvery, { max: 52 }))).toBeVisible();
    await expect(every).toHaveAttribute('aria-invalid', 'true');
  }
  await accessibleAtBothWidths(page, 'the forum dialog with a refused cadence');
  await every.fill('3');
  await dialog.getByRole('button', { name: da.actions.save }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(`${fill(S.every.weeks, { n: 3 })} ${fill(S.at, { time: '13:00' })}`),
  ).toBeVisible();
  await accessibleAtBothWidths(page, 'a forum with its cadence');

  // The house's structure as the table of the three levels, printable.
  await page.getByRole('link', { name: F.forum.back }).first().click();
  await page
    .getByRole('link', { name: new RegExp(`^${S.table.open}(: ${HOUSE})?$`) })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: fill(S.table.title, { unit: HOUSE }) }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: S.table.caption });
  for (const level of Object.values(F.levels))
    await expect(table.getByRole('rowheader', { name: level })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Pædagogisk læringsforum' })).toBeVisible();
  await expect(table.getByText(fill(S.every.weeks, { n: 3 }), { exact: false })).toBeVisible();
  await expect(table.getByText(fill(S.minutes, { n: 90 }))).toBeVisible();
  await accessibleAtBothWidths(page, 'the meeting structure table');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: S.table.print }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: S.table.print })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(table).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The year-wheel of next year: a data collection, a wrong period refused, a discussion on a meeting day.
  await page.getByRole('link', { name: S.table.yearWheel }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: fill(W.page.title, { unit: HOUSE }) }),
  ).toBeVisible();
  await page.getByRole('button', { name: W.page.next }).click();
  const year = new Date().getFullYear() + 1;
  await expect(
    page.getByRole('img', {
      name: new RegExp(`^${fill(W.page.wheelLabel, { year, count: 0 }).slice(0, 17)}`),
    }),
  ).toBeVisible();
  await expect(page.getByText(fill(W.page.empty, { year }))).toBeVisible();
  await accessibleAtBothWidths(page, 'an empty year of the wheel');

  await page.getByRole('button', { name: W.page.add }).click();
  const entry = page.getByRole('dialog', { name: W.form.createTitle });
  await entry.getByLabel(label(W.form.title)).fill('x'.repeat(201));
  await entry.getByLabel(label(W.form.startsOnCollect)).fill(`${year}-03-20`);
  await entry.getByLabel(W.form.endsOn).fill(`${year}-03-02`);
  await entry.getByRole('button', { name: da.actions.create }).click();
  await expect(entry.getByText(fill(da.form.tooLong, { max: 200 }))).toBeVisible();
  await expect(entry.getByText(W.form.endsBeforeStart)).toBeVisible();
  await accessibleAtBothWidths(page, 'the year-wheel dialog with refused fields');
  await entry.getByLabel(label(W.form.title)).fill('Sprogvurderinger af 4-årige');
  await entry.getByLabel(W.form.data).fill('Sprogvurdering; observationer');
  await entry.getByLabel(W.form.endsOn).fill(`${year}-03-31`);
  await entry.getByRole('textbox', { name: W.form.remind }).fill('7');
  await entry.getByRole('button', { name: da.actions.create }).click();
  await expect(entry).toBeHidden();
  const list = page.getByRole('region', { name: W.page.listTitle });
  await expect(list.getByText('Sprogvurderinger af 4-årige')).toBeVisible();

  await page.getByRole('button', { name: W.page.add }).click();
  const talk = page.getByRole('dialog', { name: W.form.createTitle });
  await talk.getByText(W.kinds.discuss, { exact: true }).click();
  await expect(talk.getByRole('radio', { name: W.kinds.discuss })).toBeChecked();
  await talk.getByLabel(label(W.form.title)).fill('Hvad viser sprogvurderingerne?');
  await talk.getByRole('combobox', { name: W.form.forum }).click();
  await page.getByRole('option', { name: `Pædagogisk læringsforum (${F.levels.intervention})` }).click();
  await talk
    .getByRole('button', { name: new RegExp(`^${W.form.useDay.replace('{day}', '')}`) })
    .first()
    .click();
  await expect(talk.getByLabel(label(W.form.startsOn))).not.toHaveValue('');
  await accessibleAtBothWidths(page, 'a discussion in a forum on one of its meeting days');
  await talk.getByRole('button', { name: da.actions.create }).click();
  await expect(talk).toBeHidden();
  await expect(list.getByText('Hvad viser sprogvurderingerne?')).toBeVisible();
  await expect(
    list.getByText(fill(W.entry.forum, { forum: 'Pædagogisk læringsforum', level: F.levels.intervention })),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`${year}: 2 `) })).toBeVisible();
  await accessibleAtBothWidths(page, 'the filled year-wheel');

  // Her own calendar address: made, copied, and it answers the wheel as a calendar.
  await page.getByRole('button', { name: W.feed.create }).click();
  const address = page.getByRole('textbox', { name: W.feed.url });
  await expect(address).toHaveValue(/\/api\/calendar\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}\.ics$/);
  await page.getByRole('button', { name: W.feed.copy }).click();
  await expect(page.getByRole('button', { name: W.feed.copied })).toBeVisible();
  const url = await address.inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await accessibleAtBothWidths(page, 'the year-wheel with a new calendar address');
  const feed = await page.request.get(new URL(url).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const ics = await feed.text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Dataindsamling: Sprogvurderinger af 4-årige');
});
