import type { Browser, Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, expect as baseExpect, signInWithPassword, test } from './fixtures';
import { api, circles, fill, pageTitle } from './individual';
import { created, me } from './accessibility';
import { demoEmail } from './accounts';

/*
 * Two people on one learning circle at Plejecenter Lærkebo, each in a browser of their own:
 * Ahmed Hassan's circle, which he has invited his colleague Fatima Ali to work on (made through
 * the API, on people no other journey uses). When they write in different fields, both saves
 * stand and nobody is asked anything. When they write in the same fields, the second to save sees
 * both versions side by side and chooses for each — keep hers, use the saved one, or put the two
 * together — and nothing either of them typed is lost: a reload keeps her choice waiting, and the
 * text she replaced stays in the circle's history.
 */
// The machine these run on is often busy: patience for pages and clicks, not for wrong content.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });

const AHMED = { name: 'Ahmed Hassan', email: demoEmail('Ahmed Hassan') };
const FATIMA = { name: 'Fatima Ali', email: demoEmail('Fatima Ali') };
const RUN = Date.now().toString(36).slice(-4);
const GOAL = `Ro ved morgenmaden, så beboerne selv vælger, hvad de vil spise (${RUN})`;

const plan = circles.forms.learning_circle.plan;
const conflict = circles.conflict;

/** A person's own browser (the journeys' settings), signed in; errors thrown in it are collected. */
async function signedInBrowser(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  return { page, errors, close: () => context.close() };
}

let circleId: string | null = null;

/**
 * Ahmed's goal and its circle, with Fatima invited: made once per run. A demo person may have two
 * goals in focus already; then the earlier one is put aside, as the goal form would ask him to.
 */
async function sharedCircle(ahmed: Page, fatima: Page): Promise<string> {
  if (circleId) return circleId;
  const fatimaId = await me(fatima);
  const goal = { title: GOAL, why: 'Morgenen sætter tonen for resten af dagen på afdelingen.' };
  type Answer = { goal: { id: string }; error?: { inFocus?: { id: string }[] } };
  let answer = await api<Answer>(ahmed, 'POST', '/goals', goal);
  if (answer.status === 409 && answer.json.error?.inFocus?.[0]) {
    answer = await api<Answer>(ahmed, 'POST', '/goals', {
      ...goal,
      putAsideGoalId: answer.json.error.inFocus[0].id,
      putAsideReason: 'Morgenmaden går forud lige nu.',
    });
  }
  expect(answer.status, `POST /api/goals: ${JSON.stringify(answer.json)}`).toBe(201);
  const { circle } = await created<{ circle: { id: string } }>(ahmed, '/circles', {
    goalId: answer.json.goal.id,
  });
  await created(ahmed, `/circles/${circle.id}/collaborators`, { personId: fatimaId });
  circleId = circle.id;
  return circle.id;
}

/** Opens the circle with its plan phase showing. */
async function openCircle(page: Page, id: string) {
  await page.goto(`/circles/${id}`);
  await expect(pageTitle(page, fill(circles.circle.title, { n: 1 }))).toBeVisible();
  const control = page.getByRole('button', { name: /1\. Plan/ });
  if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
}

/** Ahmed and Fatima, each signed in in a browser of their own, both on the circle's plan phase. */
async function bothOnTheCircle(browser: Browser) {
  const ahmed = await signedInBrowser(browser, AHMED.email);
  const fatima = await signedInBrowser(browser, FATIMA.email);
  const id = await sharedCircle(ahmed.page, fatima.page);
  await openCircle(ahmed.page, id);
  await openCircle(fatima.page, id);
  const finish = async () => {
    expect(ahmed.errors, 'errors thrown in Ahmed’s browser').toEqual([]);
    expect(fatima.errors, 'errors thrown in Fatima’s browser').toEqual([]);
    await ahmed.close();
    await fatima.close();
  };
  return { ahmed: ahmed.page, fatima: fatima.page, id, finish };
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

async function save(page: Page) {
  await page.getByRole('button', { name: circles.circle.save, exact: true }).click();
}

const conflictPanel = (page: Page) => page.getByRole('alert').filter({ hasText: conflict.title });
/** One collided field in the panel: its heading names the phase and the field. */
const collision = (page: Page, label: string) =>
  conflictPanel(page).getByRole('region', { name: `${plan.title} · ${label}` });

test('two people write in different fields of one circle at the same time: both saves stand, nobody is asked', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { ahmed, fatima, id, finish } = await bothOnTheCircle(browser);
  await expect(fatima.getByText(AHMED.name).first()).toBeVisible();

  const theme = 'Morgenmaden bliver hektisk, og beboerne med demens spiser for lidt, når vi skynder os.';
  const focus = 'Hvad sker der, når en af os sidder med ved bordet de første ti minutter?';
  await field(ahmed, plan.theme.label).fill(theme);
  await field(fatima, plan.focus.label).fill(focus);

  await save(ahmed);
  await expect(ahmed.getByText(circles.circle.saved)).toBeVisible();
  await save(fatima);
  await expect(fatima.getByText(circles.circle.saved)).toBeVisible();
  await expect(conflictPanel(fatima)).toHaveCount(0);
  // Her page now holds his save beside hers.
  await expect(field(fatima, plan.theme.label)).toHaveValue(theme);
  await expect(field(fatima, plan.focus.label)).toHaveValue(focus);

  await openCircle(ahmed, id);
  await expect(field(ahmed, plan.theme.label)).toHaveValue(theme);
  await expect(field(ahmed, plan.focus.label)).toHaveValue(focus);
  await expect(conflictPanel(ahmed)).toHaveCount(0);

  await finish();
});

