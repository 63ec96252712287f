import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  buildUnit,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { LIMITS } from '../../shared/limits.js';
import { units } from './schema.js';

describeEachEngine('units', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);

  it('lists the tree with member counts to anyone, and shows a unit with its path, children, members and teams', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    await buildPerson(database.db, o.org, {
      active: false,
      roles: [{ unit: o.units.instA, role: 'employee' }],
    });
    const team = await buildTeam(database.db, o.org, { unit: o.units.instA, members: [o.colleagueA] });
    const list = await call(app, 'GET', '/api/units', { as: await as(o.employeeB) });
    expect(list.status).toBe(200);
    const byName = Object.fromEntries(list.json.units.map((u: { name: string }) => [u.name, u]));
    expect(Object.keys(byName)).toHaveLength(5);
    expect(byName['Børnehuset Solsikken']).toMatchObject({
      parentId: o.units.area.id,
      kind: 'institution',
      memberCount: 2,
      version: 1,
    });
    expect(byName['Rød stue'].memberCount).toBe(1);

    const detail = await call(app, 'GET', `/api/units/${o.units.instA.id}`, { as: await as(o.colleagueA) });
    expect(detail.status).toBe(200);
    expect(detail.json.path.map((u: { name: string }) => u.name)).toEqual(['Forvaltning', 'Område Nord']);
    expect(detail.json.children).toEqual([
      { id: o.units.room.id, name: 'Rød stue', kind: 'department', memberCount: 1 },
    ]);
    expect(detail.json.members.map((m: { name: string; role: string }) => `${m.name}/${m.role}`)).toEqual([
      'Bo Leder/leader',
      'Erik Pædagog/employee',
    ]);
    expect(detail.json.teams).toEqual([{ id: team.id, name: team.name, kind: 'subject' }]);
    expect(detail.json.can).toEqual({ update: false, delete: false });
    // The unit's teams to leaders of the unit or a unit above it; not to other leaders or colleagues.
    const teamIds = async (who: Person) =>
      (await call(app, 'GET', `/api/units/${o.units.instA.id}`, { as: await as(who) })).json.teams.map(
        (t: { id: string }) => t.id,
      );
    expect(await teamIds(o.leaderA)).toEqual([team.id]);
    expect(await teamIds(o.areaLeader)).toEqual([team.id]);
    expect(await teamIds(o.leaderB)).toEqual([]);
    expect(await teamIds(o.employeeA)).toEqual([]);

    // HR also sees the deactivated member, who still blocks deleting the unit.
    const asHr = await call(app, 'GET', `/api/units/${o.units.instA.id}`, { as: await as(o.hr) });
    expect(asHr.json.members).toHaveLength(3);
    expect(asHr.json.members.filter((m: { active: boolean }) => !m.active)).toHaveLength(1);
    expect(asHr.json.can).toEqual({ update: true, delete: false });
  });

  it('admins create, rename and move units, each change audited; others are refused', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const created = await call(app, 'POST', '/api/units', {
      as: hr,
      body: { name: '  Blå stue ', kind: 'department', parentId: o.units.instA.id, externalId: 'BLÅ-1' },
    });
    expect(created.status).toBe(201);
    expect(created.json.unit).toMatchObject({
      name: 'Blå stue',
      kind: 'department',
      parentId: o.units.instA.id,
      externalId: 'BLÅ-1',
      version: 1,
    });
    const id = created.json.unit.id;

    const renamed = await call(app, 'PATCH', `/api/units/${id}`, {
      as: hr,
      body: { name: 'Grøn stue', version: 1 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.json.unit).toMatchObject({ name: 'Grøn stue', externalId: 'BLÅ-1', version: 2 });

    const stale = await call(app, 'PATCH', `/api/units/${id}`, {
      as: hr,
      body: { name: 'Gul stue', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');

    const moved = await call(app, 'POST', `/api/units/${id}/move`, {
      as: hr,
      body: { parentId: o.units.instB.id },
    });
    expect(moved.status).toBe(200);
    expect(moved.json.unit).toMatchObject({ parentId: o.units.instB.id, version: 3 });

    const duplicate = await call(app, 'POST', '/api/units', {
      as: hr,
      body: { name: 'Kopi', kind: 'department', parentId: null, externalId: 'BLÅ-1' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.json.error.reason).toBe('external_id_taken');

    const audit = await database.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.id);
    // The refused stale and duplicate writes left no audit row.
    expect(audit.map((a) => a.action)).toEqual(['unit.created', 'unit.updated', 'unit.moved']);
    expect(audit.every((a) => a.actorId === o.hr.id)).toBe(true);

    for (const person of [o.leaderA, o.employeeA]) {
      const session = await as(person);
      expect(
        (
          await call(app, 'POST', '/api/units', {
            as: session,
            body: { name: 'X', kind: 'other', parentId: null },
          })
        ).status,
      ).toBe(403);
      expect(
        (await call(app, 'PATCH', `/api/units/${id}`, { as: session, body: { name: 'X', version: 3 } }))
          .status,
      ).toBe(403);
      expect(
        (await call(app, 'POST', `/api/units/${id}/move`, { as: session, body: { parentId: null } })).status,
      ).toBe(403);
      expect((await call(app, 'DELETE', `/api/units/${id}`, { as: session })).status).toBe(403);
    }
  });

  it('refuses to move a unit under itself or its own descendant', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    for (const target of [o.units.area, o.units.instA, o.units.room]) {
      const res = await call(app, 'POST', `/api/units/${o.units.area.id}/move`, {
        as: hr,
        body: { parentId: target.id },
      });
      expect(res.status, target.name).toBe(400);
      expect(res.json.error.reason).toBe('unit_cycle');
      expect(res.json.error.issues[0].path).toBe('parentId');
    }
    const [area] = await database.db.select().from(units).where(eq(units.id, o.units.area.id));
    expect(area!.parentId).toBe(o.units.admin.id);
    // Moving to the top is fine.
    expect(
      (await call(app, 'POST', `/api/units/${o.units.room.id}/move`, { as: hr, body: { parentId: null } }))
        .json.unit.parentId,
    ).toBeNull();
  });

  it('deletes only an empty unit', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const children = await call(app, 'DELETE', `/api/units/${o.units.area.id}`, { as: hr });
    expect(children.status).toBe(409);
    expect(children.json.error.reason).toBe('unit_has_children');
    const members = await call(app, 'DELETE', `/api/units/${o.units.room.id}`, { as: hr });
    expect(members.status).toBe(409);
    expect(members.json.error.reason).toBe('unit_has_members');
    const withTeam = await buildUnit(database.db, o.org, { parentId: o.units.instB.id });
    await buildTeam(database.db, o.org, { unit: withTeam });
    expect((await call(app, 'DELETE', `/api/units/${withTeam.id}`, { as: hr })).json.error.reason).toBe(
      'unit_has_teams',
    );

    const empty = await buildUnit(database.db, o.org, { parentId: o.units.instB.id });
    const res = await call(app, 'DELETE', `/api/units/${empty.id}`, { as: hr });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });
    expect(await database.db.select().from(units).where(eq(units.id, empty.id))).toEqual([]);
    const [audit] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'unit.deleted')));
    expect(audit!.entityId).toBe(empty.id);
    expect((await call(app, 'DELETE', `/api/units/${empty.id}`, { as: hr })).status).toBe(404);
  });

  it('answers bad input with 400 and the field paths, never 500', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const hr = await as(o.hr);
    const cases: [string, string, unknown, string][] = [
      ['GET', '/api/units/not-a-uuid', undefined, 'id'],
      ['PATCH', '/api/units/123', { name: 'X', version: 1 }, 'id'],
      ['POST', '/api/units', { name: '   ', kind: 'department', parentId: null }, 'name'],
      [
        'POST',
        '/api/units',
        { name: 'x'.repeat(LIMITS.name + 1), kind: 'department', parentId: null },
        'name',
      ],
      ['POST', '/api/units', { name: 'Ny', kind: 'castle', parentId: null }, 'kind'],
      ['POST', '/api/units', { name: 'Ny\u0000stue', kind: 'other', parentId: null }, 'name'],
      ['POST', '/api/units', { name: 'Ny', kind: 'other', parentId: 'nope' }, 'parentId'],
      ['POST', '/api/units', { name: 'Ny', kind: 'other' }, 'parentId'],
      ['PATCH', `/api/units/${o.units.room.id}`, { name: 'Ny' }, 'version'],
      ['PATCH', `/api/units/${o.units.room.id}`, { name: 'Ny', version: 'one' }, 'version'],
      ['PATCH', `/api/units/${o.units.room.id}`, { name: 'Ny', version: 2 ** 31 }, 'version'],
      ['POST', `/api/units/${o.units.room.id}/move`, { parentId: 42 }, 'parentId'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await call(app, method, path, { as: hr, body });
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.json.error.code).toBe('VALIDATION');
      expect(res.json.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    const malformed = await call(app, 'POST', '/api/units', { as: hr, rawBody: '{"name": ' });
    expect(malformed.status).toBe(400);
  });
});
