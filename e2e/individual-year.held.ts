// The held 1:1 and the circle after it, in Sofie's year (e2e/individual-year.spec.ts): steps it runs in order.
import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { expect as baseExpect, label } from './fixtures';
import {
  SOFIE,
  api,
  beginNow,
  markHeld,
  openStep,
  choose,
  circles,
  copenhagenDay,
  fill,
  pageTitle,
  pattern,
  switchTo,
  talks,
} from './individual';

import { EARLIER_AGREEMENT, GOAL_TITLE } from './individual-year.data';

const expect = baseExpect.configure({ timeout: 30_000 });

const SHARED_NOTES =
  'Sofie har prøvet spørgsmålene i garderoben i to uger. De stille børn svarer mere, når hun sætter sig i øjenhøjde.';
export const NEW_AGREEMENT = 'Sofie viser kollegerne på stuemødet, hvordan hun stiller spørgsmålene';
export const LONE_PRIVATE = 'Husk at spørge til Sofies timer i januar – hun virkede træt.';
export const SUMMARY = 'Garderobesamtalerne virker. Sofie deler sine spørgsmål med stuen.';
export const SOFIE_PRIVATE = 'Jeg vil gerne nævne lønsamtalen næste gang, men ikke i dag.';

/** The 1:1 is held on the leader's screen and the employee's; each private note stays its author's. */
export async function holdTheOneToOne(page: Page, conversationId: string) {
  await switchTo(page, 'institutionLeader');
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  const during = page.getByRole('region', { name: talks.during.title });

  // The order of the talk: last time's agreements, then goals with their circle, then big and small.
  const followUp = during.getByRole('heading', { name: talks.during.followUp });
  const goalsPart = during.getByRole('heading', { name: talks.during.goals });
  const bigAndSmall = during.getByRole('heading', { name: talks.during.bigAndSmall });
  const y = async (l: typeof followUp) => (await l.boundingBox())!.y;
  expect(await y(followUp)).toBeLessThan(await y(goalsPart));
  expect(await y(goalsPart)).toBeLessThan(await y(bigAndSmall));
  await expect(during.getByText(EARLIER_AGREEMENT)).toBeVisible();
  await expect(during.getByText(talks.during.overdue).first()).toBeVisible();
  await expect(during.getByRole('link', { name: GOAL_TITLE })).toBeVisible();
  await expect(
    during.getByText(fill(talks.prepare.circlePhase, { phase: talks.prepare.phases.action })).first(),
  ).toBeVisible();
  await expect(
    during.getByRole('checkbox', { name: fill(talks.prepare.tick, { text: 'Vikardækningen om fredagen' }) }),
  ).toBeVisible();

  // Last time's agreement is done; today's points are ticked off as they are talked about
  // (each box follows the saved state, so it turns checked once the server has it).
  for (const name of [
    fill(talks.during.markDone, { text: EARLIER_AGREEMENT }),
    fill(talks.prepare.tick, { text: 'Hvordan kommer jeg videre med garderobesamtalerne?' }),
    fill(talks.prepare.tick, { text: 'Vikardækningen om fredagen' }),
  ]) {
    const box = during.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }

  await during.getByLabel(talks.during.sharedNotes).fill(SHARED_NOTES);
  await during.getByRole('button', { name: talks.during.saveNotes }).click();
  await expect(page.getByText(talks.during.notesSaved).first()).toBeVisible();

  await during.getByLabel(label(talks.during.agreementText)).fill(NEW_AGREEMENT);
  await choose(page, talks.during.owner, SOFIE.name);
  const due = copenhagenDay(14);
  await during.getByLabel(talks.during.dueDate).fill(due);
  await during.getByRole('button', { name: talks.during.addAgreement }).click();
  await expect(
    during.getByRole('checkbox', { name: fill(talks.during.markDone, { text: NEW_AGREEMENT }) }),
  ).toBeVisible();
  await expect(during.getByText(fill(talks.during.ownerIs, { name: SOFIE.name })).first()).toBeVisible();

  const privateNote = page.getByRole('region', { name: new RegExp(talks.during.privateTitle) });
  await expect(privateNote.getByText(talks.during.privateBadge)).toBeVisible();
  await privateNote.getByRole('textbox').fill(LONE_PRIVATE);
  await privateNote.getByRole('button', { name: talks.during.savePrivate }).click();
  await expect(page.getByText(talks.during.privateSaved).first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the 1:1 during the talk (leader)');

  // Sofie writes her own private note; she sees the shared notes and the agreement, never Lone's note.
  await switchTo(page, 'employee');
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(page.getByLabel(talks.during.sharedNotes)).toHaveValue(SHARED_NOTES);
  await expect(page.getByText(NEW_AGREEMENT)).toBeVisible();
  const hers = page.getByRole('region', { name: new RegExp(talks.during.privateTitle) });
  await expect(hers.getByRole('textbox')).toHaveValue('');
  await hers.getByRole('textbox').fill(SOFIE_PRIVATE);
  await hers.getByRole('button', { name: talks.during.savePrivate }).click();
  await expect(page.getByText(talks.during.privateSaved).first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the 1:1 during the talk (employee)');
  await expectNotShown(page, conversationId, LONE_PRIVATE, 'Sofie');

  // And Lone never sees Sofie's.
  await switchTo(page, 'institutionLeader');
  await expectNotShown(page, conversationId, SOFIE_PRIVATE, 'Lone');
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(
    page.getByRole('region', { name: new RegExp(talks.during.privateTitle) }).getByRole('textbox'),
  ).toHaveValue(LONE_PRIVATE);

  // Held: a short summary both can see, Lone marks it, and MUP proposes the next date from their rhythm.
  await openStep(page, 'after');
  await page.getByLabel(talks.after.summary).fill(SUMMARY);
  await page.getByRole('button', { name: talks.after.saveSummary }).click();
  await expect(page.getByText(talks.after.summarySaved).first()).toBeVisible();
  await beginNow(page, conversationId);
  await page.reload();
  await openStep(page, 'after');
  await markHeld(page);
  await expect(page.getByText(talks.after.held).first()).toBeVisible();
  await expect(page.getByText(talks.status.held).first()).toBeVisible();
  await expect(page.getByText(pattern(talks.after.nextProposed))).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the held 1:1 (leader)');
}

/** The other participant's private note is nowhere: not on the page, the print view or in the API's answers. */
async function expectNotShown(page: Page, conversationId: string, secret: string, who: string) {
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(page.getByLabel(talks.during.sharedNotes)).toBeVisible();
  expect(await page.locator('body').innerText(), `${who} sees the other's private note`).not.toContain(
    secret,
  );
  await page.goto(`/conversations/${conversationId}/print`);
  await expect(page.getByRole('heading', { level: 2, name: pattern(talks.print.title) })).toBeVisible();
  expect(
    await page.locator('body').innerText(),
    `${who}'s print view shows the other's private note`,
  ).not.toContain(secret);
  for (const path of [
    `/conversations/${conversationId}`,
    `/conversations/${conversationId}/print`,
    '/conversations',
    '/agreements',
  ]) {
    const res = await api(page, 'GET', path);
    expect(res.status, path).toBe(200);
    expect(JSON.stringify(res.json), `${path} gives ${who} the other's private note`).not.toContain(secret);
  }
}

const NEXT_STEPS = 'Prøve de samme spørgsmål ved frokosten, hvor der også er travlt.';

/** Sofie completes the circle phase by phase to learning and starts the next one from the offer. */
export async function completeTheCircle(page: Page) {
  await switchTo(page, 'employee');
  await page.goto('/goals');
  await page.getByRole('link', { name: GOAL_TITLE }).first().click();
  await page.getByRole('link', { name: fill(circles.panel.circle, { n: 1 }) }).click();
  await expect(pageTitle(page, fill(circles.circle.title, { n: 1 }))).toBeVisible();

  const lc = circles.forms.learning_circle;
  const phases: [string, string, string][] = [
    [
      '2. Handling',
      lc.action.whatToTry.label,
      'Sætte mig ved bænken og stille ét åbent spørgsmål til hvert barn.',
    ],
    ['3. Undervejs', lc.inAction.watchFor.label, 'Hvem der svarer med mere end ét ord.'],
    ['4. Respons', lc.response.dataCollected.label, 'Korte noter efter hver garderobe i to uger.'],
    ['5. Refleksion', lc.reflection.whatLearned.label, 'At pausen efter spørgsmålet er det vigtigste.'],
    ['6. Læring', lc.learning.nextSteps.label, NEXT_STEPS],
  ];
  for (const [phase, field, text] of phases) {
    const control = page.getByRole('button', { name: new RegExp(phase.replace('.', '\\.')) });
    if ((await control.getAttribute('aria-expanded')) !== 'true') await control.click();
    const panel = page.getByRole('region', { name: new RegExp(phase.replace('.', '\\.')) });
    await panel.getByRole('textbox', { name: field, exact: true }).fill(text);
    await panel.getByRole('checkbox', { name: circles.circle.markDone }).check();
  }
  await page.getByRole('button', { name: circles.circle.save, exact: true }).click();
  await expect(page.getByText(fill(circles.circle.progress, { done: 6, total: 6 })).first()).toBeVisible();
  const finished = page
    .getByRole('alert')
    .filter({ hasText: circles.circle.finishedTitle })
    .or(page.getByText(circles.circle.finishedTitle));
  await expect(finished.first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the finished learning circle');

  // The offer: the next circle, its plan starting from what she wrote she would do next.
  await page.getByRole('button', { name: circles.circle.startNext }).click();
  await expect(pageTitle(page, fill(circles.circle.title, { n: 2 }))).toBeVisible();
  const planControl = page.getByRole('button', { name: /1\. Plan/ });
  if ((await planControl.getAttribute('aria-expanded')) !== 'true') await planControl.click();
  await expect(page.getByRole('textbox', { name: lc.plan.theme.label, exact: true })).toHaveValue(NEXT_STEPS);
  await expectAccessibleAtAllWidths(page, 'the next learning circle');
}
