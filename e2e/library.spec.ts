import type { Page } from '@playwright/test';
import { expectAccessibleAtAllWidths } from './axe';
import {
  DEMO_PASSWORD,
  demoAccountEmail,
  expect as baseExpect,
  label,
  signInWithPassword,
  waitUntilSignedIn,
  test,
} from './fixtures';
import { api } from './individual';
import type { DemoAccount } from '../src/modules/demo/data';
import { libraryMessages } from '../src/modules/library/web/messages';

/*
 * The library in Danish: Mette Holm (HR) writes a package on team conversations; Lone Mikkelsen
 * (institution leader) finds it by searching an inflected form ("samtalerne") and attaches it to a
 * team conversation of Sommerfuglestuen; Sofie Andersen, who takes part, sees it there. Mette then
 * makes a new version, and the conversation shows what changed until Lone takes the update in.
 */
const expect = baseExpect.configure({ timeout: 30_000 });
const L = libraryMessages.da;
const STAMP = Date.now().toString(36).slice(-4);
const TITLE = `Gode teamsamtaler ${STAMP}`;
const NEW_LINE = '- Slut af med en runde: hvad tager vi med?';

const fill = (text: string, vars: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

async function switchTo(page: Page, account: DemoAccount) {
  await page.context().clearCookies();
  await signInWithPassword(page, demoAccountEmail(account), DEMO_PASSWORD);
  await waitUntilSignedIn(page, account);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('HR writes a package; a leader finds it and attaches it to a team conversation; an update shows what changed', async ({
  page,
}) => {
  test.setTimeout(240_000);

  // HR writes the package, with markup that must come out harmless.
  await switchTo(page, 'hr');
  await page.getByRole('link', { name: L.nav }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: L.page.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the library');
  await page.getByRole('button', { name: L.page.create }).click();
  await page.getByLabel(label(L.form.title)).fill(TITLE);
  await page
    .getByLabel(label(L.form.summary))
    .fill('Sådan holder I samtaler i teamet, hvor alle kommer til orde.');
  await page
    .getByLabel(label(L.form.body))
    .fill(
      '## Før samtalen\n\nSend dagsordenen ud i god tid.\n\n## Under samtalen\n\n- Lyt færdigt\n- Spørg nysgerrigt\n\n<script>window.hacked = true</script>',
    );
  await expectAccessibleAtAllWidths(page, 'the package form');
  await page.getByRole('button', { name: L.form.save }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByText('<script>window.hacked = true</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await expectAccessibleAtAllWidths(page, 'a package');
  const packageUrl = page.url();

  // The leader plans a team conversation for Sommerfuglestuen (through the API: not this journey's point); the team's members take part.
  await switchTo(page, 'institutionLeader');
  const teams = await api<{ teams: { id: string; name: string }[] }>(page, 'GET', '/teams');
  const team = teams.json.teams.find((t) => t.name === 'Personalet på Sommerfuglestuen')!;
  const me = await api<{ person: { id: string } }>(page, 'GET', '/auth/me');
  const created = await api<{ conversation: { id: string } }>(page, 'POST', '/conversations', {
    kind: 'team',
    teamId: team.id,
    facilitatorId: me.json.person.id,
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const conversationUrl = `/conversations/${created.json.conversation.id}`;

  // She finds the package by an inflected form and attaches it on the conversation's page.
  await page.getByRole('link', { name: L.nav }).first().click();
  await page.getByLabel(L.page.search).fill('samtalerne');
  await page.getByRole('button', { name: L.page.searchButton }).click();
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.locator('mark').first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'library search results');

  await page.goto(conversationUrl);
  await expect(page.getByRole('heading', { name: L.attached.title })).toBeVisible();
  await page.getByRole('button', { name: L.attached.add }).click();
  await page.getByLabel(L.attached.search).fill('teamsamtaler');
  await page.getByRole('dialog').getByRole('button', { name: L.page.searchButton }).click();
  await expectAccessibleAtAllWidths(page, 'attaching a package');
  await page.getByRole('button', { name: fill(L.attached.attach, { title: TITLE }) }).click();
  await expect(page.getByText(L.attached.attached)).toBeVisible();
  const section = page.getByRole('region', { name: L.attached.title });
  await expect(section.getByRole('link', { name: TITLE })).toBeVisible();

  // Sofie, who takes part, sees it there.
  await switchTo(page, 'employee');
  await page.goto(conversationUrl);
  await expect(
    page.getByRole('region', { name: L.attached.title }).getByRole('link', { name: TITLE }),
  ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a conversation with a package');

  // HR makes a new version.
  await switchTo(page, 'hr');
  await page.goto(packageUrl);
  await page.getByRole('button', { name: L.package.edit }).click();
  const body = page.getByLabel(label(L.form.body));
  await body.fill(
    `${await body.inputValue()}\n${NEW_LINE}`.replace(
      `- Spørg nysgerrigt\n`,
      `- Spørg nysgerrigt\n${NEW_LINE}\n`,
    ),
  );
  await page.getByLabel(label(L.form.changeNote)).fill('Ny afslutning på samtalen');
  await page.getByRole('button', { name: L.form.saveVersion }).click();
  await expect(page.getByText(L.form.updated)).toBeVisible();
  await expect(page.getByText('Ny afslutning på samtalen')).toBeVisible();

  // The conversation shows what changed; Lone takes the update in.
  await switchTo(page, 'institutionLeader');
  await page.goto(conversationUrl);
  const notice = page.getByRole('region', { name: L.attached.title });
  await expect(notice.getByText(fill(L.attached.updated, { title: TITLE, from: 1, to: 2 }))).toBeVisible();
  await expect(notice.getByText('Ny afslutning på samtalen')).toBeVisible();
  await expect(notice.getByText(`${L.attached.added}: ${NEW_LINE}`).first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a package update on a conversation');
  await notice.getByRole('button', { name: L.attached.take }).click();
  await expect(page.getByText(L.attached.taken)).toBeVisible();
  await expect(notice.getByText(fill(L.attached.updated, { title: TITLE, from: 1, to: 2 }))).toHaveCount(0);
});
