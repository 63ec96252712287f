import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from '../../../test/oidc-provider.js';
import type { App } from '../../server/app.js';
import { people } from '../org/schema.js';
import { oidcProviders } from './schema.js';

/*
 * docs/sso-saml-broker.md puts Keycloak between a SAML identity provider (KOMBIT's Context
 * Handler, AD FS) and MUP. What reaches MUP is an OpenID Connect sign-in whose ID token carries
 * what the guide's mappers produce: `email` (with email_verified, from "Trust Email") and the
 * employee number under the claim name the guide gives. This signs in through a provider that
 * answers exactly that, with MUP configured as the guide's last step says.
 */
const guide = fs.readFileSync(path.join(process.cwd(), 'docs/sso-saml-broker.md'), 'utf8');
const claimName = /Token Claim Name\s*\|\s*`([^`]+)`/.exec(guide)?.[1];
const panelClaim = /Claim med medarbejdernummer\s*\|\s*`([^`]+)`/.exec(guide)?.[1];

describeEachEngine('OpenID Connect sign-in through a SAML broker configured as the guide says', (env) => {
  let broker: TestOidcProvider;
  let redirectUri: string;

  beforeAll(async () => {
    redirectUri = `${env().config.publicUrl}/api/auth/oidc/callback`;
    // Keycloak's mappers with "Add to ID token": the claims are in the ID token itself.
    broker = await startOidcProvider({ redirectUris: [redirectUri], clientId: 'mup', claimsInIdToken: true });
  });
  afterAll(async () => broker?.close());

  async function signIn(app: App, slug: string, login: string) {
    const start = await call(app, 'GET', `/api/auth/oidc/${slug}/start?next=%2F`);
    const cookie = /mup_oidc=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
    const back = await signInAtProvider(start.headers.get('location')!, login, redirectUri);
    const done = await call(app, 'GET', `${back.pathname}${back.search}`, {
      headers: { cookie: `mup_oidc=${cookie}` },
    });
    const session = /mup_session=([^;]+)/.exec(done.headers.get('set-cookie') ?? '')?.[1];
    return { location: done.headers.get('location'), session };
  }

  const whoAmI = async (app: App, session: string | undefined) =>
    (await call(app, 'GET', '/api/auth/me', { headers: { cookie: `mup_session=${session}` } })).json?.person
      ?.id;

  it('the guide names the claim its mapper makes, and MUP’s panel is told that claim', () => {
    expect(claimName).toBe('employee_number');
    expect(panelClaim).toBe(claimName);
    expect(guide).toContain('/api/auth/oidc/callback');
  });

  it('signs in a person matched by the employee number the broker carries from the SAML assertion', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const person = await buildPerson(database.db, org, {
      employeeNumber: '0471-2231',
      email: 'mette.lund@kommune.dk',
      roles: [{ unit, role: 'employee' }],
    });
    await database.db.insert(oidcProviders).values({
      orgId: org.id,
      displayName: 'Log ind med din kommunekonto',
      issuer: broker.issuer,
      clientId: 'mup',
      clientSecret: broker.clientSecret,
      matchBy: 'employee_number',
      employeeNumberClaim: panelClaim!,
    });
    // Keycloak's subject is its own id; the SAML NameID is not what MUP matches on.
    broker.accounts.set('kc-7f3a', {
      sub: 'kc-7f3a',
      email: 'm.lund@omraade-nord.kommune.dk',
      email_verified: false,
      [claimName as 'employee_number']: '0471-2231',
    });

    const done = await signIn(app, org.slug, 'kc-7f3a');
    expect(done.location).toBe('/');
    expect(await whoAmI(app, done.session)).toBe(person.id);

    // Someone the broker names whose number MUP does not know is refused, without a session.
    broker.accounts.set('kc-0000', {
      sub: 'kc-0000',
      email: 'mette.lund@kommune.dk',
      employee_number: '9999-0000',
    });
    const stranger = await signIn(app, org.slug, 'kc-0000');
    expect(stranger.location).toBe(`/login?org=${org.slug}&error=sso_no_match`);
    expect(stranger.session).toBeUndefined();

    // A person deactivated (by HR, SCIM or the sync) no longer gets in through the broker.
    await database.db.update(people).set({ active: false }).where(eq(people.id, person.id));
    const inactive = await signIn(app, org.slug, 'kc-7f3a');
    expect(inactive.session).toBeUndefined();
    expect(inactive.location).toContain('error=');
  });

  it('signs in a person matched by the e-mail the broker trusts, and refuses an unverified one', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org, {
      email: 'jonas.krog@kommune.dk',
      employeeNumber: null,
    });
    await database.db.insert(oidcProviders).values({
      orgId: org.id,
      displayName: 'Log ind med din kommunekonto',
      issuer: broker.issuer,
      clientId: 'mup',
      clientSecret: broker.clientSecret,
      matchBy: 'email',
    });
    broker.accounts.set('kc-jonas', {
      sub: 'kc-jonas',
      email: 'Jonas.Krog@kommune.dk',
      email_verified: true,
    });
    const done = await signIn(app, org.slug, 'kc-jonas');
    expect(await whoAmI(app, done.session)).toBe(person.id);

    // Without "Trust Email" Keycloak says the address is not verified, and MUP does not take it.
    broker.accounts.set('kc-jonas-2', {
      sub: 'kc-jonas-2',
      email: 'jonas.krog@kommune.dk',
      email_verified: false,
    });
    const untrusted = await signIn(app, org.slug, 'kc-jonas-2');
    expect(untrusted.session).toBeUndefined();
  });
});
