import type { Browser, Locator, Page } from '@playwright/test';
import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { expect, label } from './fixtures';
import { phone } from './phone';
import { competenceMessages } from '../src/modules/competence/web/messages';
import { FIELDS, TASK_TESTS } from '../src/modules/competence/content/fields';
import { TEMPO_TEXTS } from '../src/modules/competence/content/training-track';
import { ANCHORING_TEXTS } from '../src/modules/competence/content/anchoring';
import { GOAL_LEVEL_TEXTS } from '../src/modules/competence/content/learning-goal-levels';
import { CURRENT_LEVEL_TEXTS, TARGET_LEVEL_TEXTS } from '../src/modules/competence/content/levels';
import type { ExampleInitiative } from '../src/modules/competence/content/cases';
import type { AnchoringKind, Tempo } from '../src/modules/competence/content/types';

/*
 * The steps a competence journey takes on an initiative's page, shared by the journeys of the
 * guide's worked cases: create, write the five fields (asking the task's three tests), add
 * participants with levels and a proposed goal, start, and — on a participant's phone — accept the
 * proposed goal. Texts come from the app's catalogue and the case content, so a changed word fails
 * here rather than in five journeys.
 */
export const C = competenceMessages.da;

export const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

/** A day relative to today in Copenhagen, as an ISO date (what a date field takes). */
export function copenhagenDay(days: number): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/** Writes one of the initiative's text fields and waits until it is saved. */
export async function writeField(page: Page, name: string, text: string) {
  const field = page.getByRole('textbox', { name: label(name) }).first();
  await field.fill(text);
  await field.blur();
  await expect(page.getByText(C.page.saving)).toHaveCount(0);
}

/** Writes one of the initiative's date fields and waits until it is saved. */
export async function writeDate(page: Page, name: string, day: string) {
  const field = page.getByLabel(label(name)).first();
  await field.fill(day);
  await field.blur();
  await expect(page.getByText(C.page.saving)).toHaveCount(0);
}

