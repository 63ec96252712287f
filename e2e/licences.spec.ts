import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  da,
  demoAccountEmail,
  expect,
  label,
  signInWithPassword,
  waitUntilSignedIn,
  test,
} from './fixtures';
import type { DemoAccount } from '../src/modules/demo/data';
import { licencesMessages } from '../src/modules/licences/web/messages';
import { NOT_YET_PHRASES, PRACTICE_REVIEW_FIELDS } from '../src/modules/licences/content';

/*
 * Driving licences in Danish: Hanne Vestergaard (area leader) describes a licence for a task at
 * Skovbrynet Skole; Karen Frost (the school's resource person) plans a practice review of Anders
 * Hansen and grants licence B, then holds one for Lene Madsen that ends in a kind "not yet" with
 * next steps; the school's board shows the holder and prints as a landscape poster.
 */
const L = licencesMessages.da;
const F = PRACTICE_REVIEW_FIELDS;
const TASK = 'Forældresamtalen om trivsel';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

function copenhagenDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function planReview(page: Page, person: string, focus: string) {
  await page.getByRole('button', { name: L.definition.plan }).click();
  const dialog = page.getByRole('dialog', { name: L.plan.title });
  await dialog.getByLabel(label(L.plan.person)).selectOption({ label: person });
  await dialog.getByLabel(label(L.plan.startsAt)).fill(`${copenhagenDay(3)}T10:00`);
  await dialog.getByLabel(label(F.focus.label.da)).fill(focus);
  return dialog;
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
  await form.getByLabel(label(L.form.task)).fill(TASK);
  await form
    .getByLabel(label(fill(L.form.meaning, { level: 'C' })))
    .fill('Deltager i samtalen sammen med en kollega og tager noter.');
  await form
    .getByLabel(label(fill(L.form.meaning, { level: 'B' })))
    .fill('Leder samtalen alene, lytter først og aftaler næste skridt med forældrene.');
  await form
    .getByLabel(label(fill(L.form.meaning, { level: 'A' })))
    .fill('Tager de svære samtaler og vejleder kolleger før og efter dem.');
  await form.getByLabel(label(L.form.requiredLevel)).selectOption('B');
  await form.getByRole('radio', { name: L.form.refuse }).check();
  await form.getByLabel(label(L.form.neededHolders)).fill('3');
  await form.getByLabel(label(L.form.validityMonths)).fill('24');
  await expectAccessibleAtAllWidths(page, 'the licence form');
  await form.getByRole('button', { name: L.page.define }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  await expect(page.getByText(fill(L.definition.required, { level: 'B' }), { exact: false })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the licence page (leader)');

  // The resource person plans a review of Anders and grants licence B.
  await switchTo(page, 'resourcePerson');
  await page.goto('/licences');
  await page.getByRole('link', { name: TASK }).click();
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  const plan = await planReview(
    page,
    'Anders Hansen',
    'At han lytter først og aftaler et konkret næste skridt.',
  );
  await expectAccessibleAtAllWidths(page, 'the plan review dialog');
  await plan.getByRole('button', { name: L.definition.plan }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: fill(L.review.title, { task: TASK }) }),
  ).toBeVisible();
  await expect(page.getByText('At han lytter først')).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the practice review (to decide)');
  await page
    .getByLabel(label(F.observed.label.da))
    .fill('Anders spurgte ind, lyttede og opsummerede, før han foreslog noget.');
  await page.getByLabel(label(L.review.level)).selectOption('B');
  await page
    .getByLabel(label(F.reason.label.da))
    .fill('Han ledte samtalen alene, som vi aftalte at se efter.');
  await page.getByRole('button', { name: L.review.decide }).click();
  await expect(
    page.getByText(fill(L.review.licence, { level: 'B', issued: '' }), { exact: false }),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the practice review (decided)');

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
  await page.goto('/licences');
  await page.getByRole('link', { name: fill(L.page.board, { name: 'Skovbrynet Skole' }) }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: fill(L.board.title, { name: 'Skovbrynet Skole' }) }),
  ).toBeVisible();
  const anders = page.getByRole('row', { name: /Anders Hansen/ });
  await expect(anders.getByText('Kørekort B')).toBeVisible();
  await expect(anders.getByText('Gyldigt')).toBeVisible();
  await expect(page.getByRole('row', { name: /Lene Madsen/ }).getByText(L.board.none)).toBeVisible();
  await expect(page.getByText(fill(L.board.short, { count: 2 }))).toBeVisible();
  await expect(page.getByText('Samtalen var varm')).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'the licence board');

  // Printed as a poster: landscape, without the app's navigation and buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: L.board.print })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(anders.getByText('Kørekort B')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A poster in landscape, at least A4 (842 × 595 points; A3 is 1191 × 842), with or without decimals.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box, 'the PDF names its page size').not.toBeNull();
  const [width, height] = [Number(box![1]), Number(box![2])];
  expect(width, 'landscape').toBeGreaterThan(height);
  expect(width, 'at least A4 wide').toBeGreaterThanOrEqual(841);
  await page.emulateMedia({ media: 'screen' });
  void da;
});
