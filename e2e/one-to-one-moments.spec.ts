import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { phone } from './phone';
import {
  LONE,
  SOFIE,
  api,
  beginNow,
  copenhagenInstant,
  copenhagenLocal,
  fill,
  markHeld,
  openStep,
  pageTitle,
  pattern,
  switchTo,
  talks,
} from './individual';

const POINT = 'Hvordan deler vi opgaverne ved middagsbordet?';
const AGREEMENT = 'Sofie afprøver faste pladser ved middagsbordet i to uger';
const SUMMARY = 'Faste pladser giver ro. Vi ser på det igen næste gang.';

/**
 * The 1:1 in three moments: Sofie prepares on her phone, Lone holds it on a tablet-sized screen
 * (not before it has begun), and the summary and next date follow after.
 */
test('a 1:1 prepared on a phone, held on a tablet once begun, summed up after', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  await switchTo(page, 'employee');
  const sofieId = (await api<{ person: { id: string } }>(page, 'GET', '/auth/me')).json.person.id;
  await switchTo(page, 'institutionLeader');
  const created = await api<{ conversation: { id: string; version: number } }>(
    page,
    'POST',
    '/conversations',
    {
      kind: 'one_to_one',
      personId: sofieId,
      startsAt: copenhagenInstant(copenhagenLocal(3, 14, 0)).toISOString(),
      durationMinutes: 45,
    },
  );
  expect(created.status).toBe(201);
  const id = created.json.conversation.id;

  // Before: Sofie adds a point on her phone; the page opens on the preparation step.
  const sofie = await phone(browser, { baseURL, email: SOFIE.email });
  await sofie.page.goto(`/conversations/${id}`);
  await expect(pageTitle(sofie.page, fill(talks.detail.title, { name: LONE.name }))).toBeVisible();
  await expect(
    sofie.page.getByRole('tab', { name: new RegExp(`^${talks.moments.before}:`) }),
  ).toHaveAttribute('aria-selected', 'true');
  // The three steps fit one line on the phone: each tab as high as one line of text.
  const tabs = await sofie.page.getByRole('tab').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, height: box.height };
    }),
  );
  expect(tabs).toHaveLength(3);
  expect(new Set(tabs.map((tab) => tab.top)).size).toBe(1);
  expect(Math.max(...tabs.map((tab) => tab.height))).toBeLessThan(56);
  const prepare = sofie.page.getByRole('region', { name: talks.prepare.title });
  await prepare.getByLabel(talks.prepare.text).fill(POINT);
  await prepare.getByRole('button', { name: talks.prepare.add }).click();
  await expect(prepare.getByText(POINT).first()).toBeVisible();
  // No meeting frame with rounds for a two-person talk.
  await expect(sofie.page.getByRole('link', { name: /ramme/i })).toHaveCount(0);
  await expectAccessible(sofie.page, 'the 1:1 while preparing, on a phone');
  // The employee does not close the conversation; the leader does.
  await openStep(sofie.page, 'after');
  await expect(sofie.page.getByText(talks.after.leaderHolds)).toBeVisible();
  await expect(sofie.page.getByRole('button', { name: talks.after.hold })).toHaveCount(0);
  await sofie.close();

  // Not held before it begins: the button waits, and the server refuses too.
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(`/conversations/${id}`);
  await openStep(page, 'after');
  await expect(page.getByRole('button', { name: talks.after.hold })).toBeDisabled();
  await expect(page.getByText(pattern(talks.after.notStarted))).toBeVisible();
  const early = await api<{ error: { reason: string } }>(page, 'POST', `/conversations/${id}/hold`, {
    version: created.json.conversation.version,
  });
  expect(early.status).toBe(409);
  expect(early.json.error.reason).toBe('conversation_not_started');

  // During, on a tablet-sized screen: the point is ticked off and an agreement made.
  await beginNow(page, id);
  await page.goto(`/conversations/${id}`);
  await expect(page.getByRole('tab', { name: new RegExp(`^${talks.moments.during}:`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const during = page.getByRole('region', { name: talks.during.title });
  const point = during.getByRole('checkbox', { name: fill(talks.prepare.tick, { text: POINT }) });
  await point.click();
  await expect(point).toBeChecked();
  await during.getByRole('textbox', { name: new RegExp(talks.during.agreementText) }).fill(AGREEMENT);
  await during.getByRole('button', { name: talks.during.addAgreement }).click();
  await expect(during.getByText(AGREEMENT)).toBeVisible();
  await expectAccessible(page, 'the 1:1 during the talk, on a tablet');

  // After: the summary, marked held once (asked once), and the next date from the rhythm.
  await openStep(page, 'after');
  await page.getByLabel(talks.after.summary).fill(SUMMARY);
  await page.getByRole('button', { name: talks.after.saveSummary }).click();
  await expect(page.getByText(talks.after.summarySaved).first()).toBeVisible();
  await markHeld(page);
  await expect(page.getByText(talks.after.held).first()).toBeVisible();
  await expect(page.getByText(pattern(talks.after.nextProposed))).toBeVisible();
  await expect(page.getByRole('button', { name: talks.after.hold })).toHaveCount(0);
  await expectAccessible(page, 'the held 1:1, after');
});
