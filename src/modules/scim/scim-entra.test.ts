import { expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTeam, buildUnit, signInAs } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { memberships, people, teamMembers } from '../org/schema.js';
import { scimUsers } from './schema.js';
import { scim, scimSetup } from './testing.js';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** A user as Entra ID's default attribute mapping sends it, with the employee id mapped to employeeNumber. */
const entraUser = (n: string, overrides: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  externalId: `ext-${n}`,
  userName: `${n}@kommune.dk`,
  active: true,
  displayName: `Medarbejder ${n}`,
  emails: [{ primary: true, type: 'work', value: `${n}@kommune.dk` }],
  meta: { resourceType: 'User' },
  name: { formatted: `Medarbejder ${n}`, familyName: n, givenName: 'Medarbejder' },
  title: 'Pædagog',
  preferredLanguage: 'da-DK',
  roles: [],
  [ENTERPRISE]: { employeeNumber: `M-${n}`, department: 'Dagtilbud' },
  ...overrides,
});

const patch = (...Operations: unknown[]) => ({ schemas: [PATCH], Operations });

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

  it('takes over a person HR made, and refuses a userName already in use, changing nothing', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token } = await scimSetup(db, config, app, org);
    const existing = await buildPerson(db, org, {
      name: 'Karen Holm',
      email: 'karen@kommune.dk',
      employeeNumber: null,
    });

    const adopted = await scim(
      app,
      token,
      'POST',
      '/Users',
      entraUser('karen', { emails: [{ type: 'work', value: 'Karen@Kommune.dk' }] }),
    );
    expect(adopted.status).toBe(201);
    expect(adopted.json.id).toBe(existing.id);

    const before = await db.select().from(people).where(eq(people.orgId, org.id));
    const clash = await scim(
      app,
      token,
      'POST',
      '/Users',
      entraUser('other', { userName: 'KAREN@kommune.dk', externalId: 'ext-x', emails: [] }),
    );
    expect(clash.status).toBe(409);
    expect(clash.json).toEqual({
      schemas: [ERROR],
      status: '409',
      scimType: 'uniqueness',
      detail: expect.stringContaining('userName'),
    });
    expect(await db.select().from(people).where(eq(people.orgId, org.id))).toHaveLength(before.length);

    // An e-mail address a provisioned person already has is a uniqueness conflict too.
    const second = (await scim(app, token, 'POST', '/Users', entraUser('bo'))).json.id as string;
    const taken = await scim(
      app,
      token,
      'PATCH',
      `/Users/${second}`,
      patch({ op: 'Replace', path: 'emails[type eq "work"].value', value: 'karen@kommune.dk' }),
    );
    expect(taken.status).toBe(409);
    expect(taken.json.scimType).toBe('uniqueness');
    expect((await db.select().from(people).where(eq(people.id, second)))[0]!.email).toBe('bo@kommune.dk');
  });

  it('never deactivates the organisation’s last admin', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token, admin } = await scimSetup(db, config, app, org);
    const taken = await scim(
      app,
      token,
      'POST',
      '/Users',
      entraUser('chef', { emails: [{ type: 'work', value: admin.email }] }),
    );
    expect(taken.json.id).toBe(admin.id);
    const off = await scim(
      app,
      token,
      'PATCH',
      `/Users/${admin.id}`,
      patch({ op: 'Replace', path: 'active', value: 'False' }),
    );
    expect(off.json).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'mutability' });
    expect((await db.select().from(people).where(eq(people.id, admin.id)))[0]!.active).toBe(true);
  });

  it('refuses unknown attributes and bad filters with SCIM errors, applying none of a failing PATCH', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token } = await scimSetup(db, config, app, org);

    const unknown = await scim(app, token, 'POST', '/Users', entraUser('eva', { favouriteColour: 'blå' }));
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidSyntax' });
    expect(unknown.json.detail).toContain('favouriteColour');
    const nested = await scim(
      app,
      token,
      'POST',
      '/Users',
      entraUser('eva', { name: { givenName: 'Eva', nickname2: 'E' } }),
    );
    expect(nested.status).toBe(400);
    expect(nested.json.detail).toContain('name.nickname2');
    expect(await db.select().from(scimUsers).where(eq(scimUsers.orgId, org.id))).toHaveLength(0);

    const eva = (await scim(app, token, 'POST', '/Users', entraUser('eva'))).json.id as string;
    const half = await scim(
      app,
      token,
      'PATCH',
      `/Users/${eva}`,
      patch(
        { op: 'Replace', path: 'displayName', value: 'Eva Ny' },
        { op: 'Replace', path: 'shoeSize', value: '38' },
      ),
    );
    expect(half.status).toBe(400);
    expect(half.json.scimType).toBe('invalidPath');
    expect((await db.select().from(people).where(eq(people.id, eva)))[0]!.name).toBe('Medarbejder eva');

    const badActive = await scim(
      app,
      token,
      'PATCH',
      `/Users/${eva}`,
      patch({ op: 'Replace', path: 'active', value: 'maybe' }),
    );
    expect(badActive.json).toMatchObject({ status: '400', scimType: 'invalidValue' });

    const badFilter = await scim(
      app,
      token,
      'GET',
      `/Users?filter=${encodeURIComponent('userName co "eva"')}`,
    );
    expect(badFilter.json).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
    const badAttribute = await scim(app, token, 'GET', `/Users?filter=${encodeURIComponent('title eq "x"')}`);
    expect(badAttribute.json.scimType).toBe('invalidFilter');

    const notJson = await scim(app, token, 'POST', '/Users', '{"userName":');
    expect(notJson.json).toMatchObject({ status: '400', scimType: 'invalidSyntax' });

    // A group change naming one unknown member adds none of them.
    const groupId = (await scim(app, token, 'POST', '/Groups', { displayName: 'Alle', members: [] })).json
      .id as string;
    const partly = await scim(
      app,
      token,
      'PATCH',
      `/Groups/${groupId}`,
      patch({
        op: 'Add',
        path: 'members',
        value: [{ value: eva }, { value: '00000000-0000-4000-8000-000000000000' }],
      }),
    );
    expect(partly.status).toBe(400);
    expect((await scim(app, token, 'GET', `/Groups/${groupId}`)).json.members).toEqual([]);

    const large = await scim(
      app,
      token,
      'POST',
      '/Users',
      JSON.stringify(entraUser('big', { title: 'x'.repeat(1_100_000) })),
    );
    expect(large.status).toBe(413);
    expect(large.json.schemas).toEqual([ERROR]);
  });

  it('maps a group to a team, and keeps a role HR gave by hand when the group lets go', async () => {
    const { app, database, config } = env();
    const db = database.db;
    const org = await buildOrg(db);
    const { token, session } = await scimSetup(db, config, app, org);
    const unit = await buildUnit(db, org);
    const team = await buildTeam(db, org, { unit, name: 'Sprogteamet' });
    const a = (await scim(app, token, 'POST', '/Users', entraUser('anna'))).json.id as string;
    const b = (await scim(app, token, 'POST', '/Users', entraUser('bent'))).json.id as string;
    // HR already made Bent an employee of the unit.
    await db.insert(memberships).values({ orgId: org.id, personId: b, unitId: unit.id, role: 'employee' });

    const groupId = (
      await scim(app, token, 'POST', '/Groups', {
        displayName: 'Sprog',
        members: [{ value: a }, { value: b }],
      })
    ).json.id as string;
    // Unmapped, the group gives nothing yet.
    expect(await db.select().from(teamMembers).where(eq(teamMembers.teamId, team.id))).toHaveLength(0);

    await call(app, 'PUT', `/api/organisation/scim/groups/${groupId}`, {
      as: session,
      body: { target: { kind: 'team', teamId: team.id } },
    });
    const onTeam = await db
      .select({ personId: teamMembers.personId })
      .from(teamMembers)
      .where(eq(teamMembers.teamId, team.id));
    expect(onTeam.map((m) => m.personId).sort()).toEqual([a, b].sort());

    // Remapped to the unit as employees: the team places go; Bent's hand-given role is not SCIM's to take later.
    await call(app, 'PUT', `/api/organisation/scim/groups/${groupId}`, {
      as: session,
      body: { target: { kind: 'unit', unitId: unit.id, role: 'employee' } },
    });
    expect(await db.select().from(teamMembers).where(eq(teamMembers.teamId, team.id))).toHaveLength(0);
    await scim(
      app,
      token,
      'PATCH',
      `/Groups/${groupId}`,
      patch({ op: 'Replace', path: 'members', value: [] }),
    );
    const left = await db
      .select({ personId: memberships.personId })
      .from(memberships)
      .where(eq(memberships.unitId, unit.id));
    expect(left.map((m) => m.personId)).toEqual([b]);

    const settings = await call(app, 'GET', '/api/organisation/scim', { as: session });
    expect(settings.json.groups).toEqual([
      {
        id: groupId,
        displayName: 'Sprog',
        externalId: null,
        members: 0,
        target: { kind: 'unit', unitId: unit.id, role: 'employee' },
      },
    ]);
    expect(settings.json.provisioned).toEqual({ users: 2, inactive: 0 });

    // DELETE of a group removes it.
    expect((await scim(app, token, 'DELETE', `/Groups/${groupId}`)).status).toBe(204);
    expect((await scim(app, token, 'GET', `/Groups/${groupId}`)).status).toBe(404);
  });
});
