import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import type { SignedInContext } from '../../server/http/context.js';
import { assertCanReadDevelopmentRecord, assertCanReadProfile } from '../../server/policy/person-access.js';
import { memberships } from './schema.js';

describeEachEngine('who may read a person record', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const read = async (reader: Person, subject: Person) =>
    call(env().app, 'GET', `/api/people/${subject.id}`, { as: await as(reader) });

  it('the person, their nearest leader and HR may; a colleague, another unit’s leader and the leader’s leader may not', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const self = await read(o.employeeA, o.employeeA);
    expect(self.status).toBe(200);
    expect(self.json.relation).toBe('self');
    expect(self.json.person.email).toBe(o.employeeA.email);
    expect(self.json.memberships).toEqual([
      expect.objectContaining({ unitId: o.units.room.id, unitName: 'Rød stue', role: 'employee' }),
    ]);
    expect(self.json.can).toEqual({ update: false, manageRoles: false, invite: false });

    const leader = await read(o.leaderA, o.employeeA);
    expect(leader.status).toBe(200);
    expect(leader.json.relation).toBe('leader');

    const hr = await read(o.hr, o.employeeA);
    expect(hr.status).toBe(200);
    expect(hr.json.relation).toBe('admin');
    expect(hr.json.can).toEqual({ update: true, manageRoles: true, invite: true });
    expect(hr.json.person).not.toHaveProperty('passwordHash');
    expect(hr.json.person.hasPassword).toBe(true);

    for (const outsider of [o.colleagueA, o.leaderB, o.areaLeader, o.employeeB]) {
      const res = await read(outsider, o.employeeA);
      expect(res.status, outsider.name).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain(o.employeeA.email!);
    }
    // The area leader is the nearest leader of the unit leader, though.
    expect((await read(o.areaLeader, o.leaderA)).json.relation).toBe('leader');
  });

  it('people of another organisation get 404 on every id-bearing route, even as HR', async () => {
    const { app, database } = env();
    const a = await buildTwoLayerOrg(database.db);
    const b = await buildTwoLayerOrg(database.db);
    const teamB = await buildTeam(database.db, b.org, { unit: b.units.instA, members: [b.employeeA] });
    const hrA = await as(a.hr);
    const version = { version: 1 };
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/people/${b.employeeA.id}`],
      ['PATCH', `/api/people/${b.employeeA.id}`, { name: 'Overtaget', ...version }],
      ['POST', `/api/people/${b.employeeA.id}/memberships`, { unitId: a.units.instA.id, role: 'employee' }],
      ['POST', `/api/people/${a.employeeA.id}/memberships`, { unitId: b.units.instA.id, role: 'employee' }],
      [
        'POST',
        `/api/people/${b.employeeA.id}/move`,
        { fromUnitId: b.units.room.id, toUnitId: b.units.instB.id },
      ],
      ['GET', `/api/units/${b.units.instA.id}`],
      ['PATCH', `/api/units/${b.units.instA.id}`, { name: 'Overtaget', ...version }],
      ['POST', `/api/units/${b.units.instA.id}/move`, { parentId: null }],
      ['POST', `/api/units/${a.units.instA.id}/move`, { parentId: b.units.area.id }],
      ['DELETE', `/api/units/${b.units.room.id}`],
      ['POST', '/api/units', { name: 'Ny', kind: 'department', parentId: b.units.instA.id }],
      ['GET', `/api/teams/${teamB.id}`],
      ['PATCH', `/api/teams/${teamB.id}`, { name: 'Overtaget', ...version }],
      ['DELETE', `/api/teams/${teamB.id}`],
      ['POST', `/api/teams/${teamB.id}/members`, { personId: a.employeeA.id }],
      ['DELETE', `/api/teams/${teamB.id}/members/${b.employeeA.id}`],
      ['POST', '/api/teams', { name: 'Ny', kind: 'subject', unitId: b.units.instA.id }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await call(app, method, path, { as: hrA, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json.error.code).toBe('NOT_FOUND');
    }
    // Nothing of organisation B changed.
    const still = await call(app, 'GET', `/api/units/${b.units.instA.id}`, { as: await as(b.hr) });
    expect(still.json.unit.name).toBe(b.units.instA.name);
    expect(still.json.teams.map((t: { id: string }) => t.id)).toEqual([teamB.id]);
  });

  it('every read of someone else’s record is audited and shown to that person; reading one’s own is not', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    await read(o.employeeA, o.employeeA);
    await read(o.leaderA, o.employeeA);
    await read(o.hr, o.employeeA);
    await read(o.colleagueA, o.employeeA); // refused: not logged as a read

    const rows = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'person.read')));
    expect(rows.map((r) => r.actorId).sort()).toEqual([o.leaderA.id, o.hr.id].sort());
    expect(rows.every((r) => r.subjectPersonId === o.employeeA.id && r.entityId === o.employeeA.id)).toBe(
      true,
    );

    const log = await call(app, 'GET', '/api/me/access-log', { as: await as(o.employeeA) });
    expect(log.status).toBe(200);
    expect(log.json.events).toHaveLength(2);
    expect(log.json.events.map((e: { actor: { name: string } }) => e.actor.name).sort()).toEqual(
      [o.hr.name, o.leaderA.name].sort(),
    );
    expect(log.json.events[0]).toEqual({
      at: expect.any(String),
      actor: { id: expect.any(String), name: expect.any(String) },
      action: 'person.read',
      count: 1,
    });

    // The readers' own logs stay empty: reading others is not reading oneself.
    const leaderLog = await call(app, 'GET', '/api/me/access-log', { as: await as(o.leaderA) });
    expect(leaderLog.json.events).toEqual([]);
  });

  it('the development record is for the person and their nearest leader only — not HR, not the leader’s leader', async () => {
    const { database, config } = env();
    const o = await buildTwoLayerOrg(database.db);
    const ctxOf = async (p: Person): Promise<SignedInContext> => {
      const ms = await database.db
        .select({ unitId: memberships.unitId, role: memberships.role })
        .from(memberships)
        .where(eq(memberships.personId, p.id));
      const actor = {
        personId: p.id,
        orgId: p.orgId,
        name: p.name,
        locale: p.locale,
        memberships: ms,
        sessionId: 'test',
      };
      return { db: database.db, engine: database.engine, config, actor, now: () => new Date(), ip: 'test' };
    };
    const outcome = (promise: Promise<string>) =>
      promise.then(
        (r) => r,
        (e: { code?: string }) => e.code ?? 'error',
      );
    const dev = async (reader: Person, subject: Person) =>
      outcome(assertCanReadDevelopmentRecord(await ctxOf(reader), subject.id));
    const profile = async (reader: Person, subject: Person) =>
      outcome(assertCanReadProfile(await ctxOf(reader), subject.id));
    expect(await dev(o.employeeA, o.employeeA)).toBe('self');
    expect(await dev(o.leaderA, o.employeeA)).toBe('leader');
    expect(await dev(o.hr, o.employeeA)).toBe('NOT_FOUND');
    expect(await dev(o.areaLeader, o.employeeA)).toBe('NOT_FOUND');
    expect(await dev(o.colleagueA, o.employeeA)).toBe('NOT_FOUND');
    expect(await dev(o.areaLeader, o.leaderA)).toBe('leader');
    expect(await profile(o.hr, o.employeeA)).toBe('admin');
    expect(await profile(o.areaLeader, o.employeeA)).toBe('NOT_FOUND');
    // An HR person who is also the nearest leader reads as the leader.
    await database.db
      .insert(memberships)
      .values({ orgId: o.org.id, personId: o.hr.id, unitId: o.units.instB.id, role: 'leader' });
    expect(await dev(o.hr, o.employeeB)).toBe('leader');
  });

  it('the directory is open to everyone in the organisation but holds no contact details', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const other = await buildTwoLayerOrg(database.db);
    await buildPerson(database.db, o.org, { name: 'Dorthe Inaktiv', active: false });
    const res = await call(app, 'GET', '/api/people/directory?query=dorthe', { as: await as(o.colleagueA) });
    expect(res.status).toBe(200);
    expect(res.json.people).toEqual([
      { id: o.employeeA.id, name: 'Dorthe Pædagog', jobTitle: null, units: ['Rød stue'] },
    ]);
    const all = await call(app, 'GET', '/api/people/directory', { as: await as(o.colleagueA) });
    expect(all.json.people).toHaveLength(7);
    expect(all.json.people.map((p: { id: string }) => p.id)).not.toContain(other.employeeA.id);
  });
});
