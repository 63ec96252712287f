import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTeam, buildUnit } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { memberships, people, teamMembers } from '../org/schema.js';
import { scimUsers } from './schema.js';
import { ERROR, entraUser, patch, scim, scimSetup } from './testing.js';

describeEachEngine('SCIM provisioning: take-overs, conflicts, refusals and group mappings', (env) => {
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
