import { expectAccessible } from './axe';
import { expect, label, test } from './fixtures';
import { api, choose, pageTitle, switchTo, talks } from './individual';

type Cadence = { proposedStartsAt: string; proposal: string };

/**
 * The double-booking guard: the time MUP proposes for Lone's next 1:1 with Sofie steps aside for
 * Lone's own 1:1 with Hanne at that hour, and the form says it moved.
 */
test('a proposed 1:1 time avoids the leader’s other conversation and says so', async ({ page }) => {
  test.setTimeout(180_000);
  await switchTo(page, 'employee');
  const sofieId = (await api<{ person: { id: string } }>(page, 'GET', '/auth/me')).json.person.id;
  await switchTo(page, 'institutionLeader');
  const loneId = (await api<{ person: { id: string } }>(page, 'GET', '/auth/me')).json.person.id;
  const before = (await api<Cadence>(page, 'GET', `/cadences/${sofieId}`)).json;

  // Hanne plans her 1:1 with Lone at the very time the rhythm would propose for Sofie.
  await switchTo(page, 'areaLeader');
  const clash = await api<{ conversation: { id: string; version: number } }>(page, 'POST', '/conversations', {
    kind: 'one_to_one',
    personId: loneId,
    startsAt: before.proposedStartsAt,
    durationMinutes: 45,
  });
  expect(clash.status).toBe(201);

  await switchTo(page, 'institutionLeader');
  await page.goto('/conversations');
  await expect(pageTitle(page, talks.list.title)).toBeVisible();
  await page.getByRole('button', { name: talks.list.schedule }).click();
  const dialog = page.getByRole('dialog', { name: talks.schedule.title });
  await choose(page, talks.schedule.person, 'Sofie Andersen');
  await expect(dialog.getByText(talks.schedule.proposalMoved)).toBeVisible();
  const after = (await api<Cadence>(page, 'GET', `/cadences/${sofieId}`)).json;
  expect(after.proposal).toBe('moved');
  expect(after.proposedStartsAt).not.toBe(before.proposedStartsAt);
  const shown = await dialog.getByLabel(label(talks.schedule.startsAt)).inputValue();
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(new Date(after.proposedStartsAt))
    .replace(' ', 'T');
  expect(shown).toBe(local);
  await expectAccessible(page, 'the schedule form with a moved proposal');
  await page.keyboard.press('Escape');

  // Cancelled again, so the journeys after this one find Hanne's and Lone's year as it was.
  await switchTo(page, 'areaLeader');
  const cancelled = await api(page, 'POST', `/conversations/${clash.json.conversation.id}/cancel`, {
    version: clash.json.conversation.version,
  });
  expect(cancelled.status).toBe(200);
});
