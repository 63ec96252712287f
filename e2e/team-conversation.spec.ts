import { phone } from './phone';
import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { da, expect as baseExpect, label, test } from './fixtures';
import {
  api,
  choose,
  circles,
  copenhagenDay,
  copenhagenInstant,
  fill,
  goals,
  pageTitle,
  markHeld,
  openStep,
  pattern,
  talks,
  beginNow,
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
import { dialogueMessages } from '../src/modules/dialogue/web/messages';
import { orgMessages } from '../src/modules/org/web/messages';
import { teamsDevMessages } from '../src/modules/teams-dev/web/messages';
import {
  AGREEMENT_JULIE,
  AGREEMENT_LENE,
  JULIE,
  JULIES_NOTE,
  KAREN,
  LENE,
  LENES_GOAL,
  PLAN,
  SCHOOL,
  STARTS,
  TEAM,
  TEAM_GOAL,
  THOMAS,
  addMember,
  expectJuliesNoteHersAlone,
  signInAs,
} from './team-conversation.steps';

/*
 * A team development conversation (TUS) at Skovbrynet Skole, in Danish. The school's leader
 * Thomas Bach makes a team of his own for the journey (so no demo team changes) with the resource
 * person Karen Frost and two teachers, writes the team's goal and plans the TUS with Karen as
 * facilitator: everyone gets the calendar invitation. The team fills its circle's plan phase;
 * Lene brings her own goal in; Karen runs a round on the shared screen while Lene follows on her
 * phone; agreements, a summary and held; the next date is proposed and planned. Julie's private
 * note stays hers on every page, in print and in the API.
 */
test.describe.configure({ mode: 'serial' });
// The machine these run on is often busy: patience for pages and clicks, not for wrong content.
const expect = baseExpect.configure({ timeout: 30_000 });
test.use({ actionTimeout: 30_000 });

const team = talks.team;
const dev = teamsDevMessages.da;
const org = orgMessages.da;
const dlg = dialogueMessages.da;

let teamId = '';
let conversationId = '';

test('Thomas makes a team with a resource person, and writes the team’s first goal', async ({ page }) => {
  test.setTimeout(300_000);
  await signInAs(page, THOMAS.email);
  await page.goto('/teams');
  await page.getByRole('button', { name: org.teams.create }).click();
  const dialog = page.getByRole('dialog', { name: org.teams.createTitle });
  await dialog.getByLabel(label(org.teams.fields.name)).fill(TEAM);
  await choose(page, label(org.teams.fields.unit), SCHOOL);
  await dialog.getByLabel(org.teams.fields.description).fill('Lærerne og pædagogerne i 0.–2. klasse.');
  await dialog.getByRole('button', { name: da.actions.create }).click();
  await expect(pageTitle(page, TEAM)).toBeVisible();
  teamId = /\/teams\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  for (const person of [KAREN, LENE, JULIE]) await addMember(page, person.name);

  await page.getByRole('link', { name: dev.link, exact: true }).click();
  await expect(pageTitle(page, fill(dev.page.title, { team: TEAM }))).toBeVisible();
  await expect(page.getByText(dev.page.goalsEmpty)).toBeVisible();
  await expect(page.getByText(dev.page.upcomingEmpty)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the team’s development page, empty (leader)');

  // The team's goal, in the team's words.
  await page.getByRole('button', { name: dev.page.newGoal }).click();
  const goalDialog = page.getByRole('dialog', { name: goals.team.createTitle });
  await goalDialog.getByLabel(label(goals.team.title)).fill(TEAM_GOAL);
  await goalDialog
    .getByLabel(goals.team.why)
    .fill('Eleverne lærer sproget i de små samtaler, ikke kun i timerne.');
  await expect(goalDialog.getByText(goals.fields.frameItem)).toHaveCount(0);
  await expectAccessibleAtAllWidths(page, 'the new team goal dialog');
  await goalDialog.getByRole('button', { name: da.actions.save }).click();
  await expect(goalDialog).toBeHidden();
  const goalCard = page.getByRole('region', { name: dev.page.goals });
  await expect(goalCard.getByRole('link', { name: TEAM_GOAL })).toBeVisible();
  await expect(goalCard.getByText(fill(dev.page.inFocusCount, { count: 1 }))).toBeVisible();

  // The team meets every eighth week rather than every half year.
  const rhythm = page.getByLabel(dev.cadence.label);
  await rhythm.fill('8');
  await page.getByRole('button', { name: dev.cadence.save }).click();
  await expect(page.getByText(fill(dev.cadence.current, { weeks: 8 }))).toBeVisible();
});

test('Thomas plans the TUS with Karen leading it: everyone invited gets one calendar event', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, THOMAS.email);
  await page.goto(`/team-development/${teamId}`);
  const mark = mailMark();
  await page.getByRole('button', { name: dev.page.plan }).click();
  const dialog = page.getByRole('dialog', { name: dev.plan.title });
  // A team conversation has someone leading it: the form says so before anything is sent.
  await dialog.getByRole('button', { name: dev.plan.submit }).click();
  await expect(dialog.getByText(dev.plan.facilitatorRequired)).toBeVisible();
  await choose(page, label(dev.plan.facilitator), KAREN.name);
  await expect(dialog.getByLabel(label(talks.schedule.startsAt))).not.toHaveValue('');
  await dialog.getByLabel(label(talks.schedule.startsAt)).fill(STARTS);
  await dialog.getByLabel(talks.schedule.location).fill('Personalerummet');
  // The whole team is invited to begin with.
  for (const person of [KAREN, LENE, JULIE]) {
    await expect(dialog.getByRole('checkbox', { name: person.name })).toBeChecked();
  }
  await expectAccessibleAtAllWidths(page, 'the plan dialog');
  await dialog.getByRole('button', { name: dev.plan.submit }).click();
  await expect(pageTitle(page, fill(team.title, { team: TEAM }))).toBeVisible();
  conversationId = /\/conversations\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await openStep(page, 'before');
  const participants = page.getByRole('list', { name: team.participants.title });
  await expect(participants.getByRole('listitem').filter({ hasText: KAREN.name })).toContainText(
    team.participants.facilitator,
  );
  await expectAccessibleAtAllWidths(page, 'the planned TUS (leader)');

  // Every participant's invitation: one event (same UID), Karen organising, all four attending.
  const everyone = [THOMAS, KAREN, LENE, JULIE].map((p) => p.email);
  let uid = '';
  for (const email of everyone) {
    const mail = await waitForMail((m) => recipient(m).includes(email) && m.calendar !== null, {
      after: mark,
      what: `the invitation to ${email}`,
    });
    expect(mail.subject).toContain(`Teamudviklingssamtale: ${TEAM}`);
    expect(mail.text).toContain(`/conversations/${conversationId}`);
    const ics = parseIcs(mail.calendar!);
    expect(ics[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(ics.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
    expect(ics.find((p) => p.name === 'METHOD')?.value).toBe('REQUEST');
    const event = icsEvent(ics);
    uid ||= event.get('UID')!.value;
    expect(event.get('UID')!.value).toBe(uid);
    expect(icsInstant(event.get('DTSTART')!).toISOString()).toBe(copenhagenInstant(STARTS).toISOString());
    expect(event.get('LOCATION')?.value).toBe('Personalerummet');
    expect(icsAddress(event.get('ORGANIZER'))).toBe(KAREN.email);
    expect(icsEventAll(ics, 'ATTENDEE').map(icsAddress).sort()).toEqual([...everyone].sort());
  }
});

test('the team fills its circle’s plan phase together: Julie starts it, Lene finishes the plan', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, JULIE.email);
  await page.goto(`/teams/${teamId}`);
  await page.getByRole('link', { name: dev.link, exact: true }).click();
  await page.getByRole('link', { name: TEAM_GOAL }).click();
  await expect(pageTitle(page, TEAM_GOAL)).toBeVisible();
  await expect(page.getByText(fill(goals.team.of, { team: TEAM }))).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the team’s goal (member)');
  await page.getByRole('button', { name: circles.panel.start }).click();
  await expect(pageTitle(page, fill(circles.circle.title, { n: 1 }))).toBeVisible();
  await expect(page.getByText(circles.circle.teamWorks)).toBeVisible();
  // The team's circle speaks to the team ("I"), not to one person.
  await expect(page.getByText(circles.forms.team_circle.plan.intro)).toBeVisible();
  const field = (key: keyof typeof PLAN) =>
    page.getByRole('textbox', { name: circles.forms.team_circle.plan[key].label, exact: true });
  await field('theme').fill(PLAN.theme);
  await field('focus').fill(PLAN.focus);
  await page.getByRole('button', { name: circles.circle.save, exact: true }).click();
  await expect(page.getByText(circles.circle.saved)).toBeVisible();
  const circleUrl = page.url();
  await expectAccessibleAtAllWidths(page, 'the team’s circle (member)');

  await signInAs(page, LENE.email);
  await page.goto(circleUrl);
  await expect(field('theme')).toHaveValue(PLAN.theme);
  await field('professionalLearning').fill(PLAN.professionalLearning);
  await field('intendedChange').fill(PLAN.intendedChange);
  await page.getByRole('checkbox', { name: circles.circle.markDone }).first().check();
  await page.getByRole('button', { name: circles.circle.save, exact: true }).click();
  await expect(page.getByText(circles.circle.saved)).toBeVisible();
  await expect(page.getByText(fill(circles.circle.progress, { done: 1, total: 6 }))).toBeVisible();

  // The conversation shows where the team's circle stands.
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'before');
  const prepare = page.getByRole('region', { name: talks.prepare.title });
  await expect(prepare.getByRole('link', { name: TEAM_GOAL })).toBeVisible();
  await expect(
    prepare.getByText(fill(talks.prepare.circlePhase, { phase: talks.prepare.phases.action })).first(),
  ).toBeVisible();
});

