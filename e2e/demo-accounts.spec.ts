import type { Page } from '@playwright/test';
import { expectAccessible, WIDTHS } from './axe';
import { DEMO_PASSWORD, da, expect, signInWithPassword, test, waitUntilSignedIn } from './fixtures';
import { overviewMessages } from '../src/modules/overview/web/messages';
import { coverageMessages } from '../src/modules/coverage/web/messages';
import { DEMO_PEOPLE, demoAccountEmail, type DemoAccount } from '../src/modules/demo/data';

/*
 * The README's demo accounts (Demo Kommune, not the journeys' twin) are for people to explore: each
 * opens on a start page with that role's real content — a lived year — at laptop and phone width.
 * This journey only reads, so it never changes what a visitor finds.
 */
const home = overviewMessages.da.home;
const coverage = coverageMessages.da;

/** HR and the organisation admins see the organisation summed up on their start page: numbers, no one's content. */
async function expectOrganisationInNumbers(page: Page) {
  const numbers = panel(page, coverage.homeTitle).first();
  await expect(numbers).toBeVisible();
  const employees = numbers.getByRole('definition').first();
  await expect(employees).toHaveText(/^\d+$/);
  expect(Number(await employees.innerText()), 'staff counted').toBeGreaterThan(0);
  await expect(numbers.getByRole('term')).toHaveText([
    coverage.employees,
    coverage.held,
    coverage.inFocus,
    coverage.neither,
  ]);
  await expect(numbers.getByRole('link', { name: coverage.homeLink })).toBeVisible();
}

const firstName = (account: DemoAccount) =>
  DEMO_PEOPLE.find((p) => p.account === account)!.name.split(' ')[0]!;

const panel = (page: Page, title: string) =>
  page
    .getByRole('region', { name: title, exact: true })
    .or(page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) }));

/** People with a development record of their own: goals in focus with circles, feedback, conversations. */
async function expectLivedRecord(page: Page, account: DemoAccount) {
  const goals = panel(page, home.goalsTitle).first();
  await expect(goals).toBeVisible();
  await expect(goals.getByText(home.noGoals), `${account} has goals in focus`).toHaveCount(0);
  expect(await goals.getByRole('link').count(), `${account}: links to goals and circles`).toBeGreaterThan(1);
  const feedback = panel(page, home.feedbackTitle).first();
  await expect(feedback.getByText(home.noFeedback), `${account} has had feedback`).toHaveCount(0);
}

const ACCOUNTS: { account: DemoAccount; expectation: (page: Page) => Promise<void> }[] = [
  { account: 'employee', expectation: (page) => expectLivedRecord(page, 'employee') },
  { account: 'resourcePerson', expectation: (page) => expectLivedRecord(page, 'resourcePerson') },
  {
    account: 'institutionLeader',
    expectation: async (page) => {
      await expectLivedRecord(page, 'institutionLeader');
      await expect(panel(page, home.leaderTitle).first()).toBeVisible();
    },
  },
  {
    account: 'areaLeader',
    expectation: async (page) => {
      await expect(panel(page, home.leaderTitle).first()).toBeVisible();
      await expect(page.getByRole('link', { name: home.seeOverview })).toBeVisible();
    },
  },
  {
    account: 'hr',
    expectation: async (page) => {
      await expectOrganisationInNumbers(page);
      const nav = page.getByRole('navigation', { name: da.nav.main });
      await expect(nav.getByRole('link', { name: da.nav.people })).toBeVisible();
      await expect(nav.getByRole('link', { name: da.nav.units })).toBeVisible();
    },
  },
  {
    account: 'orgAdmin',
    expectation: async (page) => {
      await expectOrganisationInNumbers(page);
      const nav = page.getByRole('navigation', { name: da.nav.main });
      await expect(nav.getByRole('link', { name: da.nav.units })).toBeVisible();
    },
  },
];

for (const { account, expectation } of ACCOUNTS) {
  test(`the README's ${account} account opens on a start page with real content, at laptop and phone width`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
    await waitUntilSignedIn(page, account);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      await expect(
        page.getByRole('heading', { level: 2, name: home.hello.replace('{name}', firstName(account)) }),
      ).toBeVisible();
      if (width === WIDTHS[0]) await expectation(page);
      await expectAccessible(page, `the start page of ${account} at ${width}px`);
    }
  });
}
