import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

const goal = (title: string) => ({
  title,
  why: 'Fordi',
  progressSigns: 'Børnene svarer mere',
  source: 'practice',
});

describeEachEngine('who may read and change a learning goal', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });

  it('the person and their nearest leader read; colleagues, HR, other leaders and the leader’s leader get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const g = (await req(o.employeeA, 'POST', '/goals', goal('Stille åbne spørgsmål i samlingen'))).json.goal;
    await req(o.employeeA, 'POST', `/goals/${g.id}/status`, { status: 'put_aside', reason: 'Travl periode' });

    const own = await req(o.employeeA, 'GET', `/goals/${g.id}`);
    expect(own.json).toMatchObject({
      relation: 'owner',
      can: { edit: true, changeStatus: true, share: true },
      owner: { id: o.employeeA.id },
    });
    // The owner gets the hints for the goal as written; this one is concrete enough.
    expect(own.json.hints).toEqual([]);

    const leader = await req(o.leaderA, 'GET', `/goals/${g.id}`);
    expect(leader.status).toBe(200);
    expect(leader.json).toMatchObject({
      relation: 'leader',
      can: { edit: false, changeStatus: false, share: false },
      hints: [],
      shareTeams: [],
    });
    expect(leader.json.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'in_focus',
      'put_aside',
    ]);
    const leaderList = await req(o.leaderA, 'GET', `/goals?personId=${o.employeeA.id}`);
    expect(leaderList.json).toMatchObject({
      relation: 'leader',
      can: { create: false },
      person: { name: 'Dorthe Pædagog' },
    });
    expect(leaderList.json.goals.map((x: { id: string }) => x.id)).toEqual([g.id]);
    // Reading is not editing.
    expect(
      (await req(o.leaderA, 'PATCH', `/goals/${g.id}`, { title: 'Lederens ord', version: 2 })).status,
    ).toBe(403);
    expect((await req(o.leaderA, 'POST', `/goals/${g.id}/status`, { status: 'in_focus' })).status).toBe(403);
    expect(
      (await req(o.leaderA, 'POST', `/goals/${g.id}/shares`, { personId: o.colleagueA.id })).status,
    ).toBe(403);

    for (const outsider of [o.colleagueA, o.hr, o.leaderB, o.areaLeader, o.employeeB]) {
      for (const [method, path, body] of [
        ['GET', `/goals/${g.id}`],
        ['GET', `/goals?personId=${o.employeeA.id}`],
        ['PATCH', `/goals/${g.id}`, { title: 'Overtaget', version: 2 }],
        ['POST', `/goals/${g.id}/status`, { status: 'achieved', reason: 'x' }],
        ['POST', `/goals/${g.id}/shares`, { personId: outsider.id }],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('Stille åbne');
      }
    }
    expect((await req(o.employeeA, 'GET', `/goals/${g.id}`)).json.goal.title).toBe(
      'Stille åbne spørgsmål i samlingen',
    );

    // Reads by the leader are audited for the employee; the employee's own reads are not.
    const reads = await env()
      .database.db.select({
        actorId: auditEvents.actorId,
        subject: auditEvents.subjectPersonId,
        entityType: auditEvents.entityType,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'goal.read')));
    expect(reads.map((r) => r.entityType).sort()).toEqual(['goal', 'goal_list']);
    expect(reads.every((r) => r.actorId === o.leaderA.id && r.subject === o.employeeA.id)).toBe(true);
  });

  it('the area leader reads the unit leader’s goals, being their nearest leader', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const g = (await req(o.leaderA, 'POST', '/goals', goal('Give hver medarbejder sparring hver måned'))).json
      .goal;
    expect((await req(o.areaLeader, 'GET', `/goals/${g.id}`)).json.relation).toBe('leader');
    expect((await req(o.areaLeader, 'GET', `/goals?personId=${o.leaderA.id}`)).json.goals).toHaveLength(1);
    for (const outsider of [o.leaderB, o.employeeA, o.hr])
      expect((await req(outsider, 'GET', `/goals/${g.id}`)).status).toBe(404);
  });

  it('a goal shared with a colleague or a team is readable by them only, read-only, until the share is removed', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const teamMate = await buildPerson(database.db, o.org, {
      name: 'Hanne Pædagog',
      roles: [{ unit: o.units.room, role: 'employee' }],
    });
    const team = await buildTeam(database.db, o.org, {
      unit: o.units.instA,
      name: 'Sprogteamet',
      members: [o.employeeA, teamMate],
    });
    const otherTeam = await buildTeam(database.db, o.org, { unit: o.units.instA, members: [o.colleagueA] });
    const g = (await req(o.employeeA, 'POST', '/goals', goal('Læse dialogisk med de mindste'))).json.goal;

    const shared = await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { personId: o.employeeB.id });
    expect(shared.status).toBe(201);
    expect(shared.json.shares).toEqual([
      expect.objectContaining({ person: { id: o.employeeB.id, name: 'Frida Medhjælper' }, team: null }),
    ]);
    const again = await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { personId: o.employeeB.id });
    expect(again.json.error.reason).toBe('goal_share_exists');
    expect(
      (await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { personId: o.employeeA.id })).status,
    ).toBe(400);
    // Only a team the owner is on.
    expect((await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { teamId: otherTeam.id })).status).toBe(
      404,
    );
    const withTeam = await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { teamId: team.id });
    expect(withTeam.json.shares.map((s: { team: { name: string } | null }) => s.team?.name ?? null)).toEqual([
      null,
      'Sprogteamet',
    ]);

    for (const reader of [o.employeeB, teamMate]) {
      const res = await req(reader, 'GET', `/goals/${g.id}`);
      expect(res.status, reader.name).toBe(200);
      expect(res.json).toMatchObject({
        relation: 'shared',
        can: { edit: false, changeStatus: false, share: false },
        history: [],
        shares: [],
      });
      expect((await req(reader, 'PATCH', `/goals/${g.id}`, { title: 'Overtaget', version: 1 })).status).toBe(
        403,
      );
      expect(
        (await req(reader, 'POST', `/goals/${g.id}/status`, { status: 'achieved', reason: 'x' })).status,
      ).toBe(403);
      // A share opens the goal, not the person's whole list.
      expect((await req(reader, 'GET', `/goals?personId=${o.employeeA.id}`)).status).toBe(404);
      expect((await req(reader, 'GET', '/goals/shared')).json.goals).toEqual([
        expect.objectContaining({ id: g.id, owner: { id: o.employeeA.id, name: 'Dorthe Pædagog' } }),
      ]);
    }
    expect((await req(o.colleagueA, 'GET', `/goals/${g.id}`)).status).toBe(404);
    expect((await req(o.colleagueA, 'GET', '/goals/shared')).json.goals).toEqual([]);

    const personShare = withTeam.json.shares[0].id;
    expect((await req(o.employeeB, 'DELETE', `/goals/${g.id}/shares/${personShare}`)).status).toBe(403);
    const removed = await req(o.employeeA, 'DELETE', `/goals/${g.id}/shares/${personShare}`);
    expect(removed.json.shares).toHaveLength(1);
    expect((await req(o.employeeA, 'DELETE', `/goals/${g.id}/shares/${personShare}`)).status).toBe(404);
    expect((await req(o.employeeB, 'GET', `/goals/${g.id}`)).status).toBe(404);
    expect((await req(teamMate, 'GET', `/goals/${g.id}`)).status).toBe(200);

    const audit = await database.db
      .select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        entityType: auditEvents.entityType,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, g.id)));
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'goal.shared')).toHaveLength(2);
    expect(actions.filter((a) => a === 'goal.unshared')).toHaveLength(1);
    const readsOf = (entityType: string) =>
      audit
        .filter((a) => a.action === 'goal.read' && a.entityType === entityType)
        .map((a) => a.actorId)
        .sort();
    expect(readsOf('goal')).toEqual([o.employeeB.id, teamMate.id, teamMate.id].sort());
    // The list of goals shared with me shows them too: once a day per reader.
    expect(readsOf('goal_shared_list')).toEqual([o.employeeB.id, teamMate.id].sort());
  });
});
