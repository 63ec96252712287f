import { expect, test } from './fixtures';
import { expectAccessibleAtAllWidths } from './axe';
import { scimMessages } from '../src/modules/scim/web/messages';

const s = scimMessages.da;

test('the organisation admin sets up provisioning in Danish: a token shown once, a group mapped, the token revoked', async ({
  page,
  signIn,
}) => {
  test.setTimeout(240_000);
  await signIn('orgAdmin');
  await page.goto('/organisation');
  const panel = page.getByRole('region', { name: s.panel.heading });
  await expect(panel).toBeVisible();
  await expect(panel.getByText(/\/scim\/v2$/)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the provisioning panel');

  // A token, shown this once.
  await panel.getByRole('button', { name: s.token.create }).click();
  await expect(panel.getByText(s.token.shownOnce)).toBeVisible();
  const token = (await panel.getByText(/^mupscim_/).innerText()).trim();
  expect(token).toMatch(/^mupscim_[0-9a-f]{32}_[\w-]{43}$/);
  await expect(panel.getByText(`${s.panel.statusLabel}: ${s.panel.status.ready}`)).toBeVisible();
  await expectAccessibleAtAllWidths(page, 'the provisioning panel with a new token');

  // The directory sends a group, as Entra would.
  const groupName = `Solsikken ${Date.now().toString(36)}`;
  const sent = await page.request.post('/scim/v2/Groups', {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    data: { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: groupName, members: [] },
  });
  expect(sent.status()).toBe(201);

  // After a reload the token is gone from the page, and the group waits to be mapped.
  await page.reload();
  await expect(panel.getByText(/^mupscim_/)).toHaveCount(0);
  const select = panel.getByRole('combobox', { name: s.groups.targetFor.replace('{name}', groupName) });
  await expect(select).toHaveValue(s.groups.notMapped);
  await select.click();
  const option = page.getByRole('listbox').getByRole('option').nth(1);
  const unitName = (await option.innerText()).trim();
  await option.click();
  await expect(page.getByText(s.groups.saved.replace('{name}', groupName))).toBeVisible();
  await expect(select).toHaveValue(unitName);
  await expectAccessibleAtAllWidths(page, 'the provisioning panel with a mapped group');

  // Revoked: the directory is refused at once.
  await panel.getByRole('button', { name: s.token.revoke }).click();
  const dialog = page.getByRole('dialog', { name: s.token.revokeTitle });
  await expectAccessibleAtAllWidths(page, 'the revoke question');
  await dialog.getByRole('button', { name: s.token.revoke }).click();
  await expect(page.getByText(s.token.revoked)).toBeVisible();
  await expect(panel.getByText(s.token.none)).toBeVisible();
  const refused = await page.request.get('/scim/v2/Users', { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});
