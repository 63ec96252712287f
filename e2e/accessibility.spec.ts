import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { auth, da, DEMO_PASSWORD, demoAccountEmail, expect, signInWithPassword, test } from './fixtures';
import { api, copenhagenDay, goals as goalTexts } from './individual';
import { DEMO_PEOPLE, demoEmail, type DemoAccount } from '../src/modules/demo/data';
import { overviewMessages } from '../src/modules/overview/web/messages';

/**
 * Every page each kind of person reaches, checked with axe-core at desktop and phone width: the
 * signed-out pages, HR, the organisation admin, the area leader, an institution leader, an
 * employee with no history and one with a year of it, and the resource person on her team. The
 * journeys check pages in use; this makes sure no page is left out. Ids come from the API the
 * pages use; what the demo year does not hold (a forum with an open evaluation, a team goal, a
 * team conversation, a lever plan) is made through the API, away from what the journeys use.
 */

// Each page is checked at two widths on a machine that is often busy: patience, not retries.
test.use({ actionTimeout: 30_000 });
const TIMEOUT = 600_000;
const RUN = Date.now().toString(36).slice(-5);
const YEAR = Number(copenhagenDay().slice(0, 4));
const MIKKEL = 'Mikkel Jensen';
const THOMAS = 'Thomas Bach';
const MATH_TEAM = 'Matematikteamet';
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