test('Lene brings her own goal in after confirming the share, and it is on the agenda', async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, LENE.email);
  // Her own goal, written earlier (the goals journey walks that); with two in focus one waits.
  let mine = await api<{ goal: { id: string }; error?: { inFocus: { id: string }[] } }>(
    page,
    'POST',
    '/goals',
    {
      title: LENES_GOAL,
      source: 'practice',
    },
  );
  if (mine.status === 409) {
    mine = await api(page, 'POST', '/goals', {
      title: LENES_GOAL,
      source: 'practice',
      putAsideGoalId: mine.json.error!.inFocus[0]!.id,
      putAsideReason: 'Det venter til efter jul.',
    });
  }
  expect(mine.status).toBe(201);
  const goalId = mine.json.goal.id;

  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'before');
  await expect(pageTitle(page, fill(team.title, { team: TEAM }))).toBeVisible();
  const prepare = page.getByRole('region', { name: talks.prepare.title });
  await choose(page, label(team.bring.goal), LENES_GOAL);
  // Bringing it in shares it with the team: not without saying yes to that.
  await prepare.getByRole('button', { name: team.bring.submit }).click();
  await expect(prepare.getByText(team.bring.confirmRequired)).toBeVisible();
  await prepare.getByRole('checkbox', { name: team.bring.confirm }).check();
  await prepare.getByRole('button', { name: team.bring.submit }).click();
  await expect(page.getByText(team.bring.brought)).toBeVisible();
  const agenda = prepare.getByRole('listitem').filter({ hasText: LENES_GOAL });
  await expect(agenda).toContainText(LENE.name);
  await expect(agenda.getByRole('link', { name: new RegExp(team.bring.openGoal) })).toHaveAttribute(
    'href',
    `/goals/${goalId}`,
  );
  // The pointer leaves the button it pressed: a hovered filled button is one shade lighter (see the report).
  await page.mouse.move(0, 0);
  await expectAccessibleAtAllWidths(page, 'the TUS while preparing (participant)');

  // Karen, on the team, now reads Lene's goal through the share; she cannot change it.
  await signInAs(page, KAREN.email);
  const asKaren = await api<{ relation: string; can: { edit: boolean } }>(page, 'GET', `/goals/${goalId}`);
  expect(asKaren.status).toBe(200);
  expect(asKaren.json).toMatchObject({ relation: 'shared', can: { edit: false } });
});

