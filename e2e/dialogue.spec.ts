import {
  test,
  expect,
  signInWithPassword,
  waitUntilSignedIn,
  DEMO_PASSWORD,
  demoAccountEmail,
  label,
} from './fixtures';
import { phone } from './phone';
import { expectAccessible, expectAccessibleAtAllWidths, expectNoSidewaysScroll } from './axe';
import { api, fill, pageTitle } from './individual';
import { dialogueMessages } from '../src/modules/dialogue/web/messages';

/*
 * Lone (the daycare's leader) leads a team meeting of the staff on Sommerfuglestuen on a 1280
 * laptop showing the shared screen, while Sofie follows on her phone: Lone sets the stage and the
 * team's guidelines, opens a round, Sofie marks her turn on the phone and the shared screen shows
 * it; Lone points to a guideline and Sofie's phone shows that too.
 */
const d = dialogueMessages.da;
const TEAM = 'Personalet på Sommerfuglestuen';
const LISTEN = dialogueMessages.da.suggestedGuidelines.listen;
const PRACTICE = dialogueMessages.da.suggestedGuidelines.practice;

test('a team meeting with rounds on the shared screen while a participant follows on a phone', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two browsers, polling and five axe runs: longer than the default on a busy machine.
  test.setTimeout(180_000);
  await signInWithPassword(page, demoAccountEmail('institutionLeader'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'institutionLeader');

  // The team meeting itself is planned through the API; the conversations module's own journey walks that.
  const me = await api<{ person: { id: string } }>(page, 'GET', '/auth/me');
  const teams = await api<{ teams: { id: string; name: string }[] }>(page, 'GET', '/teams');
  const team = teams.json.teams.find((x) => x.name === TEAM);
  expect(team, 'the demo team').toBeTruthy();
  const created = await api<{ conversation: { id: string } }>(page, 'POST', '/conversations', {
    kind: 'team',
    teamId: team!.id,
    facilitatorId: me.json.person.id,
    startsAt: new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString(),
    durationMinutes: 60,
  });
  expect(created.status).toBe(201);
  const id = created.json.conversation.id;

  // A two-person talk is not offered the team's rounds (issue 14): the 1:1 page has no meeting-frame link.
  const people = await api<{ people: { id: string; name: string }[] }>(page, 'GET', '/people?pageSize=200');
  const sofieId = people.json.people.find((p) => p.name === 'Sofie Andersen')!.id;
  const oneToOne = await api<{ conversation: { id: string } }>(page, 'POST', '/conversations', {
    kind: 'one_to_one',
    personId: sofieId,
    startsAt: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString(),
    durationMinutes: 30,
  });
  expect(oneToOne.status).toBe(201);
  await page.goto(`/conversations/${oneToOne.json.conversation.id}`);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: d.link })).toHaveCount(0);
  // Cancelled again, so the journeys after this one find Lone and Sofie's 1:1s as they left them.
  const cancelled = await api(page, 'POST', `/conversations/${oneToOne.json.conversation.id}/cancel`, {
    version: 1,
  });
  expect(cancelled.status).toBe(200);

  await page.goto(`/conversations/${id}/frame`);
  await expect(pageTitle(page, `${d.frame.title}: ${TEAM}`)).toBeVisible();

  // Set the stage: the purpose.
  await page.getByRole('button', { name: d.stage.editPurpose }).click();
  await page
    .getByLabel(label(d.stage.purpose))
    .fill('Vi deler, hvad vi har set i vores sprogarbejde, og vælger ét fælles næste skridt.');
  await page.getByRole('button', { name: d.stage.savePurpose }).click();
  await expect(page.getByText('Vi deler, hvad vi har set i vores sprogarbejde')).toBeVisible();

  // The team's own guidelines, started from two suggestions.
  await page.getByRole('button', { name: d.guidelines.write }).click();
  const editor = page.getByRole('dialog', { name: d.guidelines.editTitle });
  await editor.getByRole('button', { name: fill(d.guidelines.addSuggestion, { text: LISTEN }) }).click();
  await editor.getByRole('button', { name: fill(d.guidelines.addSuggestion, { text: PRACTICE }) }).click();
  await expect(editor.getByRole('textbox', { name: fill(d.guidelines.item, { n: 2 }) })).toHaveValue(
    PRACTICE,
  );
  await editor.getByRole('button', { name: d.guidelines.save }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: PRACTICE })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the meeting frame (facilitator)');

  // The shared screen on the 1280 laptop; a round with a suggested prompt.
  await page.getByRole('link', { name: d.frame.openScreen }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${d.frame.title}: ${TEAM}` })).toBeVisible();
  await expect(page.getByText(d.screen.waiting)).toBeVisible();
  await page.getByRole('button', { name: d.rounds.newRound }).click();
  const modal = page.getByRole('dialog', { name: d.rounds.newRoundTitle });
  await modal.getByText(d.prompts.checkIn.split(':')[0]!, { exact: true }).click();
  await expect(modal.getByLabel(label(d.rounds.prompt))).toHaveValue(d.prompts.checkIn);
  await modal.getByRole('button', { name: d.rounds.start }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByText(d.prompts.checkIn)).toBeVisible();
  const order = page.getByRole('list', { name: d.rounds.order });
  const sofieRow = order.getByRole('listitem').filter({ hasText: 'Sofie Andersen' });
  await expect(sofieRow).toContainText(d.rounds.states.waiting);

  // Sofie follows on her phone in a browser of her own.
  const onPhone = await phone(browser, { baseURL });
  const sofie = onPhone.page;
  await signInWithPassword(sofie, demoAccountEmail('employee'), DEMO_PASSWORD);
  await waitUntilSignedIn(sofie, 'employee');
  await sofie.goto(`/conversations/${id}/frame`);
  await expect(sofie.getByText(d.prompts.checkIn)).toBeVisible();
  await expect(sofie.getByRole('heading', { name: d.rounds.mine.title })).toBeVisible();
  await expectAccessible(sofie, 'the meeting frame on a phone (participant)');
  await expectNoSidewaysScroll(sofie, 'the phone view');
  await sofie.getByRole('button', { name: d.rounds.mine.spoken }).click();
  await expect(sofie.getByText(d.rounds.mine.done)).toBeVisible();

  // The shared screen shows it within a poll or two.
  await expect(sofieRow).toContainText(d.rounds.states.spoken);
  await expect(
    page.getByText(fill(d.rounds.next, { name: '' }).trim(), { exact: false }).first(),
  ).toBeVisible();

  // A gentle reminder: Lone points to a guideline; the screen and Sofie's phone show it.
  await page.getByRole('button', { name: fill(d.guidelines.pointLabel, { text: PRACTICE }) }).click();
  const banner = page.getByRole('status').filter({ hasText: d.screen.remember });
  await expect(banner).toContainText(PRACTICE);
  await expect(sofie.getByRole('listitem').filter({ hasText: PRACTICE })).toContainText(d.guidelines.pointed);

  await expectAccessible(page, 'the shared screen at 1280 px');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectAccessible(page, 'the shared screen at 1920 px');
  await expectNoSidewaysScroll(page, 'the shared screen at 1920 px');
  // The shared screen never shows anyone's notes.
  await expect(page.getByText(/privat note|private note/i)).toHaveCount(0);

  expect(onPhone.errors, 'errors thrown in the phone’s browser').toEqual([]);
  await onPhone.close();
});
