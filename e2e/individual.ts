import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoAccountEmail, expect, signInWithPassword } from './fixtures';
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
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
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
