import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { da, expect, test } from './fixtures';
import type { DemoAccount } from '../src/modules/demo/data';

/**
 * Every page each kind of person reaches, checked with axe-core at desktop and phone width.
 * The journeys check pages in use; this makes sure no page is left out.
 */
async function firstId(page: Page, path: string, key: string): Promise<string> {
  const res = await page.request.get(`/api${path}`);
  expect(res.status(), path).toBe(200);
  const body = await res.json();
  const id = body[key]?.[0]?.id as string | undefined;
  expect(id, `an id from ${path}`).toBeTruthy();
  return id!;
}

async function checkPages(page: Page, account: DemoAccount, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    // Let queries settle, so loading skeletons are not what axe sees.
    await page.waitForLoadState('networkidle');
    await expectAccessibleAtAllWidths(page, `${path} as ${account}`);
  }
}

test('every page HR and the organisation admin use is accessible', async ({ page, signIn }) => {
  test.setTimeout(300_000);
  await signIn('orgAdmin');
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  const personId = await firstId(page, '/people?pageSize=1', 'people');
  const unitId = await firstId(page, '/units', 'units');
  const teamId = await firstId(page, '/teams', 'teams');
  await checkPages(page, 'orgAdmin', [
    '/',
    '/people',
    `/people/${personId}`,
    '/units',
    `/units/${unitId}`,
    '/teams',
    `/teams/${teamId}`,
    '/import',
    '/organisation',
    '/frames',
    '/my-access',
    '/outbox',
    '/settings',
    '/reminders',
  ]);
});

test('every page a leader and an employee use is accessible', async ({ page, signIn }) => {
  test.setTimeout(300_000);
  await signIn('institutionLeader');
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  const ledTeamId = await firstId(page, '/teams', 'teams');
  await checkPages(page, 'institutionLeader', [
    '/overview',
    '/development',
    '/goals',
    '/conversations',
    '/feedback',
    '/feedback/new',
    '/frames',
    `/team-development/${ledTeamId}`,
  ]);
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn('employee');
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  const myTeamId = await firstId(page, '/teams', 'teams');
  await checkPages(page, 'employee', [
    `/team-development/${myTeamId}`,
    '/',
    '/development',
    '/goals',
    '/conversations',
    '/feedback',
    '/feedback/new',
    '/units',
    '/teams',
    '/my-access',
    '/settings',
  ]);
});
