import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { auditEvents } from '../../server/audit/schema.js';
import { oidcProviders } from './schema.js';
import { saveOidcSettings } from './services/oidc-settings.js';
import { oidcSettingsInput } from './validation.js';

async function buildOrgWithAdmins(db: Db) {
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org, { kind: 'administration' });
  const orgAdmin = await buildPerson(db, org, { roles: [{ unit, role: 'org_admin' }] });
  const hr = await buildPerson(db, org, { roles: [{ unit, role: 'hr' }] });
  const employee = await buildPerson(db, org, { roles: [{ unit, role: 'employee' }] });
  return { org, unit, orgAdmin, hr, employee };
}

const SECRET = 'meget-hemmelig-klient-nøgle-123';
const settings = {
  enabled: true,
  displayName: 'Log ind med kommunens konto',
  issuer: 'https://login.example.dk/tenant/v2.0',
  clientId: 'mup-client',
  clientSecret: SECRET,
  matchBy: 'email',
  employeeNumberClaim: 'employee_number',
};

describeEachEngine('single sign-on settings', (env) => {
  it('lets an organisation admin set up, change and remove single sign-on; the secret is never returned', async () => {
    const { app, database, config } = env();
    const { org, orgAdmin } = await buildOrgWithAdmins(database.db);
    const as = await signInAs(database.db, config, orgAdmin);

    const empty = await call(app, 'GET', '/api/organisation/oidc', { as });
    expect(empty.status).toBe(200);
    expect(empty.json).toEqual({
      provider: null,
      publicUrl: config.publicUrl,
      redirectUri: `${config.publicUrl}/api/auth/oidc/callback`,
    });

    const created = await call(app, 'PUT', '/api/organisation/oidc', { as, body: settings });
    expect(created.status).toBe(200);
    const { clientSecret: _secret, ...visible } = settings;
    expect(created.json.provider).toMatchObject({ ...visible, hasClientSecret: true });
    expect(created.json.provider).not.toHaveProperty('clientSecret');
    expect(created.text).not.toContain(SECRET);
    const read = await call(app, 'GET', '/api/organisation/oidc', { as });
    expect(read.json.provider.clientId).toBe('mup-client');
    expect(read.text).not.toContain(SECRET);

    // Leaving the secret out keeps it; the other fields change.
    const changed = await call(app, 'PUT', '/api/organisation/oidc', {
      as,
      body: {
        ...settings,
        clientSecret: undefined,
        matchBy: 'employee_number',
        employeeNumberClaim: 'extension_EmployeeId',
      },
    });
    expect(changed.status).toBe(200);
    const [row] = await database.db.select().from(oidcProviders).where(eq(oidcProviders.orgId, org.id));
    expect(row).toMatchObject({
      clientSecret: SECRET,
      matchBy: 'employee_number',
      employeeNumberClaim: 'extension_EmployeeId',
    });

    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.action)).toEqual(['oidc.create', 'oidc.update']);
    expect(audit[1]!.details).toEqual({ fields: ['matchBy', 'employeeNumberClaim'] });
    expect(JSON.stringify(audit)).not.toContain(SECRET);

    const removed = await call(app, 'DELETE', '/api/organisation/oidc', { as });
    expect(removed.status).toBe(200);
    expect((await call(app, 'GET', '/api/organisation/oidc', { as })).json.provider).toBeNull();
    expect((await call(app, 'DELETE', '/api/organisation/oidc', { as })).status).toBe(404);
  });

  it('removes the secret only when asked with null', async () => {
    const { app, database, config } = env();
    const { org, orgAdmin } = await buildOrgWithAdmins(database.db);
    const as = await signInAs(database.db, config, orgAdmin);
    await call(app, 'PUT', '/api/organisation/oidc', { as, body: settings });
    await call(app, 'PUT', '/api/organisation/oidc', { as, body: { ...settings, clientSecret: '' } });
    expect(
      (await database.db.select().from(oidcProviders).where(eq(oidcProviders.orgId, org.id)))[0]!
        .clientSecret,
    ).toBe(SECRET);
    const cleared = await call(app, 'PUT', '/api/organisation/oidc', {
      as,
      body: { ...settings, clientSecret: null },
    });
    expect(cleared.json.provider.hasClientSecret).toBe(false);
  });

  it('refuses an issuer that is not https (plain http only for this machine, outside production)', async () => {
    const { app, database, config } = env();
    const { orgAdmin } = await buildOrgWithAdmins(database.db);
    const as = await signInAs(database.db, config, orgAdmin);
    for (const issuer of ['http://login.example.dk', 'ikke en adresse', 'ftp://login.example.dk', '']) {
      const res = await call(app, 'PUT', '/api/organisation/oidc', { as, body: { ...settings, issuer } });
      expect(res.status, issuer).toBe(400);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain('issuer');
    }
    const local = await call(app, 'PUT', '/api/organisation/oidc', {
      as,
      body: { ...settings, issuer: 'http://127.0.0.1:8080' },
    });
    expect(local.status).toBe(200);

    const actor = {
      personId: orgAdmin.id,
      orgId: orgAdmin.orgId,
      name: '',
      locale: 'da' as const,
      sessionId: 'x',
      memberships: [{ unitId: 'u', role: 'org_admin' as const }],
    };
    const production = {
      db: database.db,
      engine: database.engine,
      config: { ...config, env: 'production' as const },
      actor,
      now: () => new Date(),
      ip: 'test',
    };
    await expect(
      saveOidcSettings({
        ctx: production,
        input: oidcSettingsInput.parse({ ...settings, issuer: 'http://localhost:8080' }),
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('keeps the settings to organisation admins: HR gets 403, others 403 or 401', async () => {
    const { app, database, config } = env();
    const { hr, employee, orgAdmin } = await buildOrgWithAdmins(database.db);
    await call(app, 'PUT', '/api/organisation/oidc', {
      as: await signInAs(database.db, config, orgAdmin),
      body: settings,
    });
    for (const person of [hr, employee]) {
      const as = await signInAs(database.db, config, person);
      for (const [method, path, body] of [
        ['GET', '/api/organisation/oidc', undefined],
        ['PUT', '/api/organisation/oidc', { ...settings, clientId: 'overtaget' }],
        ['DELETE', '/api/organisation/oidc', undefined],
        ['GET', '/api/organisation', undefined],
        ['PUT', '/api/organisation', { name: 'Overtaget', accessibilityUrl: null }],
      ] as const) {
        const res = await call(app, method, path, { as, body });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.text).not.toContain(SECRET);
      }
    }
    expect((await call(app, 'GET', '/api/organisation/oidc')).status).toBe(401);
    const still = await call(app, 'GET', '/api/organisation/oidc', {
      as: await signInAs(database.db, config, orgAdmin),
    });
    expect(still.json.provider.clientId).toBe('mup-client');
  });

  it('shows each organisation admin only their own organisation', async () => {
    const { app, database, config } = env();
    const a = await buildOrgWithAdmins(database.db);
    const b = await buildOrgWithAdmins(database.db);
    await call(app, 'PUT', '/api/organisation/oidc', {
      as: await signInAs(database.db, config, a.orgAdmin),
      body: settings,
    });
    const asB = await signInAs(database.db, config, b.orgAdmin);
    expect((await call(app, 'GET', '/api/organisation/oidc', { as: asB })).json.provider).toBeNull();
    expect((await call(app, 'GET', '/api/organisation', { as: asB })).json.organisation.id).toBe(b.org.id);
  });
});
