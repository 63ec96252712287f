import type { Locator, Page } from '@playwright/test';
import { expectAccessibleAtAllWidths, expectNoSidewaysScroll } from './axe';
import { expect, label } from './fixtures';
import { copenhagenDay, fill } from './competence';
import { licencesMessages } from '../src/modules/licences/web/messages';
import { PRACTICE_REVIEW_FIELDS } from '../src/modules/licences/content';

/*
 * The steps of the driving-licence journeys: describe a licence (what C, B and A mean and the
 * requirement), plan a practice review, decide it, and read and print a department's board.
 */
export const L = licencesMessages.da;
export const F = PRACTICE_REVIEW_FIELDS;

export interface LicenceText {
  task?: string;
  meanings: { C: string; B: string; A: string };
  requiredLevel: 'C' | 'B' | 'A';
  below: 'refuse' | 'warn';
  neededHolders: number;
  validityMonths: number;
}

/** Fills the licence form (opened from the licences page or an initiative) and saves it. */
export async function describeLicence(page: Page, form: Locator, licence: LicenceText, who: string) {
  if (licence.task !== undefined) await form.getByLabel(label(L.form.task)).fill(licence.task);
  for (const level of ['C', 'B', 'A'] as const)
    await form.getByLabel(label(fill(L.form.meaning, { level }))).fill(licence.meanings[level]);
  await form.getByLabel(label(L.form.requiredLevel)).selectOption(licence.requiredLevel);
  await form.getByRole('radio', { name: licence.below === 'refuse' ? L.form.refuse : L.form.warn }).check();
  await form.getByLabel(label(L.form.neededHolders)).fill(String(licence.neededHolders));
  await form.getByLabel(label(L.form.validityMonths)).fill(String(licence.validityMonths));
  await expectAccessibleAtAllWidths(page, `the licence form (${who})`);
  await form.getByRole('button', { name: L.page.define }).click();
  await expect(form).toBeHidden();
}

/** On a licence's page: the plan-a-review dialog filled for `person`; returns the dialog. */
export async function planReview(page: Page, person: string, focus: string) {
  await page.getByRole('button', { name: L.definition.plan }).click();
  const dialog = page.getByRole('dialog', { name: L.plan.title });
  await dialog.getByLabel(label(L.plan.person)).selectOption({ label: person });
  await dialog.getByLabel(label(L.plan.startsAt)).fill(`${copenhagenDay(3)}T10:00`);
  await dialog.getByLabel(label(F.focus.label.da)).fill(focus);
  return dialog;
}

/** Plans and opens the review: ends on the review's page, its focus shown. */
export async function openReview(page: Page, task: string, person: string, focus: string, who: string) {
  const dialog = await planReview(page, person, focus);
  await expectAccessibleAtAllWidths(page, `the plan review dialog (${who})`);
  await dialog.getByRole('button', { name: L.definition.plan }).click();
  await expect(page.getByRole('heading', { level: 2, name: fill(L.review.title, { task }) })).toBeVisible();
  await expect(page.getByText(focus)).toBeVisible();
  await expectAccessibleAtAllWidths(page, `the practice review to decide (${who})`);
}

/** On an open review: what was observed, the level granted and why; the licence is shown. */
export async function certify(
  page: Page,
  review: { observed: string; level: 'C' | 'B' | 'A'; reason: string },
) {
  await page.getByLabel(label(F.observed.label.da)).fill(review.observed);
  await page.getByLabel(label(L.review.level)).selectOption(review.level);
  await page.getByLabel(label(F.reason.label.da)).fill(review.reason);
  await page.getByRole('button', { name: L.review.decide }).click();
  await expect(
    page.getByText(fill(L.review.licence, { level: review.level, issued: '' }), { exact: false }),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the practice review (decided)');
}

/** The unit's board from the licences page. */
export async function openBoard(page: Page, unit: string) {
  await page.goto('/licences');
  await page.getByRole('link', { name: fill(L.page.board, { name: unit }) }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: fill(L.board.title, { name: unit }) }),
  ).toBeVisible();
}

/**
 * The board printed as a poster: no navigation or buttons, `row` still showing `holds`, and a
 * landscape PDF at least A4 wide.
 */
export async function printPoster(page: Page, row: Locator, holds: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: L.board.print })).toBeHidden();
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(row.getByText(holds)).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // A poster in landscape, at least A4 (842 × 595 points; A3 is 1191 × 842), with or without decimals.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(box, 'the PDF names its page size').not.toBeNull();
  const [width, height] = [Number(box![1]), Number(box![2])];
  expect(width, 'landscape').toBeGreaterThan(height);
  expect(width, 'at least A4 wide').toBeGreaterThanOrEqual(841);
  await page.emulateMedia({ media: 'screen' });
}

/**
 * The board at a phone's 390 px: no table to scroll sideways but a card per task listing its
 * people, where `person` shows `holds` and its status as a word (`status`), not only a colour.
 * Printed from the phone it is still the poster's table. Leaves the page at its former size.
 */
export async function readBoardOnPhone(
  page: Page,
  task: string,
  holder: { person: string; holds: string; status: string },
) {
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole('table')).toHaveCount(0);
  const item = page
    .getByRole('region', { name: task, exact: true })
    .getByRole('listitem')
    .filter({ hasText: holder.person });
  await expect(item).toContainText(holder.holds);
  await expect(item.getByText(holder.status)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the licence board at 390 px');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('row', { name: new RegExp(holder.person) })).toContainText(holder.holds);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(original);
  await expect(page.getByRole('table')).toBeVisible();
}
