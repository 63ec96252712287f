import { DEMO_PASSWORD, da, expect, signInWithPassword, test } from './fixtures';

const NEIGHBOUR_HR = 'hr@nabo.mup.dk';

test('a person of another organisation gets "not found" for the demo organisation’s people and units', async ({
  page,
  signIn,
}) => {
  // Find a person's and a unit's id as the demo HR sees them.
  await signIn('hr');
  await expect(page.getByRole('button', { name: da.nav.signOut })).toBeVisible();
  const people = await page.request.get('/api/people?pageSize=5');
  expect(people.status()).toBe(200);
  const personId: string = (await people.json()).people[0].id;
  const units = await page.request.get('/api/units');
  const unitId: string = (await units.json()).units[0].id;
  await page.getByRole('button', { name: da.nav.signOut }).click();
  await expect(page).toHaveURL(/\/login/);

  // The neighbour organisation's HR (started with DEMO_NEIGHBOUR) sees nothing of it.
  await signInWithPassword(page, NEIGHBOUR_HR, DEMO_PASSWORD);
  // Signed in as her: her name in the header (the start page greets her by first name only).
  await expect(page.getByRole('banner').getByText('Nina Nabo')).toBeVisible();
  for (const path of [`/api/people/${personId}`, `/api/units/${unitId}`]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
  }
  await page.goto(`/people/${personId}`);
  await expect(page.getByText(da.states.notFoundText)).toBeVisible();
  await page.goto(`/units/${unitId}`);
  await expect(page.getByText(da.states.notFoundText)).toBeVisible();
  const list = await (await page.request.get('/api/people?pageSize=100')).json();
  expect(list.people.map((p: { name: string }) => p.name)).toEqual(['Nina Nabo']);
});