/** From the initiatives page: a new initiative by its name; ends on its page. */
export async function createInitiative(page: Page, title: string, who: string) {
  await page.goto('/initiatives');
  await expect(page.getByRole('heading', { level: 2, name: C.list.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, `the initiatives page (${who})`);
  await page.getByRole('button', { name: C.list.create }).click();
  const dialog = page.getByRole('dialog', { name: C.create.title });
  await dialog.getByLabel(label(C.create.name)).fill(title);
  await expectAccessible(page, 'the new initiative dialog');
  await dialog.getByRole('button', { name: C.create.submit }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

const answer = (page: Page, question: string, yes: boolean) =>
  page
    .getByRole('radiogroup', { name: question })
    .getByRole('radio', { name: yes ? C.tests.yes : C.tests.no })
    .click();

/**
 * The guide's three tests asked one by one: `failing` is answered no first, and the page must
 * name that test as failing before all three are answered yes.
 */
export async function askTheThreeTests(page: Page, failing = 1) {
  const test = TASK_TESTS[failing]!;
  await answer(page, test.question.da, false);
  await expect(page.getByText(fill(C.tests.failing, { name: test.name.da }))).toBeVisible();
  for (const t of TASK_TESTS) await answer(page, t.question.da, true);
  await expect(page.getByText(C.tests.allPass)).toBeVisible();
}

/** A step of the training track (tempo) or an arrangement of the everyday (anchoring kind). */
export async function addPlanLine(
  page: Page,
  line:
    | { kind: 'track'; phase: Tempo; text: string; people?: string; startsOn?: string; endsOn?: string }
    | { kind: 'anchor'; phase: AnchoringKind; text: string; dueOn?: string },
) {
  const name =
    line.kind === 'track'
      ? fill(C.plan.addTrack, { phase: TEMPO_TEXTS.find((t) => t.key === line.phase)!.name.da })
      : fill(C.plan.addAnchor, { kind: ANCHORING_TEXTS.find((a) => a.key === line.phase)!.name.da });
  await page.getByRole('button', { name }).click();
  const form = page.getByRole('form', { name });
  await form.getByLabel(label(C.plan.text)).fill(line.text);
  if (line.kind === 'track') {
    if (line.people) await form.getByLabel(label(C.plan.people)).fill(line.people);
    if (line.startsOn) await form.getByLabel(label(C.plan.startsOn)).fill(line.startsOn);
    if (line.endsOn) await form.getByLabel(label(C.plan.endsOn)).fill(line.endsOn);
  } else if (line.dueOn) await form.getByLabel(label(C.plan.dueOn)).fill(line.dueOn);
  await form.getByRole('button', { name: C.plan.add }).click();
  await expect(page.getByText(line.text)).toBeVisible();
}

/**
 * The five fields written from one of the guide's worked cases, field by field, with the quick
 * guide's questions checked beside the first: the task (its situation, the responsibility and the
 * three tests), the perspective, the learning goals the case sets, a step in each tempo of the
 * training track with the case's people and dates, and each kind of anchoring the case names.
 */
export async function writeTheFiveFields(
  page: Page,
  example: ExampleInitiative,
  extra: { responsibility: string; people: string },
) {
  // 1. The task.
  await writeField(page, C.fields.situation, example.task.da);
  await writeField(page, C.fields.responsibility, extra.responsibility);
  await expect(page.getByText(FIELDS[0]!.prompts[0]!.da)).toBeVisible();
  await askTheThreeTests(page);
  // 2. The perspective.
  await writeField(page, C.fields.core_task, example.perspective.coreTask.da);
  await writeField(page, C.fields.workplace, example.perspective.workplace.da);
  // 3. Learning goals on the levels the case sets.
  for (const level of GOAL_LEVEL_TEXTS) {
    const goal = example.learningGoals[level.key];
    if (goal) await writeField(page, level.name.da, goal.da);
  }
  // 4. The training track: a step in each tempo, and when training ends.
  let day = 7;
  for (const tempo of TEMPO_TEXTS) {
    const text = example.trainingTrack.tempi[tempo.key];
    if (!text) continue;
    await addPlanLine(page, {
      kind: 'track',
      phase: tempo.key,
      text: text.da,
      people: extra.people,
      startsOn: copenhagenDay(day),
      endsOn: copenhagenDay(day + 14),
    });
    day += 21;
  }
  await writeDate(page, C.fields.starts_on, copenhagenDay(7));
  await writeDate(page, C.fields.ends_on, copenhagenDay(day));
  // 5. The everyday: the case's arrangements, and when everyday responsibility begins.
  for (const kind of ANCHORING_TEXTS) {
    const text = example.anchoring[kind.key];
    if (text)
      await addPlanLine(page, {
        kind: 'anchor',
        phase: kind.key,
        text: text.da,
        dueOn: copenhagenDay(day + 30),
      });
  }
  await writeDate(page, C.fields.responsibility_from, copenhagenDay(day + 1));
}

// A list opening near the window's bottom edge can end up outside it: the field goes to the middle first.
const toMiddle = (field: Locator) => field.evaluate((el) => el.scrollIntoView({ block: 'center' }));

async function chooseOption(page: Page, field: Locator, option: string) {
  await toMiddle(field);
  await field.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A participant added with levels (keys of the guide's levels) and a proposed goal. */
export async function addParticipant(
  page: Page,
  p: { name: string; goal: string; current?: string; target?: string },
) {
  const form = page.getByRole('form', { name: C.participants.add });
  const person = form.getByRole('combobox', { name: label(C.participants.person) });
  await toMiddle(person);
  await person.fill(p.name.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(p.name) }).click();
  if (p.current)
    await chooseOption(
      page,
      form.getByRole('combobox', { name: label(C.participants.current) }),
      CURRENT_LEVEL_TEXTS.find((l) => l.key === p.current)!.name.da,
    );
  if (p.target)
    await chooseOption(
      page,
      form.getByRole('combobox', { name: label(C.participants.target) }),
      TARGET_LEVEL_TEXTS.find((l) => l.key === p.target)!.name.da,
    );
  await form.getByLabel(label(C.participants.proposedGoal)).fill(p.goal);
  await form.getByRole('button', { name: C.participants.add }).click();
  await expect(page.getByRole('cell', { name: p.name, exact: true })).toBeVisible();
}

/** The owner moves a draft to running. */
export async function startInitiative(page: Page) {
  await page.getByRole('button', { name: C.statusMove.running }).click();
  await expect(page.getByText(C.status.running, { exact: true })).toBeVisible();
}

/**
 * A participant on a phone of their own opens the initiative, finds the goal proposed to them and
 * takes it as theirs; with two goals in focus already, one of them makes room, as the rule says.
 */
export async function acceptOnPhone(
  browser: Browser,
  opts: {
    baseURL: string | undefined;
    email: string;
    path: string;
    goal: string;
    who: string;
    width?: number;
  },
) {
  const device = await phone(browser, { baseURL: opts.baseURL, email: opts.email, width: opts.width ?? 390 });
  await device.page.goto(opts.path);
  const proposal = device.page.getByRole('region', { name: C.myProposal.title });
  await expect(proposal.getByText(opts.goal)).toBeVisible();
  await expectAccessible(device.page, `the initiative page (${opts.who}, phone)`);
  await proposal.getByRole('button', { name: C.myProposal.accept }).click();
  const putAside = proposal.getByRole('radiogroup', { name: C.myProposal.putAside });
  if (await putAside.isVisible({ timeout: 3000 }).catch(() => false)) {
    await putAside.getByRole('radio').first().check();
    await proposal.getByLabel(label(C.myProposal.putAsideReason)).fill('Forløbet har forrang nu');
    await proposal.getByRole('button', { name: C.myProposal.save }).click();
  }
  await expect(proposal.getByText(C.proposal.accepted)).toBeVisible();
  await proposal.getByRole('link', { name: C.myProposal.goal }).click();
  await expect(device.page.getByText(opts.goal).first()).toBeVisible();
  await expectAccessible(device.page, `the goal taken from the initiative (${opts.who}, phone)`);
  expect(device.errors).toEqual([]);
  await device.close();
}
