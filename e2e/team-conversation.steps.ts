// The TUS journey's people, texts and steps (e2e/team-conversation.spec.ts).
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, da, expect as baseExpect, label, signInWithPassword } from './fixtures';
import { expectAccessibleAtAllWidths } from './axe';
import { api, copenhagenLocal, fill, openStep, pageTitle, talks } from './individual';
import { demoEmail } from './accounts';
import { orgMessages } from '../src/modules/org/web/messages';

const expect = baseExpect.configure({ timeout: 30_000 });
const org = orgMessages.da;
const team = talks.team;

export const SCHOOL = 'Skovbrynet Skole';
export const TEAM = `Indskolingens sprogteam ${Date.now().toString(36).slice(-4)}`;
export const THOMAS = { name: 'Thomas Bach', email: demoEmail('Thomas Bach') };
export const KAREN = { name: 'Karen Frost', email: demoEmail('Karen Frost') };
export const LENE = { name: 'Lene Madsen', email: demoEmail('Lene Madsen') };
export const JULIE = { name: 'Julie Eriksen', email: demoEmail('Julie Eriksen') };
export const TEAM_GOAL = 'Vi giver eleverne flere sproglige pauser i overgangene mellem timerne';
export const LENES_GOAL = 'Give beskeder med billedstøtte, så alle elever i 0. klasse kan følge med';
export const PLAN = {
  theme: 'Overgangene er urolige, og de sprogsvage elever falder af, når beskederne kommer hurtigt.',
  focus: 'Hvordan kan vi bruge de første fem minutter af timen til korte, faste samtaler?',
  professionalLearning: 'Vi skal lære at holde pausen og lade eleverne tale færdigt.',
  intendedChange: 'Flere elever siger selv noget i overgangen; færre spørger bagefter, hvad de skal.',
};
export const STARTS = copenhagenLocal(2, 13, 0);
export const JULIES_NOTE = 'Jeg er i tvivl om, hvorvidt Thomas bakker op om ekstra tid i overgangene';
export const AGREEMENT_JULIE = 'Julie laver tre billedkort til overgangen fra frikvarter til time';
export const AGREEMENT_LENE = 'Lene prøver billedbeskeder i 0.B i to uger og fortæller om det';

/** Signs in afresh with the demo password and waits for the start page. */
export async function signInAs(page: Page, email: string) {
  await page.context().clearCookies();
  await signInWithPassword(page, email, DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Adds a person to the journey's team from its page. */
export async function addMember(page: Page, name: string) {
  await page.getByRole('button', { name: org.team.addMember }).click();
  const dialog = page.getByRole('dialog', { name: fill(org.team.addMemberTitle, { name: TEAM }) });
  await dialog.getByRole('combobox', { name: label(org.picker.label) }).fill(name.split(' ')[0]!);
  await page.getByRole('option', { name }).click();
  await dialog.getByRole('button', { name: da.actions.add }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
}

/** Julie's private note is on her page only: not in her print, nor on Lene's or Thomas's page, print or API answers. */
export async function expectJuliesNoteHersAlone(page: Page, conversationId: string) {
  await signInAs(page, JULIE.email);
  await page.goto(`/conversations/${conversationId}`);
  await openStep(page, 'during');
  await expect(page.getByRole('textbox', { name: talks.during.privateTitle })).toHaveValue(JULIES_NOTE);
  // Not even in her own print.
  await page.goto(`/conversations/${conversationId}/print`);
  await expect(pageTitle(page, fill(team.printTitle, { team: TEAM }))).toBeVisible();
  await expect(page.getByText(AGREEMENT_JULIE)).toBeVisible();
  await expect(page.getByText(JULIES_NOTE)).toHaveCount(0);

  for (const person of [LENE, THOMAS]) {
    await signInAs(page, person.email);
    await page.goto(`/conversations/${conversationId}`);
    await openStep(page, 'during');
    await expect(pageTitle(page, fill(team.title, { team: TEAM }))).toBeVisible();
    await expect(page.getByText(AGREEMENT_LENE)).toBeVisible();
    await expect(page.getByText(JULIES_NOTE)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: talks.during.privateTitle })).toHaveValue('');
    await page.goto(`/conversations/${conversationId}/print`);
    await expect(page.getByText(AGREEMENT_LENE)).toBeVisible();
    await expect(page.getByText(JULIES_NOTE)).toHaveCount(0);
    await expectAccessibleAtAllWidths(page, `the printed TUS (${person.name})`);
    for (const path of [`/conversations/${conversationId}`, `/conversations/${conversationId}/print`]) {
      const answer = await api(page, 'GET', path);
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.json), `${person.name} ${path}`).not.toContain('bakker op om ekstra tid');
    }
  }
}
