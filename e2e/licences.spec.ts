import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  demoAccountEmail,
  expect,
  label,
  signInWithPassword,
  waitUntilSignedIn,
  test,
} from './fixtures';
import { fill } from './competence';
import {
  F,
  L,
  certify,
  describeLicence,
  openBoard,
  openReview,
  planReview,
  printPoster,
  readBoardOnPhone,
} from './licences';
import type { DemoAccount } from '../src/modules/demo/data';
import { NOT_YET_PHRASES } from '../src/modules/licences/content';

/*
 * Driving licences in Danish: Hanne Vestergaard (area leader) describes a licence for a task at
 * Skovbrynet Skole; Karen Frost (the school's resource person) plans a practice review of Anders
 * Hansen and grants licence B, then holds one for Lene Madsen that ends in a kind "not yet" with
 * next steps; the school's board shows the holder and prints as a landscape poster.
 */
const TASK = 'Forældresamtalen om trivsel';

async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a leader describes a licence; a resource person certifies one colleague and says not yet to another; the board prints', async ({
  page,
}) => {
  test.setTimeout(240_000);

  await switchTo(page, 'areaLeader');
  await page.getByRole('link', { name: L.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: L.page.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the licences page (leader)');
  await page.getByRole('button', { name: L.page.define }).click();
  const form = page.getByRole('dialog', { name: L.form.createTitle });
  await form.getByLabel(label(L.form.unit)).selectOption({ label: 'Skovbrynet Skole' });
  await describeLicence(
    page,
    form,
    {
      task: TASK,
      meanings: {
        C: 'Deltager i samtalen sammen med en kollega og tager noter.',
        B: 'Leder samtalen alene, lytter først og aftaler næste skridt med forældrene.',
        A: 'Tager de svære samtaler og vejleder kolleger før og efter dem.',
      },
      requiredLevel: 'B',
      below: 'refuse',
      neededHolders: 3,
      validityMonths: 24,
    },
    'leader',
  );
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  await expect(page.getByText(fill(L.definition.required, { level: 'B' }), { exact: false })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the licence page (leader)');

  // The resource person plans a review of Anders and grants licence B.
  await switchTo(page, 'resourcePerson');
  await page.goto('/licences');
  await page.getByRole('link', { name: TASK }).click();
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  await openReview(
    page,
    TASK,
    'Anders Hansen',
    'At han lytter først og aftaler et konkret næste skridt.',
    'resource person',
  );
  await certify(page, {
    observed: 'Anders spurgte ind, lyttede og opsummerede, før han foreslog noget.',
    level: 'B',
    reason: 'Han ledte samtalen alene, som vi aftalte at se efter.',
  });

  // A second review ends in "not yet", written kindly with next steps.
  await page.getByRole('link', { name: TASK }).click();
  const second = await planReview(
    page,
    'Lene Madsen',
    'At samtalen ender med en aftale, forældrene kan bruge.',
  );
  await second.getByRole('button', { name: L.definition.plan }).click();
  await page
    .getByLabel(label(F.observed.label.da))
    .fill('Samtalen var varm, men sluttede uden en konkret aftale.');
  await page.getByRole('radio', { name: 'Ikke endnu' }).check();
  await page.getByRole('button', { name: `${L.review.usePhrase}: ${NOT_YET_PHRASES[0]!.da}` }).click();
  await page.getByLabel(label(F.reason.label.da)).fill('Aftalen med forældrene manglede endnu.');
  await expectAccessibleAtAllWidths(page, 'the practice review (not yet)');
  await page.getByRole('button', { name: L.review.decide }).click();
  await expect(page.getByRole('button', { name: L.review.decide })).toHaveCount(0);
  await expect(page.getByText(F.nextSteps.label.da, { exact: true })).toBeVisible();
  await expect(page.getByText(NOT_YET_PHRASES[0]!.da)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the practice review (not yet, recorded)');

  // The board: Anders holds B, Lene none, and the school is two short of the three it needs.
  await openBoard(page, 'Skovbrynet Skole');
  const anders = page.getByRole('row', { name: /Anders Hansen/ });
  await expect(anders.getByText('Kørekort B')).toBeVisible();
  await expect(anders.getByText('Gyldigt')).toBeVisible();
  await expect(page.getByRole('row', { name: /Lene Madsen/ }).getByText(L.board.none)).toBeVisible();
  await expect(page.getByText(fill(L.board.short, { count: 2 }))).toBeVisible();
  await expect(page.getByText('Samtalen var varm')).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'the licence board');
  // On a phone: the task's people in a list, Anders's licence and its status in words.
  await readBoardOnPhone(page, TASK, { person: 'Anders Hansen', holds: 'Kørekort B', status: 'Gyldigt' });

  // Printed as a poster: landscape, without the app's navigation and buttons.
  await printPoster(page, anders, 'Kørekort B');
});
