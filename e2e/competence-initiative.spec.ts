import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  demoAccountEmail,
  expect,
  signInWithPassword,
  test,
  waitUntilSignedIn,
} from './fixtures';
import { demoEmail } from './accounts';
import {
  C,
  acceptOnPhone,
  addParticipant,
  addPlanLine,
  askTheThreeTests,
  createInitiative,
  startInitiative,
  writeField,
} from './competence';
import { FIELDS } from '../src/modules/competence/content/fields';
import { GOAL_LEVEL_TEXTS } from '../src/modules/competence/content/learning-goal-levels';

/*
 * The guide's daycare case in Danish: Lone Mikkelsen (institution leader) builds an initiative on
 * conflicts field by field — the task and its three tests, the perspective, a learning goal on the
 * role level, a step of the training track, an arrangement in the everyday — adds Mikkel Jensen as
 * a participant with levels and a proposed goal, and starts it. Mikkel accepts the goal on a phone.
 */
const TITLE = 'Konflikter på legepladsen';
const GOAL = 'Møde barnet i konflikten ved først at anerkende, hvad det føler';

test('a leader builds an initiative field by field; a participant takes the proposed goal on a phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signInWithPassword(page, demoAccountEmail('institutionLeader'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'institutionLeader');

  await createInitiative(page, TITLE, 'leader');

  // 1. The task, and the guide's three tests asked one by one.
  await writeField(page, C.fields.situation, 'Når to børn er i konflikt på legepladsen');
  await writeField(page, C.fields.responsibility, 'Alle voksne møder barnet på samme måde');
  await askTheThreeTests(page);
  // The quick guide's questions stand beside the field.
  await expect(page.getByText(FIELDS[0]!.prompts[0]!.da)).toBeVisible();

  // 2. Perspective, 3. a learning goal on the role level.
  await writeField(page, C.fields.core_task, 'Barnet bliver set og lærer at sætte ord på det, det føler');
  await writeField(page, GOAL_LEVEL_TEXTS[2]!.name.da, 'Fra dommer til anerkender');

  // 4. A step of knowledge building; 5. an arrangement of ongoing follow-up.
  await addPlanLine(page, {
    kind: 'track',
    phase: 'knowledge_building',
    text: 'Temadag om at anerkende følelser i konflikter',
  });
  await addPlanLine(page, {
    kind: 'anchor',
    phase: 'ongoing_follow_up',
    text: 'En konflikt fra ugen på hvert stuemøde',
  });

  // A participant with levels and a proposed goal; then the initiative starts.
  await addParticipant(page, { name: 'Mikkel Jensen', goal: GOAL });
  await startInitiative(page);
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
  await acceptOnPhone(browser, {
    baseURL,
    email: demoEmail('Mikkel Jensen'),
    path: new URL(url).pathname,
    goal: GOAL,
    who: 'Mikkel',
    width: 375,
  });
});