test('two people write in the same fields: the second sees both versions, chooses for each, and nothing typed is lost', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { ahmed, fatima, id, finish } = await bothOnTheCircle(browser);

  const his = {
    theme: 'Beboerne venter længe på kaffen, og nogle giver op og går fra bordet.',
    professionalLearning: 'Jeg skal lære at vente på et svar uden at tage over.',
    intendedChange: 'Flere beboere bliver siddende, til de har spist færdig.',
  };
  const hers = {
    theme: 'Det larmer ved morgenbordet, så beboerne ikke hører, hvad de bliver tilbudt.',
    professionalLearning: 'Vi skal lære at læse tegn på sult og mæthed hos dem, der ikke siger det.',
    intendedChange: 'Beboerne peger selv på det, de vil have, i stedet for at vi vælger.',
    focus: 'Hvad ændrer sig, når vi viser maden frem i stedet for at spørge?',
  };
  // Both write before either saves.
  for (const [key, text] of Object.entries(his)) {
    await field(ahmed, plan[key as keyof typeof his].label).fill(text);
  }
  for (const [key, text] of Object.entries(hers)) {
    await field(fatima, plan[key as keyof typeof hers].label).fill(text);
  }
  await save(ahmed);
  await expect(ahmed.getByText(circles.circle.saved)).toBeVisible();

  // Fatima saves second: three fields collided; her change to the focus is saved.
  await save(fatima);
  const panel = conflictPanel(fatima);
  await expect(panel).toBeVisible();
  await expect(panel.getByText(conflict.text)).toBeVisible();
  for (const key of ['theme', 'professionalLearning', 'intendedChange'] as const) {
    const section = collision(fatima, plan[key].label);
    await expect(section.getByText(conflict.mine, { exact: true })).toBeVisible();
    await expect(section.getByText(hers[key], { exact: true })).toBeVisible();
    await expect(section.getByText(conflict.theirs, { exact: true })).toBeVisible();
    await expect(section.getByText(his[key], { exact: true })).toBeVisible();
    // Her text stays in the field until she chooses.
    await expect(field(fatima, plan[key].label)).toHaveValue(hers[key]);
  }
  await expect(collision(fatima, plan.focus.label)).toHaveCount(0);
  await expect(field(fatima, plan.focus.label)).toHaveValue(hers.focus);
  await expect(fatima.getByRole('button', { name: circles.circle.save, exact: true })).toBeDisabled();
  await expectAccessibleAtAllWidths(fatima, 'the learning circle with the conflict panel');

  // A reload loses nothing: the choices wait for her, with her texts.
  fatima.once('dialog', (dialog) => void dialog.accept());
  await fatima.reload();
  await expect(fatima.getByText(circles.circle.restored)).toBeVisible();
  await expect(collision(fatima, plan.theme.label).getByText(hers.theme, { exact: true })).toBeVisible();
  await expect(field(fatima, plan.professionalLearning.label)).toHaveValue(hers.professionalLearning);

  // Keep hers, use the saved one, put the two together.
  await collision(fatima, plan.professionalLearning.label)
    .getByRole('button', { name: conflict.keepMine })
    .click();
  await collision(fatima, plan.intendedChange.label)
    .getByRole('button', { name: conflict.keepTheirs })
    .click();
  await collision(fatima, plan.theme.label).getByRole('button', { name: conflict.combine }).click();
  for (const key of ['theme', 'professionalLearning', 'intendedChange'] as const) {
    await expect(collision(fatima, plan[key].label).getByText(conflict.resolved)).toBeVisible();
  }
  const together = `${his.theme}\n\n${hers.theme}`;
  await expect(field(fatima, plan.theme.label)).toHaveValue(together);
  await expect(field(fatima, plan.theme.label)).toBeFocused();
  await expect(field(fatima, plan.professionalLearning.label)).toHaveValue(hers.professionalLearning);
  await expect(field(fatima, plan.intendedChange.label)).toHaveValue(his.intendedChange);

  await save(fatima);
  await expect(fatima.getByText(circles.circle.saved)).toBeVisible();
  await expect(conflictPanel(fatima)).toHaveCount(0);

  // Ahmed sees what she chose; the text of his she replaced is still in the history, by him.
  await openCircle(ahmed, id);
  await expect(field(ahmed, plan.theme.label)).toHaveValue(together);
  await expect(field(ahmed, plan.professionalLearning.label)).toHaveValue(hers.professionalLearning);
  await expect(field(ahmed, plan.intendedChange.label)).toHaveValue(his.intendedChange);
  await expect(field(ahmed, plan.focus.label)).toHaveValue(hers.focus);
  await ahmed.getByRole('button', { name: circles.circle.history }).click();
  const history = ahmed.getByRole('dialog', { name: circles.historyDrawer.title });
  await expect(history.getByText(his.professionalLearning, { exact: true })).toBeVisible();
  await expect(history.getByText(fill(circles.historyDrawer.by, { name: AHMED.name })).first()).toBeVisible();
  await expect(
    history.getByText(fill(circles.historyDrawer.by, { name: FATIMA.name })).first(),
  ).toBeVisible();

  await finish();
});
