import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import type { Db } from '../../server/db/client.js';
import { auditEvents } from '../../server/audit/schema.js';

async function buildOrgWithAdmins(db: Db) {
  const org = await buildOrg(db);
  const unit = await buildUnit(db, org, { kind: 'administration' });
  const orgAdmin = await buildPerson(db, org, { roles: [{ unit, role: 'org_admin' }] });
  const hr = await buildPerson(db, org, { roles: [{ unit, role: 'hr' }] });
  return { org, unit, orgAdmin, hr };
}

describeEachEngine("the organisation's details", (env) => {
  it('changes the organisation name and accessibility statement link', async () => {
    const { app, database, config } = env();
    const { org, orgAdmin } = await buildOrgWithAdmins(database.db);
    const as = await signInAs(database.db, config, orgAdmin);
    const before = await call(app, 'GET', '/api/organisation', { as });
    expect(before.json.organisation).toEqual({
      id: org.id,
      slug: org.slug,
      name: org.name,
      accessibilityUrl: null,
    });

    const url = 'https://www.testrup.dk/tilgaengelighed';
    const saved = await call(app, 'PUT', '/api/organisation', {
      as,
      body: { name: ' Testrup Kommune ', accessibilityUrl: url },
    });
    expect(saved.status).toBe(200);
    expect(saved.json.organisation).toMatchObject({ name: 'Testrup Kommune', accessibilityUrl: url });
    const me = await call(app, 'GET', '/api/auth/me', { as });
    expect(me.json.organisation).toMatchObject({ name: 'Testrup Kommune', accessibilityUrl: url });

    const cleared = await call(app, 'PUT', '/api/organisation', {
      as,
      body: { name: 'Testrup Kommune', accessibilityUrl: '' },
    });
    expect(cleared.json.organisation.accessibilityUrl).toBeNull();
    for (const body of [
      { name: '', accessibilityUrl: null },
      { name: 'X', accessibilityUrl: 'javascript:alert(1)' },
    ]) {
      expect((await call(app, 'PUT', '/api/organisation', { as, body })).status).toBe(400);
    }
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
    expect(audit.map((a) => a.details)).toEqual([
      { fields: ['name', 'accessibilityUrl'] },
      { fields: ['accessibilityUrl'] },
    ]);
  });

  it("keeps the details to organisation admins: HR gets 403, another organisation's admin sees their own", async () => {
    const { app, database, config } = env();
    const { org, hr } = await buildOrgWithAdmins(database.db);
    const other = await buildOrgWithAdmins(database.db);
    const asHr = await signInAs(database.db, config, hr);
    expect((await call(app, 'GET', '/api/organisation', { as: asHr })).status).toBe(403);
    expect(
      (
        await call(app, 'PUT', '/api/organisation', {
          as: asHr,
          body: { name: 'Ny', accessibilityUrl: null },
        })
      ).status,
    ).toBe(403);
    const asOther = await signInAs(database.db, config, other.orgAdmin);
    const seen = await call(app, 'GET', '/api/organisation', { as: asOther });
    expect(seen.json.organisation.id).toBe(other.org.id);
    expect(seen.json.organisation.id).not.toBe(org.id);
  });
});
