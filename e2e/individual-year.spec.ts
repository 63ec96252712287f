import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { da, expect as baseExpect, label, test } from './fixtures';
import {
  LONE,
  SOFIE,
  api,
  openStep,
  choose,
  circles,
  copenhagenDay,
  copenhagenInstant,
  copenhagenLocal,
  fill,
  frames,
  goals,
  overview,
  pageTitle,
  pattern,
  reminders,
  switchTo,
  talks,
} from './individual';
import {
  icsAddress,
  icsEvent,
  icsEventAll,
  icsInstant,
  mailMark,
  parseIcs,
  recipient,
  waitForMail,
} from './mail';
import { EARLIER_AGREEMENT, GOAL_TITLE } from './individual-year.data';
import {
  LONE_PRIVATE,
  NEW_AGREEMENT,
  SOFIE_PRIVATE,
  SUMMARY,
  completeTheCircle,
  holdTheOneToOne,
} from './individual-year.held';

/*
 * Sofie Andersen's year with her leader Lone Mikkelsen, in the demo organisation, in Danish: the
 * frame and her goal, the learning circle, a 1:1 planned, prepared and held, the digest, the next
 * circle and the printed year. One story: each step builds on the one before.
 */
test.describe.configure({ mode: 'serial' });
// The machine these run on is often busy: patience for pages and clicks, not for wrong content.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });

const FRAME_TITLE = `Læringsmål ${new Date().getFullYear()} – sprog og fællesskab`;
const FRAME_ITEM = 'Sproget i hverdagens overgange';
const PLAN = {
  theme: 'Garderoben er hektisk, og de stille børn siger næsten ingenting.',
  focus: 'Hvordan kan jeg bruge påklædningen til små samtaler med de stille børn?',
  professionalLearning: 'Jeg vil blive bedre til at vente og lytte i stedet for at svare for børnene.',
  intendedChange: 'Flere børn fortæller selv om deres dag, mens de tager tøj på.',
};

