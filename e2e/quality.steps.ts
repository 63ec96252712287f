// The quality team journey's people, texts and steps (e2e/quality.spec.ts).
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect as baseExpect, label, signInWithPassword } from './fixtures';
import { demoEmail } from './accounts';
import { api, copenhagenDay } from './individual';
import { qualityMessages } from '../src/modules/quality/web/messages';
import { learningTalksMessages } from '../src/modules/learning-talks/web/messages';

export const expect = baseExpect.configure({ timeout: 30_000 });
export const Q = qualityMessages.da;
export const L = learningTalksMessages.da;

export const ROOM = 'Sommerfuglestuen';
export const TEAM = 'Kvalitetsteam Sommerfuglestuen';
export const LONE = { name: 'Lone Mikkelsen', email: demoEmail('Lone Mikkelsen') };
export const CAMILLA = { name: 'Camilla Poulsen', email: demoEmail('Camilla Poulsen') };
export const IDA = { name: 'Ida Møller', email: demoEmail('Ida Møller') };
export const LOUISE = { name: 'Louise Dalgaard', email: demoEmail('Louise Dalgaard') };
/** Who holds which of the four roles (003): the room's two, the consultant and the house's leader. */
export const ROLES = [
  ['team_leader', CAMILLA],
  ['team_member', IDA],
  ['professional_expert', LOUISE],
  ['sponsor', LONE],
] as const;

export const POINT = 'Eftermiddagens påklædning i garderoben';
export const ACTION = 'Børnene klæder sig mere på selv';
export const MEASURE = 'Børn, der selv kommer i overtøjet';
/** The first trial showed nothing; the second moved the level. */
export const TRIAL_PICTURES = 'Billeder af rækkefølgen på væggen';
export const TRIAL_BUDDIES = 'Faste makkere i garderoben';

/** The Monday `weeksAgo` weeks before this week's, in Copenhagen, as YYYY-MM-DD. */
export function monday(weeksAgo: number): string {
  const today = new Date(`${copenhagenDay()}T12:00:00Z`);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  return new Date(today.getTime() - (sinceMonday + 7 * weeksAgo) * 86_400_000).toISOString().slice(0, 10);
}

/** A date as the Danish pages show it (medium style, as useI18n's formatDate). */
export const danishDate = (day: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(
    new Date(day),
  );

/**
 * Twenty weeks of counts, week 19 ago to this week: twelve around ten (the first trial, from week
 * 14 ago, changed nothing), then eight higher after the buddies began seven weeks ago.
 */
export const BEFORE = [9, 11, 10, 12, 8, 11, 9, 10, 12, 9, 11, 10];
export const AFTER = [15, 14, 16, 15, 17, 16, 15, 16];
export const PICTURES_FROM = monday(14);
export const BUDDIES_FROM = monday(7);
/** The two trials with the Mondays they began. */
export const TRIALS = [
  [TRIAL_PICTURES, PICTURES_FROM],
  [TRIAL_BUDDIES, BUDDIES_FROM],
] as const;

/** Signs in afresh with the demo password and waits for the start page. */
export async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Opens the journey's team from the quality page, through the menu as a person would. */
export async function openTeam(page: Page) {
  await page.getByRole('link', { name: Q.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: Q.list.title })).toBeVisible();
  await page.getByRole('link', { name: TEAM }).click();
  await expect(page.getByRole('heading', { level: 2, name: TEAM })).toBeVisible();
}

/** Picks a person for a role in the new team's form: search by name, choose the match. */
export async function pickPerson(page: Page, role: string, name: string) {
  const field = page.getByRole('combobox', { name: label(Q.list.rolePerson.replace('{role}', role)) });
  await field.click();
  await field.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(field).toHaveValue(name);
}

/** Fills a field of the small form that is open on the team page, by its label. */
export const field = (page: Page, name: string) => page.getByRole('textbox', { name: label(name) });

/** Records a week's count from the signed-in page, as the team's earlier weeks were noted. */
export async function recordThroughApi(page: Page, measureId: string, on: string, value: number) {
  const r = await api(page, 'POST', `/quality/measures/${measureId}/points`, {
    on,
    value,
    clientKey: `journey-${on}`,
  });
  expect(r.status, JSON.stringify(r.json)).toBe(201);
}

/** Enters one week's count on the phone's measure page and waits for the confirmation. */
export async function recordOnPhone(phonePage: Page, on: string, value: number) {
  await phonePage.getByLabel(Q.measure.date).first().fill(on);
  await phonePage
    .getByRole('textbox', { name: Q.measure.value.replace('{unit}', 'børn') })
    .fill(String(value));
  await phonePage.getByRole('button', { name: Q.measure.recordButton }).click();
  await expect(phonePage.getByText(Q.measure.recorded).last()).toBeVisible();
  await expect(phonePage.getByRole('cell', { name: danishDate(on), exact: true })).toBeVisible();
}
