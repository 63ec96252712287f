import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { scimTokens } from './schema.js';
import { hashToken } from './token.js';
import { scim, scimSetup } from './testing.js';

const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

describeEachEngine('SCIM tokens', (env) => {
  it('is kept hashed, shown once, and a rotation or revocation ends the old one at once', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token, session } = await scimSetup(db, config, app, org);
    const [row] = await db.select().from(scimTokens).where(eq(scimTokens.orgId, org.id));
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.split('_').at(-1));

    const settings = await call(app, 'GET', '/api/organisation/scim', { as: session });
    expect(settings.json.token).toMatchObject({ expired: false, lastUsedAt: null });
    expect(JSON.stringify(settings.json)).not.toContain(token);
    expect(settings.json.baseUrl).toBe(`${config.publicUrl}/scim/v2`);

    expect((await scim(app, token, 'GET', '/Users')).status).toBe(200);
    const used = await call(app, 'GET', '/api/organisation/scim', { as: session });
    expect(used.json.token.lastUsedAt).not.toBeNull();

    const rotated = await call(app, 'POST', '/api/organisation/scim/token', {
      as: session,
      body: { validDays: 90 },
    });
    expect(rotated.status).toBe(201);
    expect(rotated.json.token).not.toBe(token);
    const old = await scim(app, token, 'GET', '/Users');
    expect(old.status).toBe(401);
    expect(old.json).toMatchObject({ schemas: [ERROR], status: '401' });
    expect((await scim(app, rotated.json.token, 'GET', '/Users')).status).toBe(200);

    expect((await call(app, 'DELETE', '/api/organisation/scim/token', { as: session })).status).toBe(200);
    expect((await scim(app, rotated.json.token, 'GET', '/Users')).status).toBe(401);
    expect((await call(app, 'DELETE', '/api/organisation/scim/token', { as: session })).status).toBe(404);

    const actions = (
      await db
        .select({ action: auditEvents.action, details: auditEvents.details })
        .from(auditEvents)
        .where(eq(auditEvents.orgId, org.id))
    )
      .map((a) => a.action)
      .filter((a) => a.startsWith('scim.token'));
    expect(actions).toEqual(['scim.token_created', 'scim.token_rotated', 'scim.token_revoked']);
  });

  it('refuses an expired token with a SCIM 401, and changes nothing', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token } = await scimSetup(db, config, app, org);
    await db
      .update(scimTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(scimTokens.orgId, org.id));
    const res = await scim(app, token, 'POST', '/Users', {
      userName: 'sen@kommune.dk',
      displayName: 'For sent',
    });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ schemas: [ERROR], status: '401', detail: expect.stringContaining('expired') });
    const after = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "sen@kommune.dk"')}`,
    );
    expect(after.status).toBe(401);
  });

  it('opens SCIM and nothing else: no session opens SCIM, the token opens no other route, and each organisation sees its own', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token, session, admin } = await scimSetup(db, config, app, org);

    // A session cookie (even an org admin's) is not a SCIM credential.
    const res = await app.request('/scim/v2/Users', { headers: { cookie: session.cookie } });
    expect(res.status).toBe(401);
    expect((await scim(app, null, 'GET', '/Users')).json).toMatchObject({ schemas: [ERROR], status: '401' });
    expect((await scim(app, 'mupscim_nonsense', 'GET', '/Users')).status).toBe(401);

    // The token on the API is no one.
    for (const path of ['/api/auth/me', `/api/people/${admin.id}`, '/api/organisation/scim']) {
      const api = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
      expect(api.status).toBe(401);
    }

    // Another organisation's token does not reach this one's users.
    const other = await buildOrg(db);
    const { token: otherToken } = await scimSetup(db, config, app, other);
    const mine = (
      await scim(app, token, 'POST', '/Users', { userName: 'mine@kommune.dk', displayName: 'Min' })
    ).json.id as string;
    const theirs = await scim(app, otherToken, 'GET', `/Users/${mine}`);
    expect(theirs.status).toBe(404);
    expect(theirs.json).toMatchObject({ schemas: [ERROR], status: '404' });
    expect(
      (
        await scim(app, otherToken, 'PATCH', `/Users/${mine}`, {
          Operations: [{ op: 'Replace', path: 'active', value: false }],
        })
      ).status,
    ).toBe(404);
    expect((await scim(app, otherToken, 'GET', '/Users')).json.totalResults).toBe(0);
    // A token whose organisation part was swapped for another's is not a token.
    const forged = otherToken.replace(/^mupscim_[0-9a-f]{32}/, `mupscim_${org.id.replaceAll('-', '')}`);
    expect((await scim(app, forged, 'GET', '/Users')).status).toBe(401);
  });

  it('is for organisation admins only', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const unit = await buildUnit(db, org);
    const hr = await buildPerson(db, org, { roles: [{ unit, role: 'hr' }] });
    const employee = await buildPerson(db, org, { roles: [{ unit, role: 'employee' }] });
    const hrSession = await signInAs(db, config, hr);
    expect(
      (await call(app, 'POST', '/api/organisation/scim/token', { as: hrSession, body: { validDays: 365 } }))
        .status,
    ).toBe(403);
    expect((await call(app, 'GET', '/api/organisation/scim', { as: hrSession })).status).toBe(403);
    const employeeSession = await signInAs(db, config, employee);
    expect((await call(app, 'GET', '/api/organisation/scim', { as: employeeSession })).status).toBe(403);
    expect(
      (
        await call(app, 'POST', '/api/organisation/scim/token', {
          as: employeeSession,
          body: { validDays: 5 },
        })
      ).status,
    ).toBe(403);
    expect(await db.select().from(scimTokens).where(eq(scimTokens.orgId, org.id))).toHaveLength(0);
  });
});
