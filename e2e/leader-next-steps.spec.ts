import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { expect, label, test } from './fixtures';
import {
  api,
  circles,
  feedbackTexts,
  fill,
  overview,
  pageTitle,
  pattern,
  switchTo,
  talks,
} from './individual';

type Development = {
  person: { id: string; name: string };
  goals: { title: string; stalled: boolean; circle: { id: string } | null }[];
  conversations: { upcoming: unknown[] };
};

/**
 * A leader never meets a dead end: from the overview, filtered to stalled circles, Lone opens a
 * person's page, which offers the next steps — the stalled circle itself, feedback for them, and
 * a 1:1 with them planned from the same place.
 */
test('a leader acts from a person’s development page', async ({ page }) => {
  test.setTimeout(240_000);
  await switchTo(page, 'institutionLeader');
  await page.goto('/overview');
  await expect(pageTitle(page, overview.overview.title)).toBeVisible();
  const filters = page.getByRole('radiogroup', { name: overview.overview.filter.label });
  await filters.getByText(pattern(overview.overview.filter.stalled)).click();
  const rows = page.locator('table tbody tr');
  await expect(rows.first()).toBeVisible();
  // Every person left has a circle nudge whose link opens the circle, not the list of goals.
  const circleLinks = page.locator('table').getByRole('link', { name: overview.nudge.act.circle });
  expect(await circleLinks.count()).toBeGreaterThanOrEqual(await rows.count());
  const person = rows.first().getByRole('link').first();
  const name = (await person.innerText()).trim();
  await person.click();
  await expect(pageTitle(page, fill(overview.development.title, { name }))).toBeVisible();
  const personId = /\/development\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const dev = (await api<Development>(page, 'GET', `/development/${personId}`)).json;
  const stalledGoal = dev.goals.find((g) => g.stalled && g.circle)!;
  expect(stalledGoal).toBeTruthy();

  const next = page.getByRole('region', { name: overview.development.next.title });
  await expect(next).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a person’s development page with next steps');
  // The menu marks the leader's overview, not "my goals", on someone else's page.
  await expect(page.getByRole('link', { name: overview.nav, exact: true }).first()).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The stalled circle opens the circle itself.
  await next
    .getByRole('link', { name: fill(overview.development.next.stalled, { goal: stalledGoal.title }) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/circles/${stalledGoal.circle!.id}$`));
  await expect(pageTitle(page, pattern(circles.circle.title))).toBeVisible();
  await page.goBack();

  // Feedback for this person, the recipient chosen already.
  await next.getByRole('link', { name: overview.development.next.feedback }).click();
  await expect(pageTitle(page, feedbackTexts.form.title)).toBeVisible();
  await expect(page.getByRole('combobox', { name: label(feedbackTexts.form.recipient) })).toHaveValue(name);
  await page.goBack();

  // A 1:1 with them: planned from here when none is, the person chosen already.
  if (dev.conversations.upcoming.length === 0) {
    await next.getByRole('link', { name: overview.development.next.plan }).click();
    const dialog = page.getByRole('dialog', { name: talks.schedule.title });
    await expect(dialog.getByRole('combobox', { name: label(talks.schedule.person) })).toHaveValue(name);
    await expect(dialog.getByLabel(label(talks.schedule.startsAt))).not.toHaveValue('');
    await expectAccessible(page, 'planning a 1:1 from a person’s page');
  } else {
    await expect(next.getByText(pattern(overview.development.next.planned))).toBeVisible();
  }
});
