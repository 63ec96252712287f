import type { Page } from '@playwright/test';
import { expectAccessible, WIDTHS } from './axe';
import { auth, expect, label, test } from './fixtures';
import { overviewMessages } from '../src/modules/overview/web/messages';
import { importMessages } from '../src/modules/import/web/messages';
import { orgMessages } from '../src/modules/org/web/messages';
import { goalsMessages } from '../src/modules/goals/web/messages';
import { mailMark, recipient, waitForMail } from './mail';

/*
 * A home for every role, on the journeys' own accounts (Prøvekommune): the area leader sees her
 * institutions in numbers before the leaders one by one, the resource person sees whom she
 * supports; and a person HR has just created meets a guided first step and takes it.
 */
const area = overviewMessages.da.area;
const support = overviewMessages.da.support;
const first = overviewMessages.da.first;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the area leader’s start page sums up her institutions in numbers, at laptop and phone width', async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000);
  await signIn('areaLeader');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const numbers = region(page, area.title);
    await expect(numbers).toBeVisible();
    // The demo's three institutions, each with its leader and five numbers that link on.
    for (const name of ['Børnehuset Mariehønen', 'Plejecenter Lærkebo', 'Skovbrynet Skole'])
      await expect(numbers.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(numbers.getByRole('link', { name: 'Lone Mikkelsen' })).toBeVisible();
    const school = numbers.getByRole('article', { name: 'Skovbrynet Skole' });
    await expect(school.getByRole('term')).toHaveText([
      area.people,
      area.goalInFocus,
      area.inRhythm,
      area.overdue,
      area.stalled,
    ]);
    const people = school.getByRole('definition').first();
    expect(Number(await people.innerText()), 'the school’s people counted').toBeGreaterThan(5);
    await expect(numbers.getByRole('link', { name: area.leadersOneByOne })).toBeVisible();
    await expectAccessible(page, `the area leader's start page at ${width}px`);
  }
  // A number leads on to the unit's page.
  await region(page, area.title)
    .getByRole('article', { name: 'Skovbrynet Skole' })
    .getByRole('definition')
    .first()
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Skovbrynet Skole' })).toBeVisible();
});

test('the resource person’s start page shows whom she supports, at laptop and phone width', async ({
  page,
  signIn,
}) => {
  test.setTimeout(120_000);
  await signIn('resourcePerson');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const panel = region(page, support.title);
    await expect(panel).toBeVisible();
    const people = panel.getByRole('region', { name: support.people });
    await expect(people.getByRole('link', { name: 'Matematikteamet' })).toBeVisible();
    await expect(people.getByText(/Anders Hansen/)).toBeVisible();
    await expect(panel.getByRole('region', { name: support.reviews })).toBeVisible();
    await expectAccessible(page, `the resource person's start page at ${width}px`);
  }
  // Exact: a team conversation other journeys planned for the team is a link in the panel too.
  await region(page, support.title).getByRole('link', { name: 'Matematikteamet', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Matematikteamet/ })).toBeVisible();
});

test('a person HR has just created meets a guided first step, and takes it', async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const email = `ny.${stamp}@eksempel.dk`;
  const name = `Nanna Ny${stamp.replace(/\d/g, '').slice(0, 4) || 'x'}`;
  await signIn('hr');
  await page.goto('/import');
  await page.getByRole('radio', { name: importMessages.da.kinds.people }).check();
  await page.locator('input[type=file]').setInputFiles({
    name: 'ny.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'medarbejdernummer;navn;e-mail;stilling;enhedskode;rolle',
        // In the administration, outside Område Syd: the surveys journey counts the area's staff.
        `N-${stamp};${name};${email};Pædagog;DK-100;medarbejder`,
      ].join('\n'),
    ),
  });
  await page.getByRole('button', { name: importMessages.da.preview.apply }).click();
  await expect(page.getByText(importMessages.da.done.title)).toBeVisible({ timeout: 60_000 });
  await page.goto(`/people?query=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name }).click();
  const before = mailMark();
  await page.getByRole('button', { name: orgMessages.da.person.invite }).click();
  await page.getByRole('dialog').getByRole('button', { name: orgMessages.da.person.invite }).click();
  const invitation = await waitForMail((m) => recipient(m) === email, {
    after: before,
    what: 'the invitation',
  });
  const href = /(https?:\/\/\S+\/set-password\?token=[\w-]+)/.exec(invitation.text ?? '')![1]!;
  await page.context().clearCookies();
  await page.goto(new URL(href).pathname + new URL(href).search);
  const password = `første-skridt-${stamp}`;
  await page.getByLabel(label(auth.da.fields.newPassword)).fill(password);
  await page.getByLabel(label(auth.da.fields.repeatPassword)).fill(password);
  await page.getByRole('button', { name: auth.da.setPassword.submit }).click();
  // Signed in: her name in the header (at desktop width), then the start page on her phone.
  await expect(page.getByRole('banner').getByText(name)).toBeVisible();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  const step = region(page, first.goalTitle);
  await expect(step).toBeVisible();
  await expect(step.getByText(first.goalCircle)).toBeVisible();
  await expectAccessible(page, 'the first step on a phone');
  await step.getByRole('link', { name: first.goalButton }).click();
  await expect(page).toHaveURL(/\/goals/);
  await expect(page.getByRole('heading', { level: 2, name: goalsMessages.da.page.title })).toBeVisible();
});
