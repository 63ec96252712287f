import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

const goal = (title: string) => ({
  title,
  why: 'Fordi',
  progressSigns: 'Børnene svarer mere',
  source: 'practice',
});

describeEachEngine('who may read and work on a learning circle', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });
  const edit = (version: number, to: string, field = 'theme') => ({
    baseVersion: version,
    changes: [{ phase: 'plan', field, from: '', to }],
  });

  it('owner and invited colleague write; the nearest leader reads; everyone else gets 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const g = (await req(o.employeeA, 'POST', '/goals', goal('Stille åbne spørgsmål'))).json.goal;
    const created = await req(o.employeeA, 'POST', '/circles', { goalId: g.id });
    expect(created.status).toBe(201);
    const id = created.json.circle.id;
    expect(created.json).toMatchObject({
      relation: 'owner',
      can: { edit: true, manageCollaborators: true, startNext: false },
    });
    expect(created.json.circle).toMatchObject({
      goal: { id: g.id, title: 'Stille åbne spørgsmål' },
      sequence: 1,
      status: 'open',
      currentPhase: 'plan',
      progress: 0,
      version: 1,
    });
    expect((await req(o.employeeA, 'PATCH', `/circles/${id}`, edit(1, 'Sprog i samlingen'))).status).toBe(
      200,
    );

    const leader = await req(o.leaderA, 'GET', `/circles/${id}`);
    expect(leader.status).toBe(200);
    expect(leader.json).toMatchObject({
      relation: 'leader',
      can: { edit: false, manageCollaborators: false },
    });
    expect(leader.json.circle.phases[0].fields.theme).toBe('Sprog i samlingen');
    expect((await req(o.leaderA, 'PATCH', `/circles/${id}`, edit(2, 'Lederens ord', 'focus'))).status).toBe(
      403,
    );
    expect(
      (await req(o.leaderA, 'POST', `/circles/${id}/collaborators`, { personId: o.colleagueA.id })).status,
    ).toBe(403);
    expect((await req(o.leaderA, 'GET', `/circles/${id}/history`)).status).toBe(200);
    expect((await req(o.leaderA, 'GET', `/circles?goalId=${g.id}`)).json.circles).toHaveLength(1);

    const outsiders = [o.colleagueA, o.hr, o.leaderB, o.areaLeader, o.employeeB];
    for (const outsider of outsiders) {
      for (const [method, path, body] of [
        ['GET', `/circles/${id}`],
        ['GET', `/circles/${id}/history`],
        ['GET', `/circles?goalId=${g.id}`],
        ['PATCH', `/circles/${id}`, edit(2, 'Overtaget', 'focus')],
        ['POST', `/circles/${id}/collaborators`, { personId: outsider.id }],
        ['POST', `/circles/${id}/next`],
        ['POST', '/circles', { goalId: g.id }],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('Sprog i samlingen');
      }
    }

    // The colleague invited to this circle reads and edits it, and nothing else of the owner's record.
    const invited = await req(o.employeeA, 'POST', `/circles/${id}/collaborators`, {
      personId: o.colleagueA.id,
    });
    expect(invited.status).toBe(201);
    expect(invited.json.collaborators).toEqual([{ id: o.colleagueA.id, name: 'Erik Pædagog' }]);
    expect(
      (await req(o.employeeA, 'POST', `/circles/${id}/collaborators`, { personId: o.colleagueA.id })).json
        .error.reason,
    ).toBe('collaborator_exists');
    const asCollaborator = await req(o.colleagueA, 'GET', `/circles/${id}`);
    expect(asCollaborator.json).toMatchObject({
      relation: 'collaborator',
      can: { edit: true, manageCollaborators: false, startNext: false },
    });
    const collaboratorSave = await req(
      o.colleagueA,
      'PATCH',
      `/circles/${id}`,
      edit(2, 'Hvad spørger vi om?', 'focus'),
    );
    expect(collaboratorSave.status).toBe(200);
    expect(collaboratorSave.json.circle.version).toBe(3);
    expect(
      (await req(o.colleagueA, 'POST', `/circles/${id}/collaborators`, { personId: o.employeeB.id })).status,
    ).toBe(403);
    expect((await req(o.colleagueA, 'GET', `/goals/${g.id}`)).status).toBe(404);
    expect((await req(o.colleagueA, 'GET', `/goals?personId=${o.employeeA.id}`)).status).toBe(404);
    const otherGoal = (await req(o.employeeA, 'POST', '/goals', goal('Et andet mål'))).json.goal;
    const otherCircle = (await req(o.employeeA, 'POST', '/circles', { goalId: otherGoal.id })).json.circle.id;
    expect((await req(o.colleagueA, 'GET', `/circles/${otherCircle}`)).status).toBe(404);

    // Removing the invitation closes the circle to them again.
    expect(
      (await req(o.colleagueA, 'DELETE', `/circles/${id}/collaborators/${o.colleagueA.id}`)).status,
    ).toBe(403);
    expect(
      (await req(o.employeeA, 'DELETE', `/circles/${id}/collaborators/${o.colleagueA.id}`)).json
        .collaborators,
    ).toEqual([]);
    expect((await req(o.colleagueA, 'GET', `/circles/${id}`)).status).toBe(404);

    const audit = await env()
      .database.db.select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        subject: auditEvents.subjectPersonId,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, id)));
    const actions = audit.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'circle.created',
        'circle.saved',
        'circle.collaborator_added',
        'circle.collaborator_removed',
        'circle.read',
      ]),
    );
    const reads = audit.filter((a) => a.action === 'circle.read');
    expect(reads.every((r) => r.subject === o.employeeA.id && r.actorId !== o.employeeA.id)).toBe(true);
    expect(reads.map((r) => r.actorId)).toEqual(expect.arrayContaining([o.leaderA.id, o.colleagueA.id]));
    // Audit details name fields, never their text.
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain('Sprog i samlingen');
    expect(audit.find((a) => a.action === 'circle.saved')?.details).toMatchObject({ fields: ['plan.theme'] });
  });

  it('the area leader reads the unit leader’s circle; a shared reader sees finished circles only', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const lg = (await req(o.leaderA, 'POST', '/goals', goal('Sparring hver måned'))).json.goal;
    const lc = (await req(o.leaderA, 'POST', '/circles', { goalId: lg.id })).json.circle.id;
    expect((await req(o.areaLeader, 'GET', `/circles/${lc}`)).json.relation).toBe('leader');
    for (const outsider of [o.leaderB, o.employeeA, o.hr])
      expect((await req(outsider, 'GET', `/circles/${lc}`)).status).toBe(404);

    const g = (await req(o.employeeA, 'POST', '/goals', goal('Dialogisk læsning'))).json.goal;
    const c = (await req(o.employeeA, 'POST', '/circles', { goalId: g.id })).json.circle.id;
    await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { personId: o.employeeB.id });
    expect((await req(o.employeeB, 'GET', `/circles/${c}`)).status).toBe(404);
    expect((await req(o.employeeB, 'GET', `/circles?goalId=${g.id}`)).json.circles).toEqual([]);
    const done = await req(o.employeeA, 'PATCH', `/circles/${c}`, {
      baseVersion: 1,
      changes: [{ phase: 'learning', field: 'nextSteps', from: '', to: 'Læse med to børn ad gangen' }],
      done: [{ phase: 'learning', done: true }],
    });
    expect(done.json).toMatchObject({ finished: true, circle: { status: 'done' }, can: { startNext: true } });
    const shared = await req(o.employeeB, 'GET', `/circles/${c}`);
    expect(shared.status).toBe(200);
    expect(shared.json).toMatchObject({
      relation: 'shared',
      can: { edit: false, manageCollaborators: false, startNext: false },
    });
    expect(shared.json.circle.phases[5].fields.nextSteps).toBe('Læse med to børn ad gangen');
    expect((await req(o.employeeB, 'PATCH', `/circles/${c}`, edit(2, 'Overtaget'))).status).toBe(403);
    expect((await req(o.employeeB, 'GET', `/circles?goalId=${g.id}`)).json.circles).toHaveLength(1);
    // The next circle, still open, stays closed to the shared reader.
    const next = (await req(o.employeeA, 'POST', `/circles/${c}/next`)).json.circle.id;
    expect((await req(o.employeeB, 'GET', `/circles/${next}`)).status).toBe(404);
    expect((await req(o.colleagueA, 'GET', `/circles/${c}`)).status).toBe(404);
  });
});
