import { expectAccessibleAtAllWidths } from './axe';
import { da, expect, label, test } from './fixtures';
import { circles, goals, pageTitle } from './individual';
import { teamsDevMessages } from '../src/modules/teams-dev/web/messages';

/*
 * A peer group of leaders from different units (Ledersparring Område Syd): its page speaks of the
 * group and its sparring meetings, not of a team and team conversations, and the group's own
 * circle speaks to the group as "I".
 */
const T = teamsDevMessages.da;
const GROUP = 'Ledersparring Område Syd';
const GOAL = 'Give hinanden sparring på, hvordan vi følger op på medarbejdernes læringsmål';

test('a leader’s peer group speaks of sparring in the group, at desktop and phone width', async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000);
  await signIn('institutionLeader');
  const res = await page.request.get('/api/teams');
  expect(res.status()).toBe(200);
  const group = ((await res.json()) as { teams: { id: string; name: string }[] }).teams.find(
    (t) => t.name === GROUP,
  );
  expect(group, `${GROUP} among Lone's teams`).toBeTruthy();

  await page.goto(`/team-development/${group!.id}`);
  await expect(pageTitle(page, T.page.title.replace('{team}', GROUP))).toBeVisible();
  await expect(page.getByText(T.peer.intro)).toBeVisible();
  await expect(page.getByRole('heading', { name: T.peer.conversations })).toBeVisible();
  await expect(page.getByRole('heading', { name: T.peer.goals })).toBeVisible();
  await expect(page.getByRole('button', { name: T.plan.titlePeer })).toBeVisible();
  // None of the team wording is left on the group's page.
  await expect(page.getByRole('heading', { name: T.page.conversations })).toHaveCount(0);
  await expect(page.getByText(T.page.intro)).toHaveCount(0);
  await expect(page.getByText(/teamsamtale/i)).toHaveCount(0);
  await expect(page.getByText(/\bteamet?s?\b/i)).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'a peer group’s development page');

  // The group's own goal and its circle, in the group's voice.
  await page.getByRole('button', { name: goals.peer.createTitle }).click();
  const dialog = page.getByRole('dialog', { name: goals.peer.createTitle });
  await expect(dialog.getByText(/\bteamet?s?\b/i)).toHaveCount(0);
  await dialog.getByRole('textbox', { name: label(goals.peer.title) }).fill(GOAL);
  await dialog.getByRole('button', { name: da.actions.save }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: GOAL }).first().click();
  await expect(page.getByText(goals.peer.of.replace('{team}', GROUP))).toBeVisible();
  await expect(page.getByText(goals.peer.editors)).toBeVisible();
  await expect(page.getByText(/\bteamet?s?\b/i)).toHaveCount(0);
  await page.getByRole('button', { name: circles.panel.start }).click();
  await expect(page.getByText(circles.forms.team_circle.plan.intro)).toBeVisible();
  await expect(page.getByText(circles.forms.learning_circle.plan.intro)).toHaveCount(0);
  // The group's circle belongs under Teams, like its goal, not under one's own goals.
  const nav = page.getByRole('navigation', { name: da.nav.main });
  await expect(nav.getByRole('link', { name: da.nav.teams, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expectAccessibleAtAllWidths(page, 'a peer group’s learning circle');
});