interface PageCheck {
  path: string;
  /** What shows once the page is there: its h2 (the default), or an alert (an error state). */
  ready?: 'h2' | 'alert';
  /** The h2 the page must show (the default: any h2, and no not-found or error state). */
  title?: string;
}
type Check = string | PageCheck;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api${path}`);
  expect(res.status(), `GET /api${path}`).toBe(200);
  return (await res.json()) as T;
}

async function created<T>(page: Page, path: string, body: unknown): Promise<T> {
  const res = await api<T>(page, 'POST', path, body);
  expect(res.status, `POST /api${path}: ${JSON.stringify(res.json)}`).toBe(201);
  return res.json;
}

interface Ref {
  id: string;
  name: string;
}
const findByName = <T extends Ref>(list: T[], name: string, what: string): T => {
  const found = list.find((x) => x.name === name);
  expect(found, `${what} ${name}`).toBeTruthy();
  return found!;
};

const me = (page: Page) => getJson<{ person: { id: string } }>(page, '/auth/me').then((m) => m.person.id);
const person = async (page: Page, name: string) =>
  findByName((await getJson<{ people: Ref[] }>(page, '/people?pageSize=200')).people, name, 'the person');
const team = async (page: Page, name: string) =>
  findByName((await getJson<{ teams: Ref[] }>(page, '/teams')).teams, name, 'the team');

interface ConversationItem {
  id: string;
  kind: string;
  status: string;
  subject?: Ref;
}
/** A held 1:1 of the signed-in person with `subject`, from the conversations list. */
async function heldOneToOne(page: Page, subject: string): Promise<string> {
  const list = await getJson<{ upcoming: ConversationItem[]; past: ConversationItem[] }>(
    page,
    '/conversations',
  );
  const held = list.past.find(
    (c) => c.kind === 'one_to_one' && c.status === 'held' && c.subject?.name === subject,
  );
  expect(held, `a held 1:1 with ${subject}`).toBeTruthy();
  return held!.id;
}

/** A person's goal in focus and the learning circle of it, as their leader or they themselves read them. */
async function goalWithCircle(page: Page, personId?: string): Promise<{ goalId: string; circleId: string }> {
  const list = await getJson<{ goals: { id: string; status: string }[] }>(
    page,
    personId ? `/goals?personId=${personId}` : '/goals',
  );
  const goal = list.goals.find((g) => g.status === 'in_focus');
  expect(goal, 'a goal in focus').toBeTruthy();
  const circles = await getJson<{ circles: { id: string }[] }>(page, `/circles?goalId=${goal!.id}`);
  expect(circles.circles[0], 'a learning circle of the goal').toBeTruthy();
  return { goalId: goal!.id, circleId: circles.circles[0]!.id };
}

/**
 * A forum of Græshoppestuen (not a room any journey uses) with a meeting today and its one-minute
 * evaluation open, made by the daycare's leader once per run.
 */
let evaluation: { forumId: string; code: string } | null = null;
async function openEvaluation(page: Page): Promise<{ forumId: string; code: string }> {
  if (evaluation) return evaluation;
  const forums = await getJson<{ manageableUnits: Ref[] }>(page, '/forums');
  const unit = findByName(forums.manageableUnits, 'Græshoppestuen', 'the unit');
  const { forum } = await created<{ forum: { id: string } }>(page, '/forums', {
    unitId: unit.id,
    level: 'intervention',
    name: `Stuemøde på Græshoppestuen ${RUN}`,
    purpose: 'Vi deler, hvad vi har set hos børnene i ugens løb, og aftaler én ting at prøve.',
    cadence: 'Hver anden uge',
    duration: '45 minutter',
  });
  const { meeting } = await created<{ meeting: { id: string } }>(page, `/forums/${forum.id}/meetings`, {
    heldOn: copenhagenDay(),
  });
  const opened = await created<{ evaluation: { code: string } }>(page, `/meetings/${meeting.id}/evaluation`, {
    days: 7,
  });
  evaluation = { forumId: forum.id, code: opened.evaluation.code };
  return evaluation;
}

/** Signs in as a demo account, or as any demo person by name. */
async function signInAs(page: Page, who: DemoAccount | string) {
  await page.context().clearCookies();
  const account = DEMO_PEOPLE.some((p) => p.account === who);
  await signInWithPassword(
    page,
    account ? demoAccountEmail(who as DemoAccount) : demoEmail(who),
    DEMO_PASSWORD,
  );
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
}

async function checkPages(page: Page, who: string, checks: Check[]) {
  for (const check of checks) {
    const { path, ready = 'h2', title } = typeof check === 'string' ? { path: check } : check;
    await test.step(`${path} as ${who}`, async () => {
      await page.goto(path);
      const shown =
        ready === 'alert'
          ? page.getByRole('alert').first()
          : page.getByRole('heading', { level: 2, ...(title ? { name: title } : {}) }).first();
      await expect(shown, `${path} as ${who}`).toBeVisible();
      // Let queries settle, so loading skeletons are not what axe sees.
      await page.waitForLoadState('networkidle');
      if (ready !== 'alert' && title !== da.states.notFoundTitle) {
        // A page that loaded: not a not-found or error state in a page's frame.
        await expect(
          page.getByText(da.states.notFoundTitle, { exact: true }),
          `${path} as ${who}`,
        ).toHaveCount(0);
        await expect(page.getByText(da.states.errorTitle, { exact: true }), `${path} as ${who}`).toHaveCount(
          0,
        );
      }
      await expectAccessibleAtAllWidths(page, `${path} as ${who}`);
    });
  }
}

/** The main navigation's entry marked as the current page (at desktop width, where it shows). */
async function expectCurrentNav(page: Page, label: string) {
  const nav = page.getByRole('navigation', { name: da.nav.main });
  await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
}

test('the signed-out pages are accessible: sign-in, a forgotten password, a bad link, a page that does not exist', async ({
  page,
}) => {
  test.setTimeout(TIMEOUT);
  await checkPages(page, 'someone signed out', [
    { path: '/login', title: auth.da.login.title },
    '/forgot-password',
    { path: '/set-password', title: auth.da.setPassword.problemTitle },
    { path: '/set-password?token=not-a-token-anyone-was-sent', title: auth.da.setPassword.problemTitle },
    { path: '/no-such-page', title: da.states.notFoundTitle },
  ]);
  // A page behind sign-in sends a signed-out visitor to sign in first.
  await page.goto('/goals');
  await expect(page).toHaveURL(/\/login/);
});

test('every page HR uses is accessible', async ({ page }) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'hr');
  const personId = (await person(page, MIKKEL)).id;
  const unitId = (await getJson<{ units: Ref[] }>(page, '/units')).units[0]!.id;
  const teamId = (await team(page, MATH_TEAM)).id;
  await checkPages(page, 'hr', [
    '/',
    '/people',
    `/people/${personId}`,
    '/units',
    `/units/${unitId}`,
    '/teams',
    `/teams/${teamId}`,
    '/import',
    '/frames',
    '/development',
    '/goals',
    '/conversations',
    '/feedback',
    '/levers',
    '/forums',
    '/my-access',
    '/reminders',
    '/settings',
    // HR sees a team, not its content.
    { path: `/team-development/${teamId}`, ready: 'alert' },
    { path: '/no-such-page', title: da.states.notFoundTitle },
  ]);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.home);
  await page.goto(`/teams/${teamId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, da.nav.teams);
});

test('every page the organisation admin uses is accessible', async ({ page }) => {
  test.setTimeout(TIMEOUT);
  await signInAs(page, 'orgAdmin');
  const personId = (await getJson<{ people: Ref[] }>(page, '/people?pageSize=1')).people[0]!.id;
  const unitId = (await getJson<{ units: Ref[] }>(page, '/units')).units[0]!.id;
  const teamId = (await getJson<{ teams: Ref[] }>(page, '/teams')).teams[0]!.id;
  await checkPages(page, 'orgAdmin', [
    '/',
    '/people',
    `/people/${personId}`,
    '/units',
    `/units/${unitId}`,
    '/teams',
    `/teams/${teamId}`,
    '/import',
    '/organisation',
    '/frames',
    '/my-access',
    '/outbox',
    '/settings',
    '/reminders',
  ]);
});

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

  // Someone else's goal belongs with her own and her people's goals; their development with the overview.
  await page.goto(`/goals/${goalId}`);
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await expectCurrentNav(page, goalTexts.nav);
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
