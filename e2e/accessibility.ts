import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import { da, DEMO_PASSWORD, demoAccountEmail, expect, signInWithPassword, test } from './fixtures';
import { api, copenhagenDay } from './individual';
import { DEMO_PEOPLE, type DemoAccount } from '../src/modules/demo/data';
import { demoEmail } from './accounts';

/**
 * Shared by accessibility-*.spec.ts. Every page each kind of person reaches, checked with axe-core
 * at desktop and phone width: the
 * signed-out pages, HR, the organisation admin, the area leader, an institution leader, an
 * employee with no history and one with a year of it, and the resource person on her team. The
 * journeys check pages in use; this makes sure no page is left out. Ids come from the API the
 * pages use; what the demo year does not hold (a forum with an open evaluation, a team goal, a
 * team conversation, a lever plan) is made through the API, away from what the journeys use.
 */

export const TIMEOUT = 600_000;
export const RUN = Date.now().toString(36).slice(-5);
export const YEAR = Number(copenhagenDay().slice(0, 4));
export const MIKKEL = 'Mikkel Jensen';
export const THOMAS = 'Thomas Bach';
export const MATH_TEAM = 'Matematikteamet';
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

export interface PageCheck {
  path: string;
  /** What shows once the page is there: its h2 (the default), or an alert (an error state). */
  ready?: 'h2' | 'alert';
  /** The h2 the page must show (the default: any h2, and no not-found or error state). */
  title?: string;
}
export type Check = string | PageCheck;

export async function getJson<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api${path}`);
  expect(res.status(), `GET /api${path}`).toBe(200);
  return (await res.json()) as T;
}

export async function created<T>(page: Page, path: string, body: unknown): Promise<T> {
  const res = await api<T>(page, 'POST', path, body);
  expect(res.status, `POST /api${path}: ${JSON.stringify(res.json)}`).toBe(201);
  return res.json;
}

export interface Ref {
  id: string;
  name: string;
}
export const findByName = <T extends Ref>(list: T[], name: string, what: string): T => {
  const found = list.find((x) => x.name === name);
  expect(found, `${what} ${name}`).toBeTruthy();
  return found!;
};

export const me = (page: Page) =>
  getJson<{ person: { id: string } }>(page, '/auth/me').then((m) => m.person.id);
export const person = async (page: Page, name: string) =>
  findByName((await getJson<{ people: Ref[] }>(page, '/people?pageSize=200')).people, name, 'the person');
export const team = async (page: Page, name: string) =>
  findByName((await getJson<{ teams: Ref[] }>(page, '/teams')).teams, name, 'the team');

export interface ConversationItem {
  id: string;
  kind: string;
  status: string;
  subject?: Ref;
}
/** A held 1:1 of the signed-in person with `subject`, from the conversations list. */
export async function heldOneToOne(page: Page, subject: string): Promise<string> {
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
export async function goalWithCircle(
  page: Page,
  personId?: string,
): Promise<{ goalId: string; circleId: string }> {
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
export async function openEvaluation(page: Page): Promise<{ forumId: string; code: string }> {
  if (evaluation) return evaluation;
  const forums = await getJson<{ manageableUnits: Ref[] }>(page, '/forums');
  const unit = findByName(forums.manageableUnits, 'Græshoppestuen', 'the unit');
  const { forum } = await created<{ forum: { id: string } }>(page, '/forums', {
    unitId: unit.id,
    level: 'intervention',
    name: `Stuemøde på Græshoppestuen ${RUN}`,
    purpose: 'Vi deler, hvad vi har set hos børnene i ugens løb, og aftaler én ting at prøve.',
    cadenceEvery: 2,
    cadenceUnit: 'week',
    durationMinutes: 45,
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
export async function signInAs(page: Page, who: DemoAccount | string) {
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

export async function checkPages(page: Page, who: string, checks: Check[]) {
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
export async function expectCurrentNav(page: Page, label: string) {
  const nav = page.getByRole('navigation', { name: da.nav.main });
  await expect(nav.getByRole('link', { name: label, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
}
