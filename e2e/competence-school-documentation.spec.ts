import { expectAccessible, expectAccessibleAtAllWidths } from './axe';
import { DEMO_PASSWORD, expect, signInWithPassword, test, waitUntilSignedIn } from './fixtures';
import { demoEmail } from './accounts';
import {
  C,
  acceptOnPhone,
  addParticipant,
  createInitiative,
  startInitiative,
  writeTheFiveFields,
} from './competence';
import { EXAMPLE_INITIATIVES } from '../src/modules/competence/content/cases';

/*
 * The guide's residential-home case — documentation written from the child's goals — in Danish,
 * retold for Skovbrynet Skole's after-school staff: Thomas Bach (school leader) builds the
 * initiative field by field from the case, with two participants and their levels, starts it and
 * prints it; Emil Frederiksen and Signe Lauridsen take their proposed goals on a 390 px phone. None
 * of them is one of the README's accounts, and no other journey signs in as them.
 */
const CASE = EXAMPLE_INITIATIVES.find((c) => c.key === 'residential_home_documentation')!;
const TITLE = CASE.name.da;
const PARTICIPANTS = [
  {
    name: 'Emil Frederiksen',
    current: 'some_experience',
    target: 'independently',
    goal: 'Skrive mine notater om eleverne ud fra deres mål, så målene kan ses i teksten',
  },
  {
    name: 'Signe Lauridsen',
    current: 'very_experienced',
    target: 'resource_person',
    goal: 'Vise kollegerne den fælles metode og læse deres dokumentation med dem',
  },
] as const;

test('the residential-home case at a school: built field by field, started, printed; goals taken on phones', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(360_000);
  await signInWithPassword(page, demoEmail('Thomas Bach'), DEMO_PASSWORD);
  await waitUntilSignedIn(page, 'Thomas Bach');

  await createInitiative(page, TITLE, 'school leader');
  await writeTheFiveFields(page, CASE, {
    responsibility: 'Hver af os skriver dokumentationen om eleven ud fra de mål, der er sat for eleven',
    people: 'Skolens pædagogiske konsulent',
  });
  for (const p of PARTICIPANTS) await addParticipant(page, p);
  await startInitiative(page);
  await expect(page.getByRole('img', { name: C.impact.title })).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the initiative page (school leader)');
  const path = new URL(page.url()).pathname;

  await page.getByRole('link', { name: C.page.print }).click();
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByText(CASE.learningGoals.methods!.da).first()).toBeVisible();
  await expect(page.getByText(CASE.trainingTrack.tempi.trial!.da).first()).toBeVisible();
  await expectAccessible(page, 'the initiative in print (school)');

  for (const p of PARTICIPANTS)
    await acceptOnPhone(browser, { baseURL, email: demoEmail(p.name), path, goal: p.goal, who: p.name });

  // Back on the leader's page, both proposals read as taken.
  await page.goto(path);
  for (const p of PARTICIPANTS)
    await expect(
      page.getByRole('row', { name: new RegExp(p.name) }).getByText(C.proposal.accepted),
    ).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the initiative page after the participants answered');
});
