import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccountEmail, expect, signInWithPassword, waitUntilSignedIn } from './fixtures';
import type { DemoAccount } from '../src/modules/demo/data';
import { framingMessages } from '../src/modules/framing/web/messages';
import { goalsMessages } from '../src/modules/goals/web/messages';
import { inquiryMessages } from '../src/modules/inquiry/web/messages';
import { conversationsMessages } from '../src/modules/conversations/web/messages';
import { feedbackMessages } from '../src/modules/feedback/web/messages';
import { remindersMessages } from '../src/modules/reminders/web/messages';
import { overviewMessages } from '../src/modules/overview/web/messages';

/**
 * What the individual track's journeys (e2e/individual-*.spec.ts) share: the Danish texts of its
 * modules, the people of the demo organisation they follow, and small steps they all take.
 */
export const frames = framingMessages.da;
export const goals = goalsMessages.da;
export const circles = inquiryMessages.da;
export const talks = conversationsMessages.da;
export const feedbackTexts = feedbackMessages.da;
export const reminders = remindersMessages.da;
export const overview = overviewMessages.da;

export const SOFIE = { name: 'Sofie Andersen', email: demoAccountEmail('employee') };
export const LONE = { name: 'Lone Mikkelsen', email: demoAccountEmail('institutionLeader') };
export const HANNE = { name: 'Hanne Vestergaard', email: demoAccountEmail('areaLeader') };

/** Fills `{name}` style placeholders of a message. */
export const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? `{${k}}`));

/** A message as a pattern with its placeholders free: for texts with a date or a name inside. */
export const pattern = (text: string) =>
  new RegExp(
    text
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+'),
  );

/** Signs out whoever is signed in (by forgetting the session) and signs in as another demo person. */
export async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The page's one h2 title. */
export const pageTitle = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name });

/** Picks an option in a Mantine Select (a combobox) by its visible label. */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

/** `YYYY-MM-DD` of a date in Copenhagen, `days` from today. */
export function copenhagenDay(days = 0): string {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(at);
}

/**
 * Calls the API from the signed-in page, as the web app does (session cookie, CSRF header): for
 * setting up history a journey does not walk through, and for checking what an answer holds.
 */
export async function api<T = Record<string, unknown>>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = document.cookie
        .split('; ')
        .find((c) => c.startsWith('mup_csrf='))
        ?.slice('mup_csrf='.length);
      const res = await fetch(`/api${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(csrf ? { 'x-csrf-token': csrf } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        credentials: 'same-origin',
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** A wall-clock time in Copenhagen as a datetime-local value, `days` from today at hh:mm. */
export function copenhagenLocal(days: number, hour: number, minute = 0): string {
  return `${copenhagenDay(days)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The instant a Copenhagen wall-clock time (datetime-local value) stands for. */
export function copenhagenInstant(local: string): Date {
  const [d, t] = local.split('T') as [string, string];
  const [y, mo, day] = d.split('-').map(Number) as [number, number, number];
  const [h, mi] = t.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, day, h, mi);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Copenhagen',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(guess));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
    guess = asUtc - (shown - guess);
  }
  return new Date(guess);
}

/** Opens one of a conversation's three steps — before, during, after — as its tab. */
export async function openStep(page: Page, step: 'before' | 'during' | 'after') {
  const tab = page.getByRole('tab', { name: new RegExp(`^${talks.moments[step]}:`) });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/**
 * The planned time comes: a conversation is marked as held only once it has begun, so a journey
 * that holds a talk planned ahead moves its start to a moment ago first.
 */
export async function beginNow(page: Page, conversationId: string): Promise<Date> {
  const startsAt = new Date(Date.now() - 5 * 60 * 1000);
  const current = await api<{ conversation: { version: number } }>(
    page,
    'GET',
    `/conversations/${conversationId}`,
  );
  const moved = await api(page, 'PATCH', `/conversations/${conversationId}`, {
    version: current.json.conversation.version,
    startsAt: startsAt.toISOString(),
  });
  expect(moved.status).toBe(200);
  return startsAt;
}

/** Marks the conversation as held, answering the one question it asks. */
export async function markHeld(page: Page) {
  await page.getByRole('button', { name: talks.after.hold }).click();
  const dialog = page.getByRole('dialog', { name: talks.after.confirmTitle });
  await dialog.getByRole('button', { name: talks.after.confirm }).click();
}
