import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { memberships } from './schema.js';

describeEachEngine('people', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const auditOf = (orgId: string, subjectPersonId: string) =>
    env()
      .database.db.select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.subjectPersonId, subjectPersonId)))
      .orderBy(auditEvents.id);

  it('HR creates a person with memberships and edits them with optimistic versions', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const created = await call(app, 'POST', '/api/people', {
      as: hr,
      body: {
        name: 'Hanne Ny',
        email: ' Hanne@Example.DK ',
        employeeNumber: 'E-1001',
        jobTitle: '',
        memberships: [{ unitId: o.units.room.id, role: 'employee' }],
      },
    });
    expect(created.status).toBe(201);
    const person = created.json.person;
    expect(person).toMatchObject({
      name: 'Hanne Ny',
      email: 'hanne@example.dk',
      employeeNumber: 'E-1001',
      jobTitle: null,
      locale: 'da',
      active: true,
      version: 1,
      hasPassword: false,
      lastSignInAt: null,
    });

    const record = await call(app, 'GET', `/api/people/${person.id}`, { as: hr });
    expect(record.json.memberships).toEqual([
      { id: expect.any(String), unitId: o.units.room.id, unitName: 'Rød stue', role: 'employee' },
    ]);
    expect(record.json.nearestLeaders).toEqual([{ id: o.leaderA.id, name: 'Bo Leder' }]);

    const edited = await call(app, 'PATCH', `/api/people/${person.id}`, {
      as: hr,
      body: { jobTitle: 'Pædagog', email: null, version: 1 },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.person).toMatchObject({
      jobTitle: 'Pædagog',
      email: null,
      employeeNumber: 'E-1001',
      version: 2,
    });
    const stale = await call(app, 'PATCH', `/api/people/${person.id}`, {
      as: hr,
      body: { jobTitle: 'Leder', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');

    expect((await auditOf(o.org.id, person.id)).map((a) => a.action)).toEqual([
      'person.created',
      'person.read',
      'person.updated',
    ]);
  });

  it('refuses a duplicate email address or employee number with the specific reason', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const email = await call(app, 'POST', '/api/people', {
      as: hr,
      body: { name: 'Kopi', email: o.employeeA.email!.toUpperCase() },
    });
    expect(email.status).toBe(409);
    expect(email.json.error.reason).toBe('email_taken');
    const number = await call(app, 'POST', '/api/people', {
      as: hr,
      body: { name: 'Kopi', employeeNumber: o.employeeA.employeeNumber },
    });
    expect(number.status).toBe(409);
    expect(number.json.error.reason).toBe('employee_number_taken');
    const patch = await call(app, 'PATCH', `/api/people/${o.employeeB.id}`, {
      as: hr,
      body: { email: o.employeeA.email, version: 1 },
    });
    expect(patch.status).toBe(409);
    expect(patch.json.error.reason).toBe('email_taken');
    // Keeping one's own address is not a duplicate.
    const own = await call(app, 'PATCH', `/api/people/${o.employeeA.id}`, {
      as: hr,
      body: { email: o.employeeA.email, version: 1 },
    });
    expect(own.status).toBe(200);
  });

  it('deactivating a person ends their sessions', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const employee = await as(o.employeeA);
    expect((await call(app, 'GET', '/api/auth/me', { as: employee })).status).toBe(200);
    const res = await call(app, 'PATCH', `/api/people/${o.employeeA.id}`, {
      as: await as(o.hr),
      body: { active: false, version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.json.person.active).toBe(false);
    expect((await call(app, 'GET', '/api/auth/me', { as: employee })).status).toBe(401);
    expect((await auditOf(o.org.id, o.employeeA.id)).map((a) => a.action)).toEqual(['person.deactivated']);
    // Ended, not merely refused while inactive: reactivating does not bring the old session back,
    // while a session begun after the reactivation works.
    const back = await call(app, 'PATCH', `/api/people/${o.employeeA.id}`, {
      as: await as(o.hr),
      body: { active: true, version: 2 },
    });
    expect(back.status).toBe(200);
    expect((await call(app, 'GET', '/api/auth/me', { as: employee })).status).toBe(401);
    expect((await call(app, 'GET', '/api/auth/me', { as: await as(o.employeeA) })).status).toBe(200);
  });

  it('adds, removes and moves memberships, audited, and refuses a duplicate role', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const added = await call(app, 'POST', `/api/people/${o.employeeA.id}/memberships`, {
      as: hr,
      body: { unitId: o.units.instB.id, role: 'resource_person' },
    });
    expect(added.status).toBe(201);
    expect(added.json.membership).toEqual({
      id: expect.any(String),
      unitId: o.units.instB.id,
      unitName: o.units.instB.name,
      role: 'resource_person',
    });
    const again = await call(app, 'POST', `/api/people/${o.employeeA.id}/memberships`, {
      as: hr,
      body: { unitId: o.units.instB.id, role: 'resource_person' },
    });
    expect(again.status).toBe(409);
    expect(again.json.error.reason).toBe('membership_exists');

    const removed = await call(
      app,
      'DELETE',
      `/api/people/${o.employeeA.id}/memberships/${added.json.membership.id}`,
      { as: hr },
    );
    expect(removed.status).toBe(200);
    expect(
      (
        await call(app, 'DELETE', `/api/people/${o.employeeA.id}/memberships/${added.json.membership.id}`, {
          as: hr,
        })
      ).status,
    ).toBe(404);

    const moved = await call(app, 'POST', `/api/people/${o.employeeA.id}/move`, {
      as: hr,
      body: { fromUnitId: o.units.room.id, toUnitId: o.units.instB.id },
    });
    expect(moved.status).toBe(200);
    const now = await database.db
      .select({ unitId: memberships.unitId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.personId, o.employeeA.id));
    expect(now).toEqual([{ unitId: o.units.instB.id, role: 'employee' }]);
    const record = await call(app, 'GET', `/api/people/${o.employeeA.id}`, { as: hr });
    expect(record.json.nearestLeaders).toEqual([{ id: o.leaderB.id, name: o.leaderB.name }]);
    const nothingThere = await call(app, 'POST', `/api/people/${o.employeeA.id}/move`, {
      as: hr,
      body: { fromUnitId: o.units.room.id, toUnitId: o.units.instA.id },
    });
    expect(nothingThere.status).toBe(404);

    const audit = await auditOf(o.org.id, o.employeeA.id);
    expect(audit.map((a) => a.action)).toEqual([
      'membership.added',
      'membership.removed',
      'person.moved',
      'person.read',
    ]);
    expect(audit[2]!.details).toEqual({
      fromUnitId: o.units.room.id,
      toUnitId: o.units.instB.id,
      roles: ['employee'],
    });
  });

  it('keeps administrator rights with org admins and never leaves the organisation without one', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const orgAdmin = await buildPerson(database.db, o.org, {
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const hr = await as(o.hr);
    const grant = await call(app, 'POST', `/api/people/${o.hr.id}/memberships`, {
      as: hr,
      body: { unitId: o.units.admin.id, role: 'org_admin' },
    });
    expect(grant.status).toBe(403);
    const takeOver = await call(app, 'PATCH', `/api/people/${orgAdmin.id}`, {
      as: hr,
      body: { email: 'hr@example.dk', version: 1 },
    });
    expect(takeOver.status).toBe(403);
    const admin = await as(orgAdmin);
    const [own] = await database.db.select().from(memberships).where(eq(memberships.personId, orgAdmin.id));
    const last = await call(app, 'DELETE', `/api/people/${orgAdmin.id}/memberships/${own!.id}`, {
      as: admin,
    });
    expect(last.status).toBe(409);
    expect(last.json.error.reason).toBe('last_admin');
    const deactivate = await call(app, 'PATCH', `/api/people/${orgAdmin.id}`, {
      as: admin,
      body: { active: false, version: 1 },
    });
    expect(deactivate.json.error.reason).toBe('last_admin');
    expect(
      (
        await call(app, 'POST', `/api/people/${o.hr.id}/memberships`, {
          as: admin,
          body: { unitId: o.units.admin.id, role: 'org_admin' },
        })
      ).status,
    ).toBe(201);
    expect(
      (await call(app, 'DELETE', `/api/people/${orgAdmin.id}/memberships/${own!.id}`, { as: admin })).status,
    ).toBe(200);
  });

  it('lists everyone to admins, the people they lead to leaders, and refuses everyone else', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    await buildPerson(database.db, o.org, {
      name: 'Dorthe Inaktiv',
      active: false,
      roles: [{ unit: o.units.instA, role: 'employee' }],
    });
    const all = await call(app, 'GET', '/api/people', { as: await as(o.hr) });
    expect(all.status).toBe(200);
    expect(all.json.total).toBe(7);
    expect(all.json.people).toHaveLength(7);
    const withInactive = await call(app, 'GET', '/api/people?includeInactive=true&query=dorthe', {
      as: await as(o.hr),
    });
    expect(withInactive.json.people.map((p: { name: string }) => p.name)).toEqual([
      'Dorthe Inaktiv',
      'Dorthe Pædagog',
    ]);
    const paged = await call(app, 'GET', '/api/people?pageSize=2&page=2', { as: await as(o.hr) });
    expect(paged.json.total).toBe(7);
    expect(paged.json.people.map((p: { name: string }) => p.name)).toEqual([
      'Cecilie Leder',
      'Dorthe Pædagog',
    ]);
    const inRoom = await call(app, 'GET', `/api/people?unitId=${o.units.room.id}&role=employee`, {
      as: await as(o.hr),
    });
    expect(inRoom.json.people).toEqual([
      expect.objectContaining({
        id: o.employeeA.id,
        email: o.employeeA.email,
        memberships: [{ unitId: o.units.room.id, unitName: 'Rød stue', role: 'employee' }],
      }),
    ]);

    const numbered = await buildPerson(database.db, o.org, { employeeNumber: 'MED-4711' });
    const byNumber = await call(app, 'GET', '/api/people?query=4711', { as: await as(o.hr) });
    expect(byNumber.json.people.map((p: { id: string }) => p.id)).toEqual([numbered.id]);
    const byEmail = await call(
      app,
      'GET',
      `/api/people?query=${encodeURIComponent(o.employeeB.email!.toUpperCase())}`,
      { as: await as(o.hr) },
    );
    expect(byEmail.json.people.map((p: { id: string }) => p.id)).toEqual([o.employeeB.id]);
    const wildcard = await call(app, 'GET', '/api/people?query=%25', { as: await as(o.hr) });
    expect(wildcard.json.total).toBe(0);

    const leader = await call(app, 'GET', '/api/people', { as: await as(o.leaderA) });
    expect(leader.status).toBe(200);
    expect(leader.json.people.map((p: { name: string }) => p.name)).toEqual([
      'Dorthe Pædagog',
      'Erik Pædagog',
    ]);
    const area = await call(app, 'GET', '/api/people', { as: await as(o.areaLeader) });
    expect(area.json.people.map((p: { name: string }) => p.name)).toEqual(['Bo Leder', 'Cecilie Leder']);

    expect((await call(app, 'GET', '/api/people', { as: await as(o.employeeA) })).status).toBe(403);
    expect(
      (await call(app, 'GET', '/api/people?role=boss', { as: await as(o.hr) })).json.error.issues[0].path,
    ).toBe('role');
  });

  it('refuses writes by non-admins and bad input with field paths', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    for (const person of [o.leaderA, o.employeeA]) {
      const session = await as(person);
      expect((await call(app, 'POST', '/api/people', { as: session, body: { name: 'X' } })).status).toBe(403);
      expect(
        (
          await call(app, 'PATCH', `/api/people/${o.employeeA.id}`, {
            as: session,
            body: { name: 'X', version: 1 },
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await call(app, 'POST', `/api/people/${o.employeeA.id}/memberships`, {
            as: session,
            body: { unitId: o.units.instA.id, role: 'leader' },
          })
        ).status,
      ).toBe(403);
    }
    const hr = await as(o.hr);
    const cases: [string, string, unknown, string][] = [
      ['GET', '/api/people/not-a-uuid', undefined, 'id'],
      ['POST', '/api/people', { name: '' }, 'name'],
      ['POST', '/api/people', { name: 'X', email: 'not-an-email' }, 'email'],
      [
        'POST',
        '/api/people',
        { name: 'X', memberships: [{ unitId: o.units.room.id, role: 'king' }] },
        'memberships.0.role',
      ],
      [
        'POST',
        `/api/people/${o.employeeA.id}/memberships`,
        { unitId: o.units.room.id, role: 'boss' },
        'role',
      ],
      ['POST', `/api/people/${o.employeeA.id}/memberships`, { unitId: 'x', role: 'employee' }, 'unitId'],
      ['DELETE', `/api/people/${o.employeeA.id}/memberships/nope`, undefined, 'membershipId'],
      ['PATCH', `/api/people/${o.employeeA.id}`, { jobTitle: 'x'.repeat(500), version: 1 }, 'jobTitle'],
      [
        'POST',
        `/api/people/${o.employeeA.id}/move`,
        { fromUnitId: o.units.room.id, toUnitId: o.units.room.id },
        'toUnitId',
      ],
      ['GET', '/api/people?page=0', undefined, 'page'],
      ['GET', '/api/people?query=a%00b', undefined, 'query'],
      ['GET', '/api/people/directory?query=a%00b', undefined, 'query'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await call(app, method, path, { as: hr, body });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
  });
});
