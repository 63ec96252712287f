import { afterAll, beforeAll, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, type Org } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from '../../../test/oidc-provider.js';
import type { Db } from '../../server/db/client.js';
import { auditEvents } from '../../server/audit/schema.js';
import { sessions } from '../auth/schema.js';
import { oidcProviders } from './schema.js';
import type { App } from '../../server/app.js';

describeEachEngine('OpenID Connect sign-in', (env) => {
  let idp: TestOidcProvider;
  // A second provider that puts the claims in the ID token, as Entra ID and most brokers do.
  let idpWithIdTokenClaims: TestOidcProvider;
  let redirectUri: string;

  beforeAll(async () => {
    redirectUri = `${env().config.publicUrl}/api/auth/oidc/callback`;
    idp = await startOidcProvider({ redirectUris: [redirectUri] });
    idpWithIdTokenClaims = await startOidcProvider({ redirectUris: [redirectUri], claimsInIdToken: true });
  });
  afterAll(async () => {
    await idp?.close();
    await idpWithIdTokenClaims?.close();
  });

  async function configure(
    db: Db,
    org: Org,
    provider: TestOidcProvider,
    overrides: Partial<typeof oidcProviders.$inferInsert> = {},
  ) {
    await db.insert(oidcProviders).values({
      orgId: org.id,
      displayName: 'Kommunens login',
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      ...overrides,
    });
  }

  async function start(app: App, slug: string, next = '/goals') {
    const res = await call(app, 'GET', `/api/auth/oidc/${slug}/start?next=${encodeURIComponent(next)}`);
    expect(res.status).toBe(302);
    const setCookie = res.headers.get('set-cookie') ?? '';
    const state = /mup_oidc=([^;]+)/.exec(setCookie)?.[1];
    return { location: res.headers.get('location')!, setCookie, cookie: state ? `mup_oidc=${state}` : '' };
  }

  async function callback(app: App, url: URL, cookie: string) {
    const res = await call(app, 'GET', `${url.pathname}${url.search}`, { headers: { cookie } });
    expect(res.status).toBe(302);
    const session = /mup_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
    return { location: res.headers.get('location')!, session };
  }

  /** The whole round trip: our start, the provider's pages, our callback. */
  async function signInThrough(app: App, slug: string, login: string, next = '/goals') {
    const started = await start(app, slug, next);
    const back = await signInAtProvider(started.location, login, redirectUri);
    expect(back.origin + back.pathname).toBe(redirectUri);
    return callback(app, back, started.cookie);
  }

  it('signs a person in end to end by email, with PKCE, state and nonce, and the session works', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const unit = await buildUnit(database.db, org);
    const person = await buildPerson(database.db, org, {
      email: 'dorthe.hansen@kommune.dk',
      roles: [{ unit, role: 'employee' }],
    });
    await configure(database.db, org, idp);
    idp.accounts.set('dorthe', { sub: 'dorthe', email: 'Dorthe.Hansen@Kommune.DK', email_verified: true });

    const started = await start(app, org.slug, '/goals?tab=2');
    const auth = new URL(started.location);
    expect(auth.origin).toBe(idp.issuer);
    expect(auth.searchParams.get('response_type')).toBe('code');
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(auth.searchParams.get('state')).toBeTruthy();
    expect(auth.searchParams.get('nonce')).toBeTruthy();
    expect(auth.searchParams.get('client_id')).toBe(idp.clientId);
    expect(auth.searchParams.get('redirect_uri')).toBe(redirectUri);
    expect(started.setCookie).toMatch(/HttpOnly/i);
    expect(started.setCookie).toMatch(/Max-Age=600/);
    expect(started.setCookie).toMatch(/Path=\/api\/auth\/oidc/);
    // The verifier stays with us: it is never in the URL the browser is sent to.
    expect(started.location).not.toContain('code_verifier');

    const back = await signInAtProvider(started.location, 'dorthe', redirectUri);
    const done = await callback(app, back, started.cookie);
    expect(done.location).toBe('/goals?tab=2');
    expect(done.session).toBeTruthy();

    const me = await call(app, 'GET', '/api/auth/me', { headers: { cookie: `mup_session=${done.session}` } });
    expect(me.status).toBe(200);
    expect(me.json.person.id).toBe(person.id);
    expect(me.json.organisation.id).toBe(org.id);

    const [row] = await database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(row?.method).toBe('oidc');
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'auth.sign_in')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({ method: 'oidc', matchBy: 'email' });

    // The code and state are single-use: replaying the callback signs nobody in.
    const replay = await callback(app, back, started.cookie);
    expect(replay.location).toBe(`/login?org=${org.slug}&error=sso_failed`);
    expect(replay.session).toBeUndefined();
  });

  it('matches by employee number from the configured claim', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org, { employeeNumber: 'A-4711', email: null });
    await buildPerson(database.db, org, { employeeNumber: 'A-4712', email: 'ikke-mig@kommune.dk' });
    await configure(database.db, org, idpWithIdTokenClaims, {
      matchBy: 'employee_number',
      employeeNumberClaim: 'employee_number',
    });
    idpWithIdTokenClaims.accounts.set('emp', {
      sub: 'emp',
      email: 'ikke-mig@kommune.dk',
      employee_number: 'A-4711',
    });

    const done = await signInThrough(app, org.slug, 'emp', '/');
    expect(done.location).toBe('/');
    const me = await call(app, 'GET', '/api/auth/me', { headers: { cookie: `mup_session=${done.session}` } });
    expect(me.json.person.id).toBe(person.id);
  });

  it('refuses someone the organisation does not know, without a session', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    await buildPerson(database.db, org, { email: 'kendt@kommune.dk' });
    await configure(database.db, org, idp);
    idp.accounts.set('stranger', { sub: 'stranger', email: 'fremmed@kommune.dk', email_verified: true });

    const done = await signInThrough(app, org.slug, 'stranger');
    expect(done.location).toBe(`/login?org=${org.slug}&error=sso_no_match`);
    expect(done.session).toBeUndefined();
    const audit = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(['auth.sso_no_match']);
  });

  it('refuses a deactivated person', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    await buildPerson(database.db, org, { email: 'stoppet@kommune.dk', active: false });
    await configure(database.db, org, idp);
    idp.accounts.set('stoppet', { sub: 'stoppet', email: 'stoppet@kommune.dk' });

    const done = await signInThrough(app, org.slug, 'stoppet');
    expect(done.location).toBe(`/login?org=${org.slug}&error=account_inactive`);
    expect(done.session).toBeUndefined();
  });

  it('fails with sso_failed for a tampered state or a missing or forged cookie', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    await buildPerson(database.db, org, { email: 'anna@kommune.dk' });
    await configure(database.db, org, idp);
    idp.accounts.set('anna', { sub: 'anna', email: 'anna@kommune.dk' });

    const started = await start(app, org.slug);
    const back = await signInAtProvider(started.location, 'anna', redirectUri);
    const tampered = new URL(back);
    tampered.searchParams.set('state', 'en-anden-state');
    const res = await callback(app, tampered, started.cookie);
    expect(res.location).toBe(`/login?org=${org.slug}&error=sso_failed`);
    expect(res.session).toBeUndefined();

    const noCookie = await callback(app, back, '');
    expect(noCookie.location).toBe('/login?error=sso_failed');
    const forged = await callback(app, back, started.cookie.replace(/.{4}$/, 'AAAA'));
    expect(forged.location).toBe('/login?error=sso_failed');
    expect(forged.session).toBeUndefined();
  });

  it('keeps organisations apart: only the organisation the flow began for is used', async () => {
    const { app, database } = env();
    const orgA = await buildOrg(database.db);
    const orgB = await buildOrg(database.db);
    const inA = await buildPerson(database.db, orgA, { email: 'konsulent@firma.dk' });
    await buildPerson(database.db, orgB, { email: 'konsulent@firma.dk' });
    await configure(database.db, orgA, idp);
    idp.accounts.set('konsulent', { sub: 'konsulent', email: 'konsulent@firma.dk' });

    // B has no provider of its own, so A's is never borrowed for it.
    const startB = await start(app, orgB.slug);
    expect(startB.location).toBe(`/login?org=${orgB.slug}&error=sso_not_configured`);
    expect(startB.cookie).toBe('');

    const done = await signInThrough(app, orgA.slug, 'konsulent');
    const me = await call(app, 'GET', '/api/auth/me', { headers: { cookie: `mup_session=${done.session}` } });
    expect(me.json.person.id).toBe(inA.id);
    expect(me.json.organisation.id).toBe(orgA.id);
  });

  it('describes the organisation for its sign-in page and refuses a disabled provider', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db, { name: 'Testrup Kommune' });
    expect((await call(app, 'GET', '/api/auth/organisations/findes-ikke')).status).toBe(404);
    const without = await call(app, 'GET', `/api/auth/organisations/${org.slug}`);
    expect(without.json).toEqual({ name: 'Testrup Kommune', sso: null });

    await configure(database.db, org, idp, { displayName: 'Testrup login' });
    const withSso = await call(app, 'GET', `/api/auth/organisations/${org.slug}`);
    expect(withSso.json).toEqual({
      name: 'Testrup Kommune',
      sso: { displayName: 'Testrup login', startUrl: `/api/auth/oidc/${org.slug}/start` },
    });
    expect(withSso.text).not.toContain(idp.clientSecret);

    await database.db.update(oidcProviders).set({ enabled: false }).where(eq(oidcProviders.orgId, org.id));
    expect((await call(app, 'GET', `/api/auth/organisations/${org.slug}`)).json.sso).toBeNull();
    expect((await start(app, org.slug)).location).toBe(`/login?org=${org.slug}&error=sso_not_configured`);
    expect((await start(app, 'findes-ikke')).location).toBe(
      '/login?org=findes-ikke&error=sso_not_configured',
    );
  });

  it('only returns to a path on this site', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    await buildPerson(database.db, org, { email: 'bo@kommune.dk' });
    await configure(database.db, org, idp);
    idp.accounts.set('bo', { sub: 'bo', email: 'bo@kommune.dk' });
    const done = await signInThrough(app, org.slug, 'bo', '//evil.example/steal');
    expect(done.location).toBe('/');
    expect(done.session).toBeTruthy();
  });

  it('sends the person back with sso_failed when the provider cannot be reached', async () => {
    const { app, database } = env();
    const org = await buildOrg(database.db);
    await configure(database.db, org, idp, { issuer: 'http://127.0.0.1:9' });
    expect((await start(app, org.slug)).location).toBe(`/login?org=${org.slug}&error=sso_failed`);
  });
});
