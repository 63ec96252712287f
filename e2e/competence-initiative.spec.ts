import type { Page } from '@playwright/test';
import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  demoAccountEmail,
  expect,
  label,
  signInWithPassword,
  test,
  waitUntilSignedIn,
} from './fixtures';
import { phone } from './phone';
import { demoEmail } from './accounts';
import { competenceMessages } from '../src/modules/competence/web/messages';
import { FIELDS, TASK_TESTS } from '../src/modules/competence/content/fields';
import { TEMPO_TEXTS } from '../src/modules/competence/content/training-track';
import { ANCHORING_TEXTS } from '../src/modules/competence/content/anchoring';
import { GOAL_LEVEL_TEXTS } from '../src/modules/competence/content/learning-goal-levels';

/*
 * The guide's daycare case in Danish: Lone Mikkelsen (institution leader) builds an initiative on
 * conflicts field by field — the task and its three tests, the perspective, a learning goal on the
 * role level, a step of the training track, an arrangement in the everyday — adds Mikkel Jensen as
 * a participant with levels and a proposed goal, and starts it. Mikkel accepts the goal on a phone.
 */
const C = competenceMessages.da;
const TITLE = 'Konflikter på legepladsen';
const GOAL = 'Møde barnet i konflikten ved først at anerkende, hvad det føler';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

async function writeField(page: Page, name: string, text: string) {
  const field = page.getByRole('textbox', { name: label(name) }).first();
  await field.fill(text);
  await field.blur();
  await expect(page.getByText(C.page.saving)).toHaveCount(0);
}

test('a leader builds an initiative field by field; a participant takes the proposed goal on a phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signInWithPassword(page, demoAccountEmail('institutionLeader'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'institutionLeader');

  await page.goto('/initiatives');
  await expect(page.getByRole('heading', { level: 2, name: C.list.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the initiatives page (leader)');
  await page.getByRole('button', { name: C.list.create }).click();
  const dialog = page.getByRole('dialog', { name: C.create.title });
  await dialog.getByLabel(label(C.create.name)).fill(TITLE);
  await expectAccessible(page, 'the new initiative dialog');
  await dialog.getByRole('button', { name: C.create.submit }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();

  // 1. The task, and the guide's three tests asked one by one.
  await writeField(page, C.fields.situation, 'Når to børn er i konflikt på legepladsen');
  await writeField(page, C.fields.responsibility, 'Alle voksne møder barnet på samme måde');
  const test1 = TASK_TESTS[1]!;
  await page
    .getByRole('radiogroup', { name: test1.question.da })
    .getByRole('radio', { name: C.tests.no })
    .click();
  await expect(page.getByText(fill(C.tests.failing, { name: test1.name.da }))).toBeVisible();
  for (const t of TASK_TESTS)
    await page
      .getByRole('radiogroup', { name: t.question.da })
      .getByRole('radio', { name: C.tests.yes })
      .click();
  await expect(page.getByText(C.tests.allPass)).toBeVisible();
  // The quick guide's questions stand beside the field.
  await expect(page.getByText(FIELDS[0]!.prompts[0]!.da)).toBeVisible();

  // 2. Perspective, 3. a learning goal on the role level.
  await writeField(page, C.fields.core_task, 'Barnet bliver set og lærer at sætte ord på det, det føler');
  await writeField(page, GOAL_LEVEL_TEXTS[2]!.name.da, 'Fra dommer til anerkender');

  // 4. A step of knowledge building; 5. an arrangement of ongoing follow-up.
  const tempo = TEMPO_TEXTS[0]!.name.da;
  await page.getByRole('button', { name: fill(C.plan.addTrack, { phase: tempo }) }).click();
  const trackForm = page.getByRole('form', { name: fill(C.plan.addTrack, { phase: tempo }) });
  await trackForm.getByLabel(label(C.plan.text)).fill('Temadag om at anerkende følelser i konflikter');
  await trackForm.getByRole('button', { name: C.plan.add }).click();
  await expect(page.getByText('Temadag om at anerkende følelser i konflikter')).toBeVisible();
  const kind = ANCHORING_TEXTS[3]!.name.da;
  await page.getByRole('button', { name: fill(C.plan.addAnchor, { kind }) }).click();
  const anchorForm = page.getByRole('form', { name: fill(C.plan.addAnchor, { kind }) });
  await anchorForm.getByLabel(label(C.plan.text)).fill('En konflikt fra ugen på hvert stuemøde');
  await anchorForm.getByRole('button', { name: C.plan.add }).click();
  await expect(page.getByText('En konflikt fra ugen på hvert stuemøde')).toBeVisible();

  // A participant with levels and a proposed goal; then the initiative starts.
  const addForm = page.getByRole('form', { name: C.participants.add });
  await addForm.getByRole('combobox', { name: label(C.participants.person) }).fill('Mikkel');
  await page.getByRole('option', { name: /Mikkel Jensen/ }).click();
  await addForm.getByLabel(label(C.participants.proposedGoal)).fill(GOAL);
  await addForm.getByRole('button', { name: C.participants.add }).click();
  await expect(page.getByRole('cell', { name: 'Mikkel Jensen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: C.statusMove.running }).click();
  await expect(page.getByText(C.status.running, { exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: C.impact.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the initiative page (leader)');
  const url = page.url();

  await page.getByRole('link', { name: C.page.print }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByText('Fra dommer til anerkender').first()).toBeVisible();
  await expectAccessible(page, 'the initiative in print');
  await page.goto('/learning-formats');
  await expect(page.getByRole('heading', { level: 3 })).toHaveCount(15);
  await expectAccessibleAtAllWidths(page, 'the learning formats');

  // Mikkel, on his phone, finds the initiative and takes the goal as his own.
  const mikkel = await phone(browser, { baseURL, email: demoEmail('Mikkel Jensen') });
  await mikkel.page.goto(new URL(url).pathname);
  const proposal = mikkel.page.getByRole('region', { name: C.myProposal.title });
  await expect(proposal.getByText(GOAL)).toBeVisible();
  await expectAccessible(mikkel.page, 'the initiative page (participant, phone)');
  await proposal.getByRole('button', { name: C.myProposal.accept }).click();
  const putAside = proposal.getByRole('radiogroup', { name: C.myProposal.putAside });
  // With two goals in focus already, he chooses which one makes room.
  if (await putAside.isVisible({ timeout: 3000 }).catch(() => false)) {
    await putAside.getByRole('radio').first().check();
    await proposal.getByLabel(label(C.myProposal.putAsideReason)).fill('Forløbet har forrang nu');
    await proposal.getByRole('button', { name: C.myProposal.save }).click();
  }
  await expect(proposal.getByText(C.proposal.accepted)).toBeVisible();
  await proposal.getByRole('link', { name: C.myProposal.goal }).click();
  await expect(mikkel.page.getByText(GOAL).first()).toBeVisible();
  expect(mikkel.errors).toEqual([]);
  await mikkel.close();
});
