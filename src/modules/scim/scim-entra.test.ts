import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { memberships, people } from '../org/schema.js';
import { ENTERPRISE, entraUser, patch, scim, scimSetup } from './testing.js';

describeEachEngine('SCIM provisioning as Entra ID sends it', (env) => {
  it('replays a provisioning cycle: test connection, create, update, groups, deactivate, reactivate, delete', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token, session } = await scimSetup(db, config, app, org);

    // Entra's "Test connection": a filter on a userName no one has.
    const probe = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "3c1f2a8e-probe"')}`,
    );
    expect(probe.status).toBe(200);
    expect(probe.headers.get('content-type')).toContain('application/scim+json');
    expect(probe.json).toMatchObject({ totalResults: 0, Resources: [] });
    for (const path of ['/ServiceProviderConfig', '/ResourceTypes', '/Schemas', '/Schemas/' + ENTERPRISE]) {
      expect((await scim(app, token, 'GET', path)).status).toBe(200);
    }
    const config1 = await scim(app, token, 'GET', '/ServiceProviderConfig');
    expect(config1.json.patch.supported).toBe(true);
    expect(config1.json.filter.supported).toBe(true);

    // Create.
    const created = await scim(app, token, 'POST', '/Users', entraUser('ida'));
    expect(created.status).toBe(201);
    const ida = created.json.id as string;
    expect(created.json).toMatchObject({
      userName: 'ida@kommune.dk',
      externalId: 'ext-ida',
      active: true,
      displayName: 'Medarbejder ida',
      emails: [{ value: 'ida@kommune.dk', type: 'work', primary: true }],
      [ENTERPRISE]: { employeeNumber: 'M-ida' },
    });
    const [row] = await db.select().from(people).where(eq(people.id, ida));
    expect(row).toMatchObject({
      orgId: org.id,
      name: 'Medarbejder ida',
      email: 'ida@kommune.dk',
      employeeNumber: 'M-ida',
      jobTitle: 'Pædagog',
      active: true,
    });

    // Found by userName (any case) and by externalId, as Entra looks before it creates.
    const byName = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "IDA@kommune.dk"')}`,
    );
    expect(byName.json.Resources.map((r: { id: string }) => r.id)).toEqual([ida]);
    const byExternal = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('externalId eq "ext-ida"')}`,
    );
    expect(byExternal.json.totalResults).toBe(1);

    // Update: Entra's multi-valued path, a name part, and a path-less Replace with a value object.
    const updated = await scim(
      app,
      token,
      'PATCH',
      `/Users/${ida}`,
      patch(
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ida.berg@kommune.dk' },
        { op: 'Replace', path: 'name.familyName', value: 'Berg' },
        { op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: 'M-1001' },
        { op: 'Replace', value: { displayName: 'Ida Berg', title: 'Souschef' } },
      ),
    );
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      displayName: 'Ida Berg',
      name: { familyName: 'Berg', givenName: 'Medarbejder' },
    });
    const [afterUpdate] = await db.select().from(people).where(eq(people.id, ida));
    expect(afterUpdate).toMatchObject({
      name: 'Ida Berg',
      email: 'ida.berg@kommune.dk',
      employeeNumber: 'M-1001',
      jobTitle: 'Souschef',
    });

    // A second user, and a group mapped by the admin to a unit as employees.
    const ole = (await scim(app, token, 'POST', '/Users', entraUser('ole'))).json.id as string;
    const unit = await buildUnit(db, org, { name: 'Børnehuset Solsikken' });
    const group = await scim(app, token, 'POST', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      externalId: 'grp-solsikken',
      displayName: 'MUP Solsikken',
      meta: { resourceType: 'Group' },
      members: [],
    });
    expect(group.status).toBe(201);
    const groupId = group.json.id as string;
    const mapped = await call(app, 'PUT', `/api/organisation/scim/groups/${groupId}`, {
      as: session,
      body: { target: { kind: 'unit', unitId: unit.id, role: 'employee' } },
    });
    expect(mapped.status).toBe(200);

    const added = await scim(
      app,
      token,
      'PATCH',
      `/Groups/${groupId}`,
      patch({
        op: 'Add',
        path: 'members',
        value: [
          { $ref: null, value: ida },
          { $ref: null, value: ole },
        ],
      }),
    );
    expect(added.status).toBe(204);
    const roles = async (personId: string) =>
      (
        await db
          .select({ role: memberships.role })
          .from(memberships)
          .where(
            and(
              eq(memberships.orgId, org.id),
              eq(memberships.personId, personId),
              eq(memberships.unitId, unit.id),
            ),
          )
      ).map((m) => m.role);
    expect(await roles(ida)).toEqual(['employee']);
    expect(await roles(ole)).toEqual(['employee']);
    const listed = await scim(app, token, 'GET', `/Groups/${groupId}`);
    expect(listed.json.members.map((m: { value: string }) => m.value).sort()).toEqual([ida, ole].sort());
    const withoutMembers = await scim(
      app,
      token,
      'GET',
      `/Groups?excludedAttributes=members&filter=${encodeURIComponent('displayName eq "MUP Solsikken"')}`,
    );
    expect(withoutMembers.json.Resources).toHaveLength(1);
    expect(withoutMembers.json.Resources[0].members).toBeUndefined();

    // Remove one member the Entra way, and one by the filtered path; their roles go.
    expect(
      (
        await scim(
          app,
          token,
          'PATCH',
          `/Groups/${groupId}`,
          patch({ op: 'Remove', path: 'members', value: [{ value: ole }] }),
        )
      ).status,
    ).toBe(204);
    expect(await roles(ole)).toEqual([]);
    expect(await roles(ida)).toEqual(['employee']);
    expect(
      (
        await scim(
          app,
          token,
          'PATCH',
          `/Groups/${groupId}`,
          patch({ op: 'Remove', path: `members[value eq "${ida}"]` }),
        )
      ).status,
    ).toBe(204);
    expect(await roles(ida)).toEqual([]);

    // Deactivate with Entra's text boolean; the person's session ends, the record stays.
    const idaPerson = (await db.select().from(people).where(eq(people.id, ida)))[0]!;
    const idaSession = await signInAs(db, config, idaPerson);
    expect((await call(app, 'GET', '/api/auth/me', { as: idaSession })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 5));
    const off = await scim(
      app,
      token,
      'PATCH',
      `/Users/${ida}`,
      patch({ op: 'Replace', path: 'active', value: 'False' }),
    );
    expect(off.status).toBe(200);
    expect(off.json.active).toBe(false);
    const [deactivated] = await db.select().from(people).where(eq(people.id, ida));
    expect(deactivated!.active).toBe(false);
    expect(deactivated!.deactivatedAt).toBeInstanceOf(Date);
    expect((await call(app, 'GET', '/api/auth/me', { as: idaSession })).status).toBe(401);
    // A disabled user still answers a filter, with active false (Entra checks it).
    const stillThere = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "ida@kommune.dk"')}`,
    );
    expect(stillThere.json.Resources[0].active).toBe(false);

    // Reactivate with a path-less Replace.
    const on = await scim(
      app,
      token,
      'PATCH',
      `/Users/${ida}`,
      patch({ op: 'Replace', value: { active: 'True' } }),
    );
    expect(on.json.active).toBe(true);
    expect((await db.select().from(people).where(eq(people.id, ida)))[0]!.active).toBe(true);

    // DELETE deactivates; nothing is deleted.
    expect((await scim(app, token, 'DELETE', `/Users/${ole}`)).status).toBe(204);
    const [oleRow] = await db.select().from(people).where(eq(people.id, ole));
    expect(oleRow).toMatchObject({ active: false, name: 'Medarbejder ole' });
    expect((await scim(app, token, 'GET', `/Users/${ole}`)).json.active).toBe(false);

    const actions = (
      await db
        .select({ action: auditEvents.action, details: auditEvents.details, actorId: auditEvents.actorId })
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.subjectPersonId, ida)))
        .orderBy(auditEvents.id)
    ).map((a) => a.action);
    expect(actions).toEqual([
      'person.created',
      'person.updated',
      'membership.added',
      'membership.removed',
      'person.deactivated',
      'person.reactivated',
    ]);
  });
});
