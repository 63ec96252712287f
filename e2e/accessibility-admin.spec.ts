import { auth, da, expect, test } from './fixtures';
import {
  TIMEOUT,
  MIKKEL,
  MATH_TEAM,
  getJson,
  type Ref,
  person,
  team,
  signInAs,
  checkPages,
  expectCurrentNav,
} from './accessibility';

/** Accessibility of the signed-out pages and of every page HR and the organisation admin reach (see ./accessibility.ts). */

// Each page is checked at two widths on a machine that is often busy: patience, not retries.
test.use({ actionTimeout: 30_000 });

test('the signed-out pages are accessible: sign-in, a forgotten password, a bad link, a page that does not exist', async ({
  page,
}) => {
  test.setTimeout(TIMEOUT);
  await checkPages(page, 'someone signed out', [
    { path: '/login', title: auth.da.login.title },
    '/forgot-password',
    { path: '/set-password', title: auth.da.setPassword.problemTitle },
    { path: '/set-password?token=not-a-token-anyone-was-sent', title: auth.da.setPassword.problemTitle },
    { path: '/no-such-page', title: da.states.notFoundTitle },
  ]);
  // A page behind sign-in sends a signed-out visitor to sign in first.
  await page.goto('/goals');
  await expect(page).toHaveURL(/\/login/);
});

/** The organisation's people, units and teams: HR and the organisation admin both keep them. */
const organisationPages = (ids: { personId: string; unitId: string; teamId: string }) => [
  '/',
  '/people',
  `/people/${ids.personId}`,
  '/units',
  `/units/${ids.unitId}`,
  '/teams',
  `/teams/${ids.teamId}`,
  '/import',
];

test('every page HR uses is accessible', async ({ page }) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'hr');
  const personId = (await person(page, MIKKEL)).id;
  const unitId = (await getJson<{ units: Ref[] }>(page, '/units')).units[0]!.id;
  const teamId = (await team(page, MATH_TEAM)).id;
  await checkPages(page, 'hr', [
    ...organisationPages({ personId, unitId, teamId }),
    '/frames',
    '/development',
    '/goals',
    '/conversations',
    '/feedback',
    '/levers',
    '/forums',
    '/my-access',
    '/reminders',
    '/settings',
    '/coverage',
    // HR sees a team, not its content.
    { path: `/team-development/${teamId}`, ready: 'alert' },
    { path: '/no-such-page', title: da.states.notFoundTitle },
  ]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.home);
  await page.goto(`/teams/${teamId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.teams);
});

test('every page the organisation admin uses is accessible', async ({ page }) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'orgAdmin');
  const personId = (await getJson<{ people: Ref[] }>(page, '/people?pageSize=1')).people[0]!.id;
  const unitId = (await getJson<{ units: Ref[] }>(page, '/units')).units[0]!.id;
  const teamId = (await getJson<{ teams: Ref[] }>(page, '/teams')).teams[0]!.id;
  await checkPages(page, 'orgAdmin', [
    ...organisationPages({ personId, unitId, teamId }),
    '/organisation',
    '/frames',
    '/my-access',
    '/outbox',
    '/settings',
    '/reminders',
  ]);
});
