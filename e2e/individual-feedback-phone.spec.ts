import { expectAccessibleAtAllWidths, expectNoSidewaysScroll } from './axe';
import { expect as baseExpect, label, test } from './fixtures';
import { LONE, SOFIE, feedbackTexts as fb, fill, pageTitle, switchTo } from './individual';

/*
 * Everyday feedback on a phone (375×667), in Danish: Lone gives Sofie a recognition in a few taps
 * from the feedback page; Sofie finds it and replies; Lone sees the reply.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ viewport: { width: 375, height: 667 }, actionTimeout: 30_000 });

const FEEDBACK = 'Flot, som du fik de stille børn i tale i garderoben i dag – Noah fortalte om sin weekend.';
const REPLY = 'Tak! Jeg prøvede at sætte mig ned og vente lidt længere.';

test('on a phone, Lone gives Sofie feedback in a few taps; Sofie sees it and replies', async ({ page }) => {
  test.setTimeout(240_000);
  await switchTo(page, 'institutionLeader');
  await page.goto('/feedback');
  await expect(pageTitle(page, fb.list.title)).toBeVisible();
  await page
    .getByRole('link', { name: fb.list.give })
    .or(page.getByRole('button', { name: fb.list.give }))
    .first()
    .click();
  await expect(pageTitle(page, fb.form.title)).toBeVisible();

  // Tap the recipient (the people she leads come first), tap the kind, write, save.
  await page.getByRole('combobox', { name: fb.form.recipient }).click();
  await page.getByRole('option', { name: SOFIE.name }).first().click();
  await page.getByRole('radio', { name: new RegExp(fb.kinds.recognition) }).click();
  await page.getByLabel(label(fb.form.text)).fill(FEEDBACK);
  await expectAccessibleAtAllWidths(page, 'giving feedback');
  await page.getByRole('button', { name: fb.form.save }).click();
  await expect(page.getByText(fb.form.saved).first()).toBeVisible();

  // Sofie sees it among what she received, and replies.
  await switchTo(page, 'employee');
  await page.goto('/feedback');
  const card = page
    .getByRole('article', { name: `${fb.kinds.recognition} – ${fill(fb.list.from, { name: LONE.name })}` })
    .filter({ hasText: FEEDBACK });
  await expect(card).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'feedback received');
  await card.getByRole('button', { name: fb.list.reply, exact: true }).click();
  await card.getByLabel(label(fb.list.replyLabel)).fill(REPLY);
  await card.getByRole('button', { name: fb.list.send }).click();
  await expect(page.getByText(fb.list.replied).first()).toBeVisible();
  await expect(card.getByText(REPLY)).toBeVisible();
  await expectNoSidewaysScroll(page, 'the feedback page on a phone');

  // Lone sees the reply under what she gave.
  await switchTo(page, 'institutionLeader');
  await page.goto('/feedback?tab=given');
  const given = page
    .getByRole('article', { name: `${fb.kinds.recognition} – ${fill(fb.list.to, { name: SOFIE.name })}` })
    .filter({ hasText: FEEDBACK });
  await expect(given.getByText(REPLY)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'feedback given, with the reply');
});