test('Karen runs a round on the shared screen while Lene follows on her phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, KAREN.email);
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(page.getByRole('heading', { name: team.frame.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the TUS (facilitator)');
  await page.getByRole('link', { name: team.frame.screen }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${dlg.frame.title}: ${TEAM}` })).toBeVisible();
  await page.getByRole('button', { name: dlg.rounds.newRound }).click();
  const modal = page.getByRole('dialog', { name: dlg.rounds.newRoundTitle });
  await modal.getByText(dlg.prompts.checkIn.split(':')[0]!, { exact: true }).click();
  await modal.getByRole('button', { name: dlg.rounds.start }).click();
  await expect(modal).toBeHidden();
  const leneRow = page
    .getByRole('list', { name: dlg.rounds.order })
    .getByRole('listitem')
    .filter({ hasText: LENE.name });
  await expect(leneRow).toContainText(dlg.rounds.states.waiting);

  const lene = await phone(browser, { baseURL, email: LENE.email });
  await lene.page.goto(`/conversations/${conversationId}`);
  await openStep(lene.page, 'during');
  await lene.page.getByRole('link', { name: team.frame.open }).click();
  await expect(lene.page.getByText(dlg.prompts.checkIn)).toBeVisible();
  await expectAccessible(lene.page, 'the meeting frame on a phone (participant)');
  await lene.page.getByRole('button', { name: dlg.rounds.mine.spoken }).click();
  await expect(lene.page.getByText(dlg.rounds.mine.done)).toBeVisible();

  await expect(leneRow).toContainText(dlg.rounds.states.spoken);
  await expectAccessible(page, 'the shared screen at 1280 px');
  expect(lene.errors, 'errors thrown in the phone’s browser').toEqual([]);
  await lene.close();
});

test('agreements with owners and dates, notes and a summary; held, and the next date follows the rhythm', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // Julie keeps a private note of her own first.
  await signInAs(page, JULIE.email);
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  const during = page.getByRole('region', { name: talks.during.title });
  await during.getByRole('textbox', { name: talks.during.privateTitle }).fill(JULIES_NOTE);
  await during.getByRole('button', { name: talks.during.savePrivate }).click();
  await expect(page.getByText(talks.during.privateSaved)).toBeVisible();

  await signInAs(page, KAREN.email);
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  const inTalk = page.getByRole('region', { name: talks.during.title });
  await expect(inTalk.getByText(team.followUpEmpty)).toBeVisible();
  await expect(inTalk.getByText(LENES_GOAL)).toBeVisible();
  for (const [text, owner, days] of [
    [AGREEMENT_JULIE, JULIE.name, 14],
    [AGREEMENT_LENE, LENE.name, 21],
  ] as const) {
    await inTalk.getByLabel(label(talks.during.agreementText)).fill(text);
    await choose(page, label(talks.during.owner), owner);
    await inTalk.getByLabel(talks.during.dueDate).fill(copenhagenDay(days));
    await inTalk.getByRole('button', { name: talks.during.addAgreement }).click();
    await expect(inTalk.getByText(text)).toBeVisible();
    await expect(
      inTalk.getByText(fill(talks.during.ownerIs, { name: owner }), { exact: true }).first(),
    ).toBeVisible();
  }
  await inTalk
    .getByLabel(talks.during.sharedNotes)
    .fill('Runden viste, at alle oplever de samme urolige minutter efter frikvarteret.');
  await inTalk.getByRole('button', { name: talks.during.saveNotes }).click();
  await expect(page.getByText(talks.during.notesSaved)).toBeVisible();
  // Karen's private note box is her own and empty: Julie's note is nowhere on her page.
  await expect(inTalk.getByRole('textbox', { name: talks.during.privateTitle })).toHaveValue('');
  await expect(page.getByText(JULIES_NOTE)).toHaveCount(0);

  await openStep(page, 'after');
  const after = page.getByRole('region', { name: talks.after.title });
  await after
    .getByLabel(talks.after.summary)
    .fill('Vi afprøver faste sprogpauser i overgangene i tre uger og ser på billedkortene næste gang.');
  await after.getByRole('button', { name: talks.after.saveSummary }).click();
  await expect(page.getByText(talks.after.summarySaved)).toBeVisible();
  // It has begun (a conversation is held only once it has); the rhythm counts from then.
  const began = await beginNow(page, conversationId);
  await page.reload();
  await openStep(page, 'after');
  await markHeld(page);
  await expect(page.getByText(talks.after.held)).toBeVisible();
  await expect(page.getByText(talks.status.held).first()).toBeVisible();
  // The next one comes from the team's rhythm (every eighth week), planned in one click.
  await expect(after.getByText(pattern(team.nextProposed))).toContainText('hver 8. uge');
  await expectAccessibleAtAllWidths(page, 'the held TUS (facilitator)');
  await after.getByRole('button', { name: team.scheduleNext }).click();
  await expect(after.getByText(pattern(team.nextPlanned))).toBeVisible();
  const next = await api<{
    cadence: { intervalWeeks: number; nextPlanned: { id: string; startsAt: string } };
  }>(page, 'GET', `/conversations/${conversationId}`);
  expect(next.json.cadence.intervalWeeks).toBe(8);
  const gap = new Date(next.json.cadence.nextPlanned.startsAt).getTime() - began.getTime();
  expect(gap / (24 * 60 * 60 * 1000)).toBeGreaterThanOrEqual(8 * 7 - 1);
  await after.getByRole('link', { name: talks.after.openNext }).click();
  await expect(pageTitle(page, fill(team.title, { team: TEAM }))).toBeVisible();
  await expect(page.getByText(talks.status.planned).first()).toBeVisible();

  // Last time's open agreements are followed up first in the next one.
  await openStep(page, 'during');
  const nextTalk = page.getByRole('region', { name: talks.during.title });
  await expect(nextTalk.getByText(AGREEMENT_JULIE)).toBeVisible();
  await expect(nextTalk.getByText(AGREEMENT_LENE)).toBeVisible();
});

test('Julie’s private note is hers alone: not on Lene’s or Thomas’s page, in print or in the API', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await expectJuliesNoteHersAlone(page, conversationId);
});
