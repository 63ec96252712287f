import { expectAccessibleAtAllWidths } from './axe';
import { expect, test } from './fixtures';
import { importMessages } from '../src/modules/import/web/messages';

const t = importMessages.da;

/** A file as the browser would get it from the disk. */
const file = (name: string, text: string, encoding: 'utf-8' | 'windows-1252' = 'utf-8') => ({
  name,
  mimeType: 'text/csv',
  buffer:
    encoding === 'utf-8'
      ? Buffer.from(text, 'utf8')
      : // Every character used here is in Latin-1, which Windows-1252 shares for æ, ø and å.
        Buffer.from(text, 'latin1'),
});

test('HR imports units and people from CSV: errors first, then a corrected file, applied with progress', async ({
  page,
  signIn,
}) => {
  await signIn('hr');
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 2, name: t.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the import page');

  // A units file with a bad line: nothing can be applied, the line and reason are shown.
  await page.getByRole('radio', { name: t.kinds.units }).check();
  await page
    .locator('input[type=file]')
    .setInputFiles(
      file(
        'enheder.csv',
        'enhedskode;navn;type;overordnet_enhedskode\nE2E-OMR;Område Øst;område;\nE2E-INST;Børnehuset Kløver;rum;E2E-OMR\n',
      ),
    );
  await expect(page.getByRole('heading', { name: 'enheder.csv' })).toBeVisible();
  const errors = page.getByRole('region', { name: t.preview.errorsHeading });
  await expect(errors.getByRole('row').nth(1)).toContainText('3');
  await expect(errors.getByRole('row').nth(1)).toContainText(t.reasons.unknown_kind);
  await expect(page.getByRole('button', { name: t.preview.apply })).toBeDisabled();
  await expectAccessibleAtAllWidths(page, 'a preview with errors');

  // The corrected file, parents after children, applied.
  await page.getByRole('button', { name: t.preview.another }).click();
  await page.getByRole('radio', { name: t.kinds.units }).check();
  await page
    .locator('input[type=file]')
    .setInputFiles(
      file(
        'enheder-rettet.csv',
        'enhedskode;navn;type;overordnet_enhedskode\nE2E-INST;Børnehuset Kløver;institution;E2E-OMR\nE2E-OMR;Område Øst;område;\n',
      ),
    );
  await expect(page.getByRole('heading', { name: 'enheder-rettet.csv' })).toBeVisible();
  await expect(page.getByRole('region', { name: t.preview.sample.create })).toContainText(
    'Børnehuset Kløver',
  );
  await page.getByRole('button', { name: t.preview.apply }).click();
  await expect(page.getByText(t.done.title)).toBeVisible({ timeout: 30_000 });
  await expectAccessibleAtAllWidths(page, 'a finished import');

  // People from a Windows-1252 file with Danish headers and values.
  await page.getByRole('button', { name: t.preview.another }).click();
  await page.getByRole('radio', { name: t.kinds.people }).check();
  const people =
    'Medarbejdernummer;Navn;E-mail;Stilling;Enhedskode;Rolle\n' +
    'E2E-1;Søren Ærø;soeren.aeroe@e2e.dk;Pædagog;E2E-INST;medarbejder\n' +
    'E2E-1;Søren Ærø;;Pædagog;E2E-OMR;læringspartner\n' +
    'E2E-2;Åse Øster;;Leder;E2E-INST;leder\n';
  await page.locator('input[type=file]').setInputFiles(file('personer.csv', people, 'windows-1252'));
  await expect(page.getByRole('heading', { name: 'personer.csv' })).toBeVisible();
  await expect(page.getByRole('region', { name: t.preview.sample.create })).toContainText('Søren Ærø');
  await expect(page.getByText(t.preview.membershipsNote)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'a people preview');
  await page.getByRole('button', { name: t.preview.apply }).click();
  await expect(page.getByText(t.done.title)).toBeVisible({ timeout: 30_000 });

  // The same file again changes nothing.
  await page.getByRole('button', { name: t.preview.another }).click();
  await page.getByRole('radio', { name: t.kinds.people }).check();
  await page.locator('input[type=file]').setInputFiles(file('personer.csv', people, 'windows-1252'));
  await expect(page.getByText(t.preview.nothingToDo)).toBeVisible();
  await expect(page.getByRole('region', { name: t.preview.sample.unchanged })).toContainText('Åse Øster');
});
