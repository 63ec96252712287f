import type { Page } from '@playwright/test';
import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, expect, signInWithPassword, test, waitUntilSignedIn } from './fixtures';
import { demoEmail } from './accounts';
import {
  C,
  acceptOnPhone,
  addParticipant,
  createInitiative,
  fill,
  startInitiative,
  writeTheFiveFields,
} from './competence';
import { L, certify, describeLicence, openBoard, openReview, printPoster } from './licences';
import { EXAMPLE_INITIATIVES } from '../src/modules/competence/content/cases';

/*
 * The guide's care-home case of documenting on the resident's screen, in Danish, with a driving
 * licence: Birgitte Lund (leader of Plejecenter Lærkebo) builds the initiative field by field from
 * the case and describes a licence for its task; Bente Clausen and Hanne Berg take their proposed
 * goals on a 390 px phone; Susanne Jakobsen, the home's resource person, holds a practice review
 * of Bente and grants licence B; the home's board shows her holding it and prints as a poster.
 * None of them is one of the README's accounts, and no other journey signs in as them.
 */
const CASE = EXAMPLE_INITIATIVES.find((c) => c.key === 'care_home_screen_documentation')!;
const TITLE = CASE.name.da;
const UNIT = 'Plejecenter Lærkebo';
const TASK = 'Dokumentation på skærmen hos beboeren';
const BIRGITTE = demoEmail('Birgitte Lund');
const PARTICIPANTS = [
  {
    name: 'Bente Clausen',
    current: 'beginner',
    target: 'independently',
    goal: 'Dokumentere hos beboeren lige efter plejen, så intet venter til eftermiddagen',
  },
  {
    name: 'Hanne Berg',
    current: 'some_experience',
    target: 'independently',
    goal: 'Bruge skærmen sammen med beboeren, når jeg skriver, hvad vi har gjort',
  },
] as const;

async function signInAs(page: Page, email: string, who: string) {
  await page.context().clearCookies();
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await waitUntilSignedIn(page, who);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test("the care home's screen case: built field by field, goals taken on phones, a practice review grants licence B, the board prints", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(420_000);
  await signInAs(page, BIRGITTE, 'Birgitte Lund');
  await createInitiative(page, TITLE, 'care home leader');
  await writeTheFiveFields(page, CASE, {
    responsibility: 'Hver af os dokumenterer selv sin pleje på skærmen, før vi går videre til næste beboer',
    people: 'Superbrugerne på afdelingen',
  });
  for (const p of PARTICIPANTS) await addParticipant(page, p);
  await startInitiative(page);
  await expect(page.getByRole('img', { name: C.impact.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the initiative page (care home leader)');
  const path = new URL(page.url()).pathname;

  // Printed on a page or two: the case's role goal and the everyday's arrangements are there.
  await page.getByRole('link', { name: C.page.print }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByText(CASE.learningGoals.role!.da).first()).toBeVisible();
  await expect(page.getByText(CASE.anchoring.support!.da).first()).toBeVisible();
  await expectAccessible(page, 'the initiative in print (care home)');

  // A licence for the initiative's task, described from the initiative and linked to it.
  await page.goto(path);
  await page.getByRole('button', { name: L.initiativeLicences.define }).click();
  const form = page.getByRole('dialog', { name: L.form.createTitle });
  await describeLicence(
    page,
    form,
    {
      task: TASK,
      meanings: {
        C: 'Dokumenterer på skærmen sammen med en superbruger.',
        B: 'Dokumenterer alene hos beboeren lige efter plejen og inddrager beboeren.',
        A: 'Er superbruger: viser kolleger systemet og følger op på, at det vigtigste kommer med.',
      },
      requiredLevel: 'B',
      below: 'warn',
      neededHolders: 4,
      validityMonths: 24,
    },
    'care home leader',
  );
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the licence page (care home leader)');

  // The participants take their proposed goals on their phones.
  for (const p of PARTICIPANTS)
    await acceptOnPhone(browser, { baseURL, email: demoEmail(p.name), path, goal: p.goal, who: p.name });

  // Susanne, the home's resource person, reviews Bente's practice and grants licence B.
  await signInAs(page, demoEmail('Susanne Jakobsen'), 'Susanne Jakobsen');
  await page.goto('/licences');
  await page.getByRole('link', { name: TASK }).click();
  await expect(page.getByRole('heading', { level: 2, name: TASK })).toBeVisible();
  await openReview(
    page,
    TASK,
    'Bente Clausen',
    'At hun dokumenterer hos beboeren, før hun går videre, og viser beboeren, hvad hun skriver.',
    'resource person',
  );
  await certify(page, {
    observed: 'Bente skrev på skærmen sammen med beboeren lige efter morgenplejen og læste det op.',
    level: 'B',
    reason: 'Hun dokumenterede alene og med det samme, som vi aftalte at se efter.',
  });

  // The board: Bente holds B, Hanne none yet, the home three short of the four it needs; no notes.
  await openBoard(page, UNIT);
  const bente = page.getByRole('row', { name: /Bente Clausen/ });
  await expect(bente.getByText('Kørekort B')).toBeVisible();
  await expect(bente.getByText('Gyldigt')).toBeVisible();
  await expect(page.getByRole('row', { name: /Hanne Berg/ }).getByText(L.board.none)).toBeVisible();
  await expect(page.getByText(fill(L.board.short, { count: 3 }))).toBeVisible();
  await expect(page.getByText('læste det op')).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'the licence board (care home)');
  await printPoster(page, bente, 'Kørekort B');
});
