import { expectAccessible } from './axe';
import { auth, da, expect, label, test } from './fixtures';
import { api } from './individual';
import { oidcMessages } from '../src/modules/oidc/web/messages';
import { orgMessages } from '../src/modules/org/web/messages';
import { teamsDevMessages } from '../src/modules/teams-dev/web/messages';
import type { Me } from '../src/modules/auth/web/index';

/*
 * The small things that read as unfinished (issue 14): the signed-out start asks for nothing that
 * fails and speaks Danish to a screen reader; single sign-on never says "on" beside "not set up";
 * a team that never met is not told it is behind its rhythm; a wide table on a phone scrolls by
 * keyboard.
 */
const sso = oidcMessages.da.sso;
const team = teamsDevMessages.da.page;

test('the signed-out start page makes no failing request and names the password toggle in Danish', async ({
  page,
}) => {
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(`console: ${m.text()}`);
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: auth.da.login.title })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
  await page.getByLabel(label(auth.da.fields.password)).fill('x');
  const snapshot = await page.locator('body').ariaSnapshot();
  expect(snapshot).not.toMatch(/Toggle password visibility/i);
  await expect(page.getByRole('button', { name: da.actions.togglePassword })).toHaveCount(1);
});

test('the single-sign-on switch never says "on" while single sign-on is not set up', async ({
  page,
  signIn,
}) => {
  await signIn('orgAdmin');
  await page.goto('/organisation');
  const panel = page.getByRole('region', { name: sso.heading });
  await expect(panel.getByText(sso.status.none)).toBeVisible();
  await expect(panel.getByRole('switch', { name: sso.enabledNew })).toBeVisible();
  await expect(panel.getByText(sso.enabled)).toHaveCount(0);
  await expect(panel.getByText(sso.status.on)).toHaveCount(0);
});

test('a team that never held a conversation is offered its first, not told it is overdue', async ({
  page,
  signIn,
}) => {
  await signIn('institutionLeader');
  const me = (await api<Me>(page, 'GET', '/auth/me')).json;
  const unitId = me.memberships.find((m) => m.role === 'leader')!.unitId;
  const created = await api<{ team: { id: string } }>(page, 'POST', '/teams', {
    name: 'Østholdet (første samtale)',
    kind: 'subject',
    unitId,
  });
  expect(created.status).toBe(201);
  await page.goto(`/team-development/${created.json.team.id}`);
  await expect(page.getByText(team.neverHeld)).toBeVisible();
  await expect(page.getByText(team.firstProposal.split('{when}')[0]!.split('.')[0]!)).toBeVisible();
  const overdue = team.overdue.split('(')[0]!.trim();
  await expect(page.getByText(overdue)).toHaveCount(0);
  await expectAccessible(page, 'a new team’s development page');
  // Put back: the journeys share one organisation.
  expect((await api(page, 'DELETE', `/teams/${created.json.team.id}`)).status).toBeLessThan(300);
});

test('a unit’s table of people scrolls sideways by keyboard on a phone', async ({ page, signIn }) => {
  await signIn('institutionLeader');
  const me = (await api<Me>(page, 'GET', '/auth/me')).json;
  const unit = me.memberships.find((m) => m.role === 'leader')!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/units/${unit.unitId}`);
  const region = page.getByRole('region', {
    name: orgMessages.da.unit.membersTable.replace('{name}', unit.unitName),
  });
  await expect(region).toBeVisible();
  const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(widths.scroll, 'the table is wider than the phone').toBeGreaterThan(widths.client);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectAccessible(page, 'a unit page on a phone');
});
