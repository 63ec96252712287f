import { expectAccessibleAtAllWidths } from './axe';
import { da, expect, label, test } from './fixtures';
import { choose, circles, frames, goals, pageTitle, switchTo } from './individual';

/*
 * Sofie Andersen's year with her leader Lone Mikkelsen, in the demo organisation, in Danish: the
 * frame and her goal, the learning circle, a 1:1 planned, prepared and held, the digest, the next
 * circle and the printed year. One story: each step builds on the one before.
 */
test.describe.configure({ mode: 'serial' });

const FRAME_TITLE = `Læringsmål ${new Date().getFullYear()} – sprog og fællesskab`;
const FRAME_ITEM = 'Sproget i hverdagens overgange';
export const GOAL_TITLE = 'Stille åbne spørgsmål til børnene i garderoben, så de selv fortæller';
const PLAN = {
  theme: 'Garderoben er hektisk, og de stille børn siger næsten ingenting.',
  focus: 'Hvordan kan jeg bruge påklædningen til små samtaler med de stille børn?',
  professionalLearning: 'Jeg vil blive bedre til at vente og lytte i stedet for at svare for børnene.',
  intendedChange: 'Flere børn fortæller selv om deres dag, mens de tager tøj på.',
};

test('Lone publishes a frame; Sofie writes a goal in it and fills the plan phase of its learning circle', async ({
  page,
}) => {
  test.setTimeout(180_000);

  // The leader sets the frame: a new one for her institution, with one item, published.
  await switchTo(page, 'institutionLeader');
  await page.goto('/frames');
  await expect(pageTitle(page, frames.page.title)).toBeVisible();
  await page.getByRole('button', { name: frames.page.create }).click();
  const frameDialog = page.getByRole('dialog', { name: frames.form.createTitle });
  const unit = frameDialog.getByRole('combobox', { name: frames.form.unit });
  if ((await unit.inputValue()) === '') await choose(page, frames.form.unit, 'Børnehuset Mariehønen');
  await frameDialog.getByLabel(label(frames.form.title)).fill(FRAME_TITLE);
  await frameDialog
    .getByLabel(frames.form.intro)
    .fill('Vi vil give alle børn flere gode samtaler i løbet af dagen.');
  await frameDialog.getByRole('button', { name: da.actions.create }).click();
  await expect(frameDialog).toBeHidden();
  const card = page.getByRole('article', { name: FRAME_TITLE });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: frames.frame.addItem }).click();
  const itemDialog = page.getByRole('dialog', { name: frames.form.itemTitleCreate });
  await itemDialog.getByLabel(label(frames.form.itemTitle)).fill(FRAME_ITEM);
  await itemDialog
    .getByLabel(frames.form.itemDescription)
    .fill('Samtaler i garderoben, ved håndvask og på vej ud.');
  await itemDialog.getByRole('button', { name: da.actions.save }).click();
  await expect(itemDialog).toBeHidden();
  await expect(card.getByText(FRAME_ITEM)).toBeVisible();
  await card.getByRole('button', { name: frames.frame.publish }).click();
  await page
    .getByRole('dialog', { name: frames.frame.publishTitle })
    .getByRole('button', { name: frames.frame.publish })
    .click();
  await expect(card.getByText(frames.status.published)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the frames page (leader)');

  // The employee sees the frame and writes her goal under its item.
  await switchTo(page, 'employee');
  await page.goto('/frames');
  await expect(page.getByRole('article', { name: FRAME_TITLE })).toBeVisible();
  await page.goto('/goals');
  await expect(pageTitle(page, goals.page.title)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'my goals');
  await page.getByRole('button', { name: goals.page.create }).click();
  const goalDialog = page.getByRole('dialog', { name: goals.form.createTitle });
  await choose(page, goals.fields.frameItem, FRAME_ITEM);
  await goalDialog.getByLabel(label(goals.fields.title)).fill(GOAL_TITLE);
  await goalDialog
    .getByLabel(goals.fields.why)
    .fill('Børnene skal øve sig i at sætte ord på det, de oplever.');
  await goalDialog
    .getByLabel(goals.fields.progressSigns)
    .fill('De stille børn fortæller selv noget, uden at jeg spørger to gange.');
  await expectAccessibleAtAllWidths(page, 'the new goal dialog');
  await goalDialog.getByRole('button', { name: da.actions.save }).click();
  // The demo may already give her two goals in focus: then one is put aside first.
  const putAside = page.getByRole('dialog', { name: goals.putAsideDialog.title });
  if (await putAside.isVisible().catch(() => false)) {
    await putAside.getByRole('radio').first().check();
    await putAside
      .getByLabel(label(goals.putAsideDialog.reason))
      .fill('Det andet mål fylder mindre lige nu.');
    await putAside.getByRole('button', { name: goals.putAsideDialog.confirm }).click();
  }
  await expect(goalDialog).toBeHidden();
  await page.getByRole('link', { name: GOAL_TITLE }).first().click();
  await expect(pageTitle(page, GOAL_TITLE)).toBeVisible();
  await expect(page.getByText(FRAME_ITEM).first()).toBeVisible();

  // The learning circle: started on the goal, its plan phase filled and marked done.
  await page.getByRole('button', { name: circles.panel.start }).click();
  await expect(pageTitle(page, new RegExp(circles.circle.title.replace('{n}', '\\d+')))).toBeVisible();
  const plan = page
    .getByRole('region', { name: /Plan/ })
    .or(page.locator('#field-plan-theme').locator('xpath=ancestor::*[@role="region"][1]'));
  for (const [field, text] of Object.entries(PLAN)) {
    const labelText = circles.forms.learning_circle.plan[field as keyof typeof PLAN].label;
    await page.getByRole('textbox', { name: labelText, exact: true }).fill(text);
  }
  await plan.first().getByRole('checkbox', { name: circles.circle.markDone }).check();
  await page.getByRole('button', { name: circles.circle.save, exact: true }).click();
  await expect(page.getByText(circles.circle.saved)).toBeVisible();
  await expect(
    page.getByText(circles.circle.progress.replace('{done}', '1').replace('{total}', '6')),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the learning circle');

  // What she wrote is there after a reload.
  await page.reload();
  // The circle opens at its current phase (Handling); the finished plan is one click away.
  await expect(page.getByRole('button', { name: /2\. Handling/ })).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: /1\. Plan/ }).click();
  await expect(
    page.getByRole('textbox', { name: circles.forms.learning_circle.plan.focus.label, exact: true }),
  ).toHaveValue(PLAN.focus);
});
