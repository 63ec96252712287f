import { da, expect, test } from './fixtures';
import { copenhagenDay, goals as goalTexts } from './individual';
import { overviewMessages } from '../src/modules/overview/web/messages';
import {
  TIMEOUT,
  RUN,
  YEAR,
  MIKKEL,
  THOMAS,
  MATH_TEAM,
  NO_SUCH_ID,
  getJson,
  created,
  type Ref,
  findByName,
  me,
  person,
  team,
  type ConversationItem,
  heldOneToOne,
  goalWithCircle,
  openEvaluation,
  signInAs,
  checkPages,
  expectCurrentNav,
} from './accessibility';

/**
 * Accessibility of every page leaders on both layers, employees and the resource person reach
 * (see ./accessibility.ts).
 */

// Each page is checked at two widths on a machine that is often busy: patience, not retries.
test.use({ actionTimeout: 30_000 });

test('every page an institution leader uses is accessible, her people’s development included', async ({
  page,
}) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'institutionLeader');
  const ledTeamId = (await getJson<{ teams: Ref[] }>(page, '/teams')).teams[0]!.id;
  const mikkel = (await person(page, MIKKEL)).id;
  const { goalId, circleId } = await goalWithCircle(page, mikkel);
  const talkId = await heldOneToOne(page, MIKKEL);
  const { forumId, code } = await openEvaluation(page);
  const safety = await getJson<{ teams: Ref[] }>(page, '/safety-checks/teams');
  const safetyTeam = findByName(safety.teams, 'Personalet på Sommerfuglestuen', 'a team with safety checks');
  await checkPages(page, 'institutionLeader', [
    '/',
    '/overview',
    '/development',
    '/goals',
    `/goals?personId=${mikkel}`,
    '/conversations',
    '/feedback',
    '/feedback/new',
    '/frames',
    '/people',
    `/people/${mikkel}`,
    `/team-development/${ledTeamId}`,
    `/development/${mikkel}`,
    `/development/${mikkel}/year/${YEAR}`,
    `/goals/${goalId}`,
    `/circles/${circleId}`,
    `/circles/${circleId}/print`,
    `/conversations/${talkId}`,
    `/conversations/${talkId}/print`,
    `/conversations/${talkId}/frame`,
    `/conversations/${talkId}/screen`,
    '/forums',
    `/forums/${forumId}`,
    `/e/${code}`,
    `/safety/${safetyTeam.id}`,
    '/levers',
    '/levers/toolbox',
  ]);

  // The goal of someone she leads, like their development, belongs with her overview, not 'Mine mål'.
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, overviewMessages.da.nav);
  await page.goto(`/development/${mikkel}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, overviewMessages.da.nav);
});

test('every page an employee uses is accessible, with no history and with a year of it', async ({ page }) => {
  test.setTimeout(TIMEOUT);
  // The evaluation link is handed out by the leader; anyone in the organisation may open it.
  await signInAs(page, 'institutionLeader');
  const { code } = await openEvaluation(page);

  await signInAs(page, 'employee');
  const myTeamId = (await getJson<{ teams: Ref[] }>(page, '/teams')).teams[0]!.id;
  await checkPages(page, 'employee', [
    `/team-development/${myTeamId}`,
    '/',
    '/development',
    '/goals',
    '/conversations',
    '/feedback',
    '/feedback/new',
    '/levers',
    '/forums',
    `/e/${code}`,
    '/units',
    '/teams',
    '/my-access',
    '/reminders',
    '/settings',
    // A goal she may not read (or that is gone), and a page that does not exist.
    { path: `/goals/${NO_SUCH_ID}`, ready: 'alert' },
    { path: '/no-such-page', title: da.states.notFoundTitle },
  ]);

  // Mikkel Jensen has a year behind him: his goal, its circle and his 1:1s, as he sees them.
  await signInAs(page, MIKKEL);
  const mikkel = await me(page);
  const { goalId, circleId } = await goalWithCircle(page);
  const list = await getJson<{ past: ConversationItem[] }>(page, '/conversations');
  const talk = list.past.find((c) => c.kind === 'one_to_one' && c.status === 'held');
  expect(talk, 'a held 1:1 of his').toBeTruthy();
  await checkPages(page, MIKKEL, [
    '/',
    '/development',
    `/development/${mikkel}/year/${YEAR}`,
    '/goals',
    `/goals/${goalId}`,
    `/circles/${circleId}`,
    `/circles/${circleId}/print`,
    '/conversations',
    `/conversations/${talk!.id}`,
    `/conversations/${talk!.id}/print`,
    `/conversations/${talk!.id}/frame`,
    `/conversations/${talk!.id}/screen`,
    '/feedback',
  ]);
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, goalTexts.nav);
});

test('every page the area leader uses is accessible, an institution leader’s development included', async ({
  page,
}) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'areaLeader');
  const thomas = (await person(page, THOMAS)).id;
  const talkId = await heldOneToOne(page, THOMAS);
  await checkPages(page, 'areaLeader', [
    '/',
    '/overview',
    '/development',
    '/goals',
    `/goals?personId=${thomas}`,
    '/conversations',
    '/feedback',
    '/frames',
    '/people',
    `/development/${thomas}`,
    `/development/${thomas}/year/${YEAR}`,
    `/conversations/${talkId}`,
    `/conversations/${talkId}/print`,
    '/forums',
    '/levers',
  ]);
});

test('every page the resource person uses on her team is accessible: its goal, conversation and levers', async ({
  page,
}) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'resourcePerson');
  const karen = await me(page);
  const math = await team(page, MATH_TEAM);
  const { goal } = await created<{ goal: { id: string } }>(page, '/goals', {
    teamId: math.id,
    title: `Eleverne forklarer deres regnestrategier for hinanden (${RUN})`,
    why: 'Når eleverne siger deres strategi højt, ser vi, hvor de går i stå.',
    progressSigns: 'Flere elever bruger ordene fra tavlen, når de forklarer.',
  });
  const { conversation } = await created<{ conversation: { id: string } }>(page, '/conversations', {
    kind: 'team',
    teamId: math.id,
    facilitatorId: karen,
    startsAt: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(),
    durationMinutes: 60,
  });
  const { plan } = await created<{ plan: { id: string; levers: { id: string }[] } }>(page, '/lever-plans', {
    teamId: math.id,
    title: `Matematikteamets læringsmiljø ${RUN}`,
    periodStart: copenhagenDay(),
    periodEnd: copenhagenDay(180),
    levers: ['learn_from_colleague', 'learn_from_newcomers'],
  });
  await created(page, `/lever-plans/${plan.id}/actions`, {
    planLeverId: plan.levers[0]!.id,
    text: 'Vi besøger hinandens timer to gange før jul og fortæller, hvad vi så',
    ownerId: karen,
    dueDate: copenhagenDay(30),
  });
  await checkPages(page, 'resourcePerson', [
    '/',
    '/overview',
    '/development',
    '/goals',
    '/conversations',
    '/teams',
    `/teams/${math.id}`,
    `/team-development/${math.id}`,
    `/goals/${goal.id}`,
    `/conversations/${conversation.id}`,
    `/conversations/${conversation.id}/print`,
    `/conversations/${conversation.id}/frame`,
    `/conversations/${conversation.id}/screen`,
    `/safety/${math.id}`,
    '/levers',
    `/levers/plans/${plan.id}`,
    '/forums',
  ]);

  // The team's goal is found through the team (its development page lists it), not among her own goals.
  await page.goto(`/goals/${goal.id}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.teams);
  await page.goto(`/team-development/${math.id}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.teams);
});
