import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { expect as baseExpect, label, test } from './fixtures';
import {
  HANNE,
  LONE,
  beginNow,
  markHeld,
  openStep,
  choose,
  copenhagenDay,
  copenhagenInstant,
  copenhagenLocal,
  fill,
  pageTitle,
  switchTo,
  talks,
} from './individual';
import {
  icsAddress,
  icsEvent,
  icsEventAll,
  icsInstant,
  mailMark,
  parseIcs,
  recipient,
  waitForMail,
} from './mail';

/*
 * The same 1:1 one layer up: the area leader Hanne Vestergaard with the institution leader Lone
 * Mikkelsen, whose nearest leader she is. Planned with a calendar invitation, prepared and held.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });

const WHEN = copenhagenLocal(2, 9, 0);
const HANNE_PRIVATE = 'Lone nævnte sygefraværet – følg op i december.';

test('Hanne plans and holds a 1:1 with Lone: invitation, her points, an agreement and a private note', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await switchTo(page, 'areaLeader');
  await page.goto('/conversations');
  await expect(pageTitle(page, talks.list.title)).toBeVisible();
  const mark = mailMark();
  await page.getByRole('button', { name: talks.list.schedule }).click();
  const dialog = page.getByRole('dialog', { name: talks.schedule.title });
  await choose(page, talks.schedule.person, LONE.name);
  const startsAt = dialog.getByLabel(label(talks.schedule.startsAt));
  await expect(startsAt).not.toHaveValue('');
  await startsAt.fill(WHEN);
  await dialog.getByLabel(talks.schedule.location).fill('Områdekontoret');
  await dialog.getByRole('button', { name: talks.schedule.submit }).click();
  await expect(pageTitle(page, fill(talks.detail.title, { name: LONE.name }))).toBeVisible();
  const conversationId = /\/conversations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expectAccessibleAtAllWidths(page, 'the area leader’s 1:1 with an institution leader');

  // The invitation reaches Lone: Hanne organises, both attend, at the chosen Danish time.
  const mail = await waitForMail((m) => recipient(m).includes(LONE.email) && m.calendar !== null, {
    after: mark,
    what: 'the invitation to Lone',
  });
  const ics = parseIcs(mail.calendar!);
  expect(ics.find((p) => p.name === 'METHOD')?.value).toBe('REQUEST');
  const event = icsEvent(ics);
  expect(icsAddress(event.get('ORGANIZER'))).toBe(HANNE.email);
  expect(icsEventAll(ics, 'ATTENDEE').map(icsAddress).sort()).toEqual([HANNE.email, LONE.email].sort());
  expect(icsInstant(event.get('DTSTART')!).toISOString()).toBe(copenhagenInstant(WHEN).toISOString());

  // Lone prepares a point of her own.
  await switchTo(page, 'institutionLeader');
  await page.goto(`/conversations/${conversationId}`);
  await expect(pageTitle(page, fill(talks.detail.title, { name: HANNE.name }))).toBeVisible();
  await addPoint(page, 'Rekruttering af pædagoger til foråret', talks.prepare.sections.big_and_small);

  // Hanne holds it: the point, an agreement for Lone, a private note only she sees.
  await switchTo(page, 'areaLeader');
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  const during = page.getByRole('region', { name: talks.during.title });
  const point = during.getByRole('checkbox', {
    name: fill(talks.prepare.tick, { text: 'Rekruttering af pædagoger til foråret' }),
  });
  await point.click();
  await expect(point).toBeChecked();
  await during
    .getByLabel(label(talks.during.agreementText))
    .fill('Lone sender et udkast til stillingsopslaget');
  await choose(page, talks.during.owner, LONE.name);
  await during.getByLabel(talks.during.dueDate).fill(copenhagenDay(10));
  await during.getByRole('button', { name: talks.during.addAgreement }).click();
  await expect(during.getByText('Lone sender et udkast til stillingsopslaget')).toBeVisible();
  const privateNote = page.getByRole('region', { name: new RegExp(talks.during.privateTitle) });
  await privateNote.getByRole('textbox').fill(HANNE_PRIVATE);
  await privateNote.getByRole('button', { name: talks.during.savePrivate }).click();
  await expect(page.getByText(talks.during.privateSaved).first()).toBeVisible();
  await beginNow(page, conversationId);
  await page.reload();
  await openStep(page, 'after');
  await markHeld(page);
  await expect(page.getByText(talks.after.held).first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the held 1:1 (area leader)');

  // Lone sees the agreement and that it was held; never Hanne's private note, on screen or in print.
  await switchTo(page, 'institutionLeader');
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(page.getByText('Lone sender et udkast til stillingsopslaget')).toBeVisible();
  await expect(page.getByText(talks.status.held).first()).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(HANNE_PRIVATE);
  await page.goto(`/conversations/${conversationId}/print`);
  await expect(page.getByText('Lone sender et udkast til stillingsopslaget')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain(HANNE_PRIVATE);
});

async function addPoint(page: Page, text: string, section: string) {
  await openStep(page, 'before');
  const prepare = page.getByRole('region', { name: talks.prepare.title });
  await prepare.getByLabel(talks.prepare.text).fill(text);
  await choose(page, talks.prepare.sectionLabel, section);
  await prepare.getByRole('button', { name: talks.prepare.add }).click();
  await expect(prepare.getByText(text).first()).toBeVisible();
}
