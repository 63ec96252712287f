import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

describeEachEngine('teams', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const visibleTeams = async (p: Person) =>
    ((await call(env().app, 'GET', '/api/teams', { as: await as(p) })).json.teams as { name: string }[])
      .map((t) => t.name)
      .sort();

  it('shows a team to its members, the leaders of its unit and above, and admins; a peer group to its members', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const room = await buildTeam(database.db, o.org, {
      unit: o.units.room,
      name: 'Rød stues personale',
      kind: 'unit_staff',
      members: [o.employeeA],
    });
    const peers = await buildTeam(database.db, o.org, {
      unit: null,
      name: 'Ledersparring',
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    await buildTeam(database.db, o.org, {
      unit: o.units.instB,
      name: 'Mælkebøttens kvalitetsteam',
      kind: 'quality',
      members: [o.employeeB],
    });

    expect(await visibleTeams(o.employeeA)).toEqual(['Rød stues personale']);
    expect(await visibleTeams(o.colleagueA)).toEqual([]);
    expect(await visibleTeams(o.leaderA)).toEqual(['Ledersparring', 'Rød stues personale']);
    expect(await visibleTeams(o.leaderB)).toEqual(['Ledersparring', 'Mælkebøttens kvalitetsteam']);
    expect(await visibleTeams(o.areaLeader)).toEqual(['Mælkebøttens kvalitetsteam', 'Rød stues personale']);
    expect(await visibleTeams(o.hr)).toHaveLength(3);

    const list = await call(app, 'GET', '/api/teams', { as: await as(o.employeeA) });
    expect(list.json.teams).toEqual([
      {
        id: room.id,
        name: room.name,
        kind: 'unit_staff',
        unitId: o.units.room.id,
        unitName: 'Rød stue',
        memberCount: 1,
      },
    ]);

    const member = await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.employeeA) });
    expect(member.status).toBe(200);
    expect(member.json.members).toEqual([
      { personId: o.employeeA.id, name: o.employeeA.name, jobTitle: null },
    ]);
    expect(member.json.can).toEqual({
      update: false,
      manageMembers: false,
      delete: false,
      seeDevelopment: true,
    });
    // The area leader manages the team's structure; its development is its nearest leader's and members'.
    const areaLeader = await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.areaLeader) });
    expect(areaLeader.json.can).toEqual({
      update: true,
      manageMembers: true,
      delete: true,
      seeDevelopment: false,
    });
    const leader = await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.leaderA) });
    expect(leader.json.can.seeDevelopment).toBe(true);
    // HR sees the team (configuration) but not its development (team content).
    const hr = await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.hr) });
    expect(hr.status).toBe(200);
    expect(hr.json.can.seeDevelopment).toBe(false);
    expect((await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.leaderB) })).status).toBe(404);
    expect((await call(app, 'GET', `/api/teams/${room.id}`, { as: await as(o.colleagueA) })).status).toBe(
      404,
    );
    const peer = await call(app, 'GET', `/api/teams/${peers.id}`, { as: await as(o.leaderA) });
    expect(peer.json.can.update).toBe(false);
    expect((await call(app, 'GET', `/api/teams/${peers.id}`, { as: await as(o.areaLeader) })).status).toBe(
      404,
    );
  });

  it('a leader creates, edits and staffs a team in their unit; the change is audited', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const leader = await as(o.leaderA);
    const created = await call(app, 'POST', '/api/teams', {
      as: leader,
      body: { name: 'Sprogholdet', kind: 'subject', unitId: o.units.room.id, description: '' },
    });
    expect(created.status).toBe(201);
    expect(created.json.team).toMatchObject({
      name: 'Sprogholdet',
      unitId: o.units.room.id,
      unitName: 'Rød stue',
      description: null,
      version: 1,
    });
    const id = created.json.team.id;

    const edited = await call(app, 'PATCH', `/api/teams/${id}`, {
      as: leader,
      body: { description: 'Sprogarbejde i hverdagen', version: 1 },
    });
    expect(edited.json.team).toMatchObject({ description: 'Sprogarbejde i hverdagen', version: 2 });
    expect(
      (await call(app, 'PATCH', `/api/teams/${id}`, { as: leader, body: { name: 'X', version: 1 } })).json
        .error.reason,
    ).toBe('stale_version');

    expect(
      (
        await call(app, 'POST', `/api/teams/${id}/members`, {
          as: leader,
          body: { personId: o.employeeA.id },
        })
      ).status,
    ).toBe(201);
    const again = await call(app, 'POST', `/api/teams/${id}/members`, {
      as: leader,
      body: { personId: o.employeeA.id },
    });
    expect(again.status).toBe(409);
    expect(again.json.error.reason).toBe('team_member_exists');
    expect(await visibleTeams(o.employeeA)).toEqual(['Sprogholdet']);
    const record = await call(app, 'GET', `/api/people/${o.employeeA.id}`, { as: await as(o.employeeA) });
    expect(record.json.teams).toEqual([{ id, name: 'Sprogholdet', kind: 'subject' }]);

    // The new member cannot manage the team.
    const employee = await as(o.employeeA);
    expect(
      (await call(app, 'PATCH', `/api/teams/${id}`, { as: employee, body: { name: 'X', version: 2 } }))
        .status,
    ).toBe(403);
    expect(
      (
        await call(app, 'POST', `/api/teams/${id}/members`, {
          as: employee,
          body: { personId: o.colleagueA.id },
        })
      ).status,
    ).toBe(403);

    expect(
      (await call(app, 'DELETE', `/api/teams/${id}/members/${o.employeeA.id}`, { as: leader })).status,
    ).toBe(200);
    expect(
      (await call(app, 'DELETE', `/api/teams/${id}/members/${o.employeeA.id}`, { as: leader })).status,
    ).toBe(404);
    expect((await call(app, 'DELETE', `/api/teams/${id}`, { as: leader })).status).toBe(200);
    expect((await call(app, 'GET', `/api/teams/${id}`, { as: leader })).status).toBe(404);

    const audit = await database.db
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual([
      'team.created',
      'team.updated',
      'team.member_added',
      'team.member_removed',
      'team.deleted',
    ]);
    expect(audit.every((a) => a.actorId === o.leaderA.id)).toBe(true);
  });

  it('only admins make cross-unit teams; leaders only in their own part of the tree', async () => {
    const { app, database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const peer = { name: 'Ledersparring', kind: 'leader_peer_group', unitId: null };
    expect((await call(app, 'POST', '/api/teams', { as: await as(o.leaderA), body: peer })).status).toBe(403);
    expect((await call(app, 'POST', '/api/teams', { as: await as(o.areaLeader), body: peer })).status).toBe(
      403,
    );
    expect(
      (
        await call(app, 'POST', '/api/teams', {
          as: await as(o.leaderA),
          body: { ...peer, kind: 'subject', unitId: o.units.instB.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await call(app, 'POST', '/api/teams', {
          as: await as(o.employeeA),
          body: { ...peer, kind: 'subject', unitId: o.units.room.id },
        })
      ).status,
    ).toBe(403);
    const byHr = await call(app, 'POST', '/api/teams', { as: await as(o.hr), body: peer });
    expect(byHr.status).toBe(201);
    expect(byHr.json.team.unitName).toBeNull();
    const byArea = await call(app, 'POST', '/api/teams', {
      as: await as(o.areaLeader),
      body: { ...peer, kind: 'quality', unitId: o.units.instB.id },
    });
    expect(byArea.status).toBe(201);

    const bad = await call(app, 'POST', '/api/teams', {
      as: await as(o.hr),
      body: { name: 'X', kind: 'club', unitId: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['kind', 'unitId']);
    expect((await call(app, 'GET', '/api/teams/nope', { as: await as(o.hr) })).status).toBe(400);
  });
});
