import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { surveysMessages } from '../src/modules/surveys/web/messages';

/*
 * One survey engine (issue 13): Mette Holm (HR) finds the forums' meeting evaluation among the
 * organisation's surveys and edits it like any other. She changes the English wording of its first
 * question only, so the Danish journeys that answer evaluations see the words they expect.
 */
const S = surveysMessages.da;
const ENGLISH = `Was the purpose clear from the start? (${Date.now().toString(36)})`;
const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

test('HR edits the meeting evaluation in the surveys module', async ({ page, signIn }) => {
  await signIn('hr');
  await page.goto('/surveys/instruments');
  const meeting = page.getByRole('link', { name: fill(S.instruments.edit, { name: 'Mødeevaluering' }) });
  await expect(meeting).toBeVisible();
  await expect(page.getByText(S.instruments.forum).first()).toBeVisible();
  await expectAccessible(page, 'the instruments with the forums’ two');
  await meeting.click();
  await expect(page.getByText(S.instruments.forumNote)).toBeVisible();
  await expect(page.getByLabel(S.instruments.scaleMin)).toHaveValue('1');
  const english = page.getByLabel(`${S.instruments.text} (${S.instruments.en})`).first();
  await english.fill(ENGLISH);
  await expectAccessible(page, 'the meeting evaluation in the editor');
  await page.getByRole('button', { name: S.instruments.save }).click();
  await expect(page.getByText(S.instruments.saved)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`${S.instruments.text} (${S.instruments.en})`).first()).toHaveValue(ENGLISH);
  await page.goto('/surveys/instruments');
  await expect(page.getByText(S.instruments.edited).first()).toBeVisible();
});
