import { expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, auth, da, expect, label, signInWithPassword, test } from './fixtures';
import { orgMessages } from '../src/modules/org/web/messages';
import { importMessages } from '../src/modules/import/web/messages';
import { mailMark, recipient, waitForMail } from './mail';
import { mailMessages } from '../src/modules/mail/web/messages';
import { demoAccountEmail } from './accounts';

const org = orgMessages.da;
const imp = importMessages.da;
const mail = mailMessages.da;

const peopleCsv = (email: string) =>
  [
    'medarbejdernummer;navn;e-mail;stilling;enhedskode;rolle',
    `E2E-101;Asta Lind;${email};Pædagog;E2E-LAERKE;medarbejder`,
    'E2E-102;Bent Krog;bent.krog@eksempel.dk;Pædagogmedhjælper;E2E-LAERKE;medarbejder',
  ].join('\n');

test('HR builds a unit, imports people (first with a bad line), invites one, who sets a password and signs in', async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  await signIn('hr');
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();

  // 1. A new institution under the area, with the code the HR system knows it by.
  await page.goto('/units');
  await expect(page.getByRole('heading', { level: 2, name: org.units.title })).toBeVisible();
  await page.getByRole('button', { name: org.units.create }).first().click();
  const unitDialog = page.getByRole('dialog');
  await unitDialog.getByLabel(label(org.units.fields.name)).fill('Vuggestuen Lærkereden');
  await unitDialog.getByLabel(label(org.units.fields.externalId)).fill('E2E-LAERKE');
  await unitDialog.getByRole('button', { name: da.actions.create }).click();
  await expect(unitDialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Vuggestuen Lærkereden' })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the unit tree');

  // 2. Import people: the first file has a bad e-mail on line 3 and nothing may be written.
  await page.goto('/import');
  await page.getByRole('radio', { name: imp.kinds.people }).check();
  await page.locator('input[type=file]').setInputFiles({
    name: 'personer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      peopleCsv('asta.lind@eksempel.dk').replace('bent.krog@eksempel.dk', 'bent.krog(a)eksempel'),
    ),
  });
  await expect(page.getByRole('heading', { name: imp.preview.errorsHeading })).toBeVisible();
  const errorRow = page
    .getByRole('row')
    .filter({ hasText: 'E-mail' })
    .or(page.getByRole('row').filter({ hasText: 'e-mail' }));
  await expect(errorRow.first()).toContainText('3');
  await expect(page.getByRole('button', { name: imp.preview.apply })).toBeDisabled();
  await expectAccessibleAtAllWidths(page, 'the import preview with an error');

  // The corrected file previews cleanly and is applied.
  await page.getByRole('button', { name: imp.preview.another }).click();
  await page.getByRole('radio', { name: imp.kinds.people }).check();
  await page.locator('input[type=file]').setInputFiles({
    name: 'personer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(peopleCsv('asta.lind@eksempel.dk')),
  });
  await page.getByRole('button', { name: imp.preview.apply }).click();
  await expect(page.getByText(imp.done.title)).toBeVisible({ timeout: 60_000 });

  // 3. The imported person is there; HR sends an invitation.
  await page.goto('/people?query=Asta');
  await page.getByRole('link', { name: 'Asta Lind' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Asta Lind' })).toBeVisible();
  await expect(page.getByText('Vuggestuen Lærkereden').first()).toBeVisible();
  const beforeInvite = mailMark();
  await page.getByRole('button', { name: org.person.invite }).click();
  await page.getByRole('dialog').getByRole('button', { name: org.person.invite }).click();
  await expect(page.getByText(org.person.invited.replace('{email}', 'asta.lind@eksempel.dk'))).toBeVisible();

  // 4. The invitation reaches her mailbox (the journey's SMTP sink), and nobody else sees its link:
  // the outbox exists only where no mail is sent, and never shows a sign-in link.
  const invitation = await waitForMail((m) => recipient(m) === 'asta.lind@eksempel.dk', {
    after: beforeInvite,
    what: 'the invitation to Asta Lind',
  });
  expect(invitation.subject).toMatch(/inviteret til MUP/);
  const href = /(https?:\/\/\S+\/set-password\?token=[\w-]+)/.exec(invitation.text ?? '')?.[1];
  expect(href).toMatch(/\/set-password\?token=/);
  await page.goto('/outbox');
  // HR administers people, not the organisation: the outbox is not hers to see.
  await expect(page.getByRole('heading', { level: 2, name: da.states.notFoundTitle })).toBeVisible();
  // The organisation admin sees the invitation in the outbox, with its link taken out.
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInWithPassword(page, demoAccountEmail('orgAdmin'), DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto('/outbox');
  await page.getByText('Til: asta.lind@eksempel.dk').first().click();
  await expect(page.getByText(mail.outbox.linkRemoved).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /token=/ })).toHaveCount(0);
  await expect(page.getByText(/token=/)).toHaveCount(0);
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(new URL(href!).pathname + new URL(href!).search);
  await expect(page.getByText('Asta Lind').first()).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the set-password page');
  const newPassword = 'lærkereden-2026-forår';
  await page.getByLabel(label(auth.da.fields.newPassword)).fill(newPassword);
  await page.getByLabel(label(auth.da.fields.repeatPassword)).fill(newPassword);
  await page.getByRole('button', { name: auth.da.setPassword.submit }).click();
  // Signed in: her name in the header, beside sign-out (the start page greets her by first name only).
  await expect(page.getByRole('banner').getByText('Asta Lind')).toBeVisible();

  // 5. She signs out and in again with the password she chose; the link cannot be used twice.
  // Each sign-out is waited for: a navigation while its request is under way would cancel it.
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInWithPassword(page, 'asta.lind@eksempel.dk', newPassword);
  await expect(page.getByRole('banner').getByText('Asta Lind')).toBeVisible();
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(new URL(href!).pathname + new URL(href!).search);
  await expect(page.getByText(auth.da.setPassword.used)).toBeVisible();
  expect(DEMO_PASSWORD).not.toBe(newPassword);
});