test('Lone publishes a frame; Sofie writes a goal in it and fills the plan phase of its learning circle', async ({
  page,
}) => {
  test.setTimeout(360_000);

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

const FIRST_TIME = copenhagenLocal(1, 10, 0);
const MOVED_TIME = copenhagenLocal(1, 13, 30);
let conversationId = '';
let calendarUid = '';

/** The calendar mail to `email` after `mark`, with its VEVENT checked for the basics. */
async function calendarMailTo(email: string, mark: string, what: string) {
  const mail = await waitForMail((m) => recipient(m).includes(email) && m.calendar !== null, {
    after: mark,
    what,
  });
  const ics = parseIcs(mail.calendar!);
  expect(ics[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(ics.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
  expect(ics.find((p) => p.name === 'METHOD')?.value).toBe('REQUEST');
  const event = icsEvent(ics);
  expect(event.get('UID')?.value ?? '').not.toBe('');
  expect(icsAddress(event.get('ORGANIZER'))).toBe(LONE.email);
  expect(icsEventAll(ics, 'ATTENDEE').map(icsAddress).sort()).toEqual([LONE.email, SOFIE.email].sort());
  return { mail, event };
}

test('Lone plans a 1:1 with Sofie: both get a calendar invitation, and moving it updates the same event', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Their last 1:1 (earlier today, set up through the API) ended with an agreement that is now overdue.
  await switchTo(page, 'employee');
  const sofieId = (await api<{ person: { id: string } }>(page, 'GET', '/auth/me')).json.person.id;
  await switchTo(page, 'institutionLeader');
  const earlier = await api<{ conversation: { id: string; version: number } }>(
    page,
    'POST',
    '/conversations',
    {
      kind: 'one_to_one',
      personId: sofieId,
      startsAt: new Date(Date.now() - 3 * 60 * 60 * 1000).toISOString(),
      durationMinutes: 30,
    },
  );
  expect(earlier.status).toBe(201);
  const agreement = await api(page, 'POST', '/agreements', {
    conversationId: earlier.json.conversation.id,
    text: EARLIER_AGREEMENT,
    ownerId: sofieId,
    dueDate: copenhagenDay(-1),
  });
  expect(agreement.status).toBe(201);
  const held = await api(page, 'POST', `/conversations/${earlier.json.conversation.id}/hold`, {
    version: earlier.json.conversation.version,
  });
  expect(held.status).toBe(200);

  // Lone plans the next one for tomorrow at 10.
  await page.goto('/conversations');
  await expect(pageTitle(page, talks.list.title)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the conversations list (leader)');
  const mark = mailMark();
  await page.getByRole('button', { name: talks.list.schedule }).click();
  const dialog = page.getByRole('dialog', { name: talks.schedule.title });
  await choose(page, talks.schedule.person, SOFIE.name);
  // MUP proposes a date from their rhythm; Lone chooses tomorrow at 10 instead.
  const startsAt = dialog.getByLabel(label(talks.schedule.startsAt));
  await expect(startsAt).not.toHaveValue('');
  await startsAt.fill(FIRST_TIME);
  await dialog.getByLabel(talks.schedule.location).fill('Kontoret');
  await expectAccessibleAtAllWidths(page, 'the schedule dialog');
  await dialog.getByRole('button', { name: talks.schedule.submit }).click();
  await expect(pageTitle(page, fill(talks.detail.title, { name: SOFIE.name }))).toBeVisible();
  conversationId = /\/conversations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expectAccessibleAtAllWidths(page, 'the new 1:1 (leader)');

  // Both get the invitation: one event, at the chosen Danish time, Lone organising, both attending.
  const toSofie = await calendarMailTo(SOFIE.email, mark, 'the invitation to Sofie');
  const toLone = await calendarMailTo(LONE.email, mark, 'the invitation to Lone');
  calendarUid = toSofie.event.get('UID')!.value;
  expect(toLone.event.get('UID')!.value).toBe(calendarUid);
  expect(icsInstant(toSofie.event.get('DTSTART')!).toISOString()).toBe(
    copenhagenInstant(FIRST_TIME).toISOString(),
  );
  expect(toSofie.event.get('LOCATION')?.value).toBe('Kontoret');
  expect(toSofie.mail.text).toContain(`/conversations/${conversationId}`);
  const firstSequence = Number(toSofie.event.get('SEQUENCE')?.value ?? '0');

  // Moved to the afternoon: an update of the same event, with a higher sequence.
  const moveMark = mailMark();
  await page.getByRole('button', { name: talks.detail.move, exact: true }).click();
  const move = page.getByRole('dialog', { name: talks.detail.moveTitle });
  await move.getByLabel(label(talks.schedule.startsAt)).fill(MOVED_TIME);
  await expectAccessibleAtAllWidths(page, 'the move dialog');
  await move.getByRole('button', { name: talks.detail.moveConfirm }).click();
  await expect(move).toBeHidden();
  const update = await calendarMailTo(SOFIE.email, moveMark, 'the update to Sofie');
  expect(update.event.get('UID')!.value).toBe(calendarUid);
  expect(Number(update.event.get('SEQUENCE')!.value)).toBeGreaterThan(firstSequence);
  expect(icsInstant(update.event.get('DTSTART')!).toISOString()).toBe(
    copenhagenInstant(MOVED_TIME).toISOString(),
  );
  const updateToLone = await calendarMailTo(LONE.email, moveMark, 'the update to Lone');
  expect(updateToLone.event.get('UID')!.value).toBe(calendarUid);

  // The outbox page still lists what was sent (mail goes through the outbox to the SMTP server),
  // for the organisation's admin: HR does not see it.
  await switchTo(page, 'hr');
  await page.goto('/outbox');
  await expect(page.getByRole('heading', { level: 2, name: da.states.notFoundTitle })).toBeVisible();
  await switchTo(page, 'orgAdmin');
  await page.goto('/outbox');
  await expect(page.getByText(update.mail.subject).first()).toBeVisible();
});

test('both prepare: points from each side, and the circle’s state is there before the talk', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await switchTo(page, 'employee');
  await page.goto('/conversations');
  await expectAccessibleAtAllWidths(page, 'the conversations list (employee)');
  await page
    .getByRole('link', { name: pattern(fill(talks.list.open, { name: LONE.name, when: '{when}' })) })
    .first()
    .click();
  await expect(pageTitle(page, fill(talks.detail.title, { name: LONE.name }))).toBeVisible();
  expect(page.url()).toContain(conversationId);
  await addPoint(page, 'Hvordan kommer jeg videre med garderobesamtalerne?', talks.prepare.sections.goals);
  await addPoint(page, 'Vikardækningen om fredagen', talks.prepare.sections.big_and_small);
  // Her goal in focus, with its circle standing in the action phase.
  const prepare = page.getByRole('region', { name: talks.prepare.title });
  await expect(prepare.getByRole('link', { name: GOAL_TITLE })).toBeVisible();
  await expect(
    prepare.getByText(fill(talks.prepare.circlePhase, { phase: talks.prepare.phases.action })).first(),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the 1:1 while preparing (employee)');

  await switchTo(page, 'institutionLeader');
  await page.goto(`/conversations/${conversationId}`);
  await addPoint(page, 'Kursus i dialogisk læsning i foråret', talks.prepare.sections.other);
  const lonePrepare = page.getByRole('region', { name: talks.prepare.title });
  await expect(lonePrepare.getByText('Vikardækningen om fredagen')).toBeVisible();
  await expect(lonePrepare.getByText(`– ${SOFIE.name}`).first()).toBeVisible();
  await expect(lonePrepare.getByText(`– ${LONE.name}`).first()).toBeVisible();
  await expect(
    lonePrepare.getByText(fill(talks.prepare.circlePhase, { phase: talks.prepare.phases.action })).first(),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the 1:1 while preparing (leader)');
});

async function addPoint(page: Page, text: string, section: string) {
  await openStep(page, 'before');
  const prepare = page.getByRole('region', { name: talks.prepare.title });
  await prepare.getByLabel(talks.prepare.text).fill(text);
  await choose(page, talks.prepare.sectionLabel, section);
  await prepare.getByRole('button', { name: talks.prepare.add }).click();
  await expect(prepare.getByText(text).first()).toBeVisible();
}

test('Sofie asks for her digest now: it reminds her of tomorrow’s 1:1 and the overdue agreement', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await switchTo(page, 'employee');
  await page.goto('/reminders');
  await expect(pageTitle(page, reminders.title)).toBeVisible();
  const mark = mailMark();
  await page.getByRole('button', { name: reminders.now.button }).click();
  await expect(page.getByRole('status').filter({ hasText: reminders.now.sent })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the reminder settings after sending a digest');
  const digest = await waitForMail(
    (m) => recipient(m).includes(SOFIE.email) && m.subject === 'Dine påmindelser fra MUP',
    { after: mark, what: 'the digest' },
  );
  const text = digest.text ?? '';
  expect(text).toContain('Hej Sofie Andersen');
  expect(text).toContain('Forbered din 1:1-samtale');
  expect(text).toContain(`med ${LONE.name}`);
  expect(text).toContain(`/conversations/${conversationId}`);
  expect(text).toContain('Aftaler, der er over tid');
  expect(text).toContain(EARLIER_AGREEMENT);

  // A second click within the minute sends nothing and says why.
  await page.getByRole('button', { name: reminders.now.button }).click();
  await expect(page.getByRole('alert')).toContainText(da.errors.RATE_LIMITED);
});

test('the 1:1 is held: last time’s agreements first, the goal and its circle, big and small, notes, an agreement and private notes', async ({
  page,
}) => {
  test.setTimeout(360_000);
  await holdTheOneToOne(page, conversationId);
});

test('Sofie completes the circle, phase by phase to learning, and starts the next one from the offer', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await completeTheCircle(page);
});

test('the year summary prints: goals, circles, conversations and agreements — and no private notes', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const year = new Date().getFullYear();
  for (const account of ['employee', 'institutionLeader'] as const) {
    await switchTo(page, account);
    if (account === 'employee') {
      await page.goto('/');
      await page.getByRole('link', { name: overview.navMine }).first().click();
      await expect(pageTitle(page, overview.development.titleMine)).toBeVisible();
      await expectAccessibleAtAllWidths(page, 'my development');
      await page.getByRole('link', { name: fill(overview.development.year, { year }) }).click();
    } else {
      await page.goto('/overview');
      await expect(pageTitle(page, overview.overview.title)).toBeVisible();
      await page.getByRole('link', { name: SOFIE.name }).first().click();
      await expect(pageTitle(page, fill(overview.development.title, { name: SOFIE.name }))).toBeVisible();
      await page.getByRole('link', { name: fill(overview.development.year, { year }) }).click();
    }
    await expect(pageTitle(page, fill(overview.year.title, { year, name: SOFIE.name }))).toBeVisible();
    await expectAccessibleAtAllWidths(page, `the year summary (${account})`);

    // As printed: navigation and buttons gone, the record there.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: da.actions.print })).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    const printed = await page.locator('body').innerText();
    for (const text of [GOAL_TITLE, overview.year.circles, SUMMARY, EARLIER_AGREEMENT, NEW_AGREEMENT]) {
      expect(printed, `the printed year shows ${text}`).toContain(text);
    }
    expect(printed).toMatch(new RegExp(`${GOAL_TITLE.slice(0, 30)}.*: 6 af 6 faser udfyldt`));
    for (const secret of [LONE_PRIVATE, SOFIE_PRIVATE])
      expect(printed, 'a private note in the printed year').not.toContain(secret);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
