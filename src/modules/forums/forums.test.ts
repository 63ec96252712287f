import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';

const forum = (unitId: string, extra: Record<string, unknown> = {}) => ({
  unitId,
  level: 'intervention',
  name: 'Personalemøde',
  purpose: 'Fælles refleksion over data fra hele huset',
  form: 'Fast struktur',
  cadenceEvery: 2,
  cadenceUnit: 'week',
  durationMinutes: 45,
  participants: 'Alle pædagoger',
  content: 'Data, refleksion, næste skridt',
  data: 'Observationer og sprogvurderinger',
  ...extra,
});

describeEachEngine('meeting forums', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  it('a leader describes forums on three levels; the unit’s people read them, others get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const created = await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id));
    expect(created.status).toBe(201);
    expect(created.json.forum).toMatchObject({
      unitName: 'Børnehuset Solsikken',
      level: 'intervention',
      cadenceEvery: 2,
      cadenceUnit: 'week',
      version: 1,
      can: { edit: true, facilitate: true },
    });
    await req(
      o.leaderA,
      'POST',
      '/forums',
      forum(o.units.instA.id, { level: 'citizen', name: 'Barnets møde' }),
    );
    const byArea = await req(
      o.areaLeader,
      'POST',
      '/forums',
      forum(o.units.area.id, { level: 'organisation', name: 'Ledermøde', purpose: '' }),
    );
    expect(byArea.status).toBe(201);
    expect(byArea.json.forum.purpose).toBeNull();
    const id = created.json.forum.id;

    // The employee in the room below the institution reads the institution's and the area's forums.
    const listed = await req(o.employeeA, 'GET', '/forums');
    expect(listed.json.forums.map((f: { name: string }) => f.name).sort()).toEqual([
      'Barnets møde',
      'Ledermøde',
      'Personalemøde',
    ]);
    expect(listed.json.manageableUnits).toEqual([]);
    const read = await req(o.colleagueA, 'GET', `/forums/${id}`);
    expect(read.status).toBe(200);
    expect(read.json.forum.can).toEqual({ edit: false, facilitate: false });
    expect(read.json.meetings).toEqual([]);
    // A learning partner who works with the institution is one of its people: reads, does not facilitate.
    const partner = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.instA, role: 'learning_partner' }],
    });
    const byPartner = await req(partner, 'GET', `/forums/${id}`);
    expect(byPartner.status).toBe(200);
    expect(byPartner.json.forum.can).toEqual({ edit: false, facilitate: false });
    expect(
      (await req(partner, 'GET', '/forums')).json.forums.map((f: { name: string }) => f.name).sort(),
    ).toEqual(['Barnets møde', 'Ledermøde', 'Personalemøde']);

    // Another institution, HR and another organisation: nothing, 404.
    for (const p of [o.employeeB, o.leaderB, o.hr]) {
      expect((await req(p, 'GET', `/forums/${id}`)).status, p.name).toBe(404);
      expect((await req(p, 'GET', '/forums')).json.forums.map((f: { id: string }) => f.id)).not.toContain(id);
    }
    const other = await buildTwoLayerOrg(env().database.db);
    expect((await req(other.leaderA, 'GET', `/forums/${id}`)).status).toBe(404);
    expect((await req(other.areaLeader, 'PATCH', `/forums/${id}`, { name: 'X', version: 1 })).status).toBe(
      404,
    );

    // Only leaders of the unit or above create and edit; employees and HR get 404.
    expect((await req(o.employeeA, 'POST', '/forums', forum(o.units.instA.id))).status).toBe(404);
    expect((await req(o.hr, 'POST', '/forums', forum(o.units.instA.id))).status).toBe(404);
    expect((await req(o.leaderB, 'POST', '/forums', forum(o.units.instA.id))).status).toBe(404);
    expect((await req(o.colleagueA, 'PATCH', `/forums/${id}`, { name: 'X', version: 1 })).status).toBe(404);
  });

  it('edits are versioned: a stale version gets 409 and nothing is lost', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const id = (await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id))).json.forum.id;
    const first = await req(o.leaderA, 'PATCH', `/forums/${id}`, {
      cadenceEvery: 1,
      cadenceUnit: 'week',
      version: 1,
    });
    expect(first.status).toBe(200);
    expect(first.json.forum).toMatchObject({ cadenceEvery: 1, cadenceUnit: 'week', version: 2 });
    const stale = await req(o.areaLeader, 'PATCH', `/forums/${id}`, { durationMinutes: 60, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    const now = (await req(o.leaderA, 'GET', `/forums/${id}`)).json.forum;
    expect(now).toMatchObject({ cadenceEvery: 1, durationMinutes: 45, version: 2 });
  });

  it('bad input is a 400; a team from another unit or organisation is 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const bad = [
      forum(o.units.instA.id, { level: 'galaxy' }),
      forum(o.units.instA.id, { name: '' }),
      forum(o.units.instA.id, { purpose: 'x'.repeat(1001) }),
      forum(o.units.instA.id, { cadenceEvery: 0 }),
      forum('not-a-uuid'),
    ];
    for (const body of bad) expect((await req(o.leaderA, 'POST', '/forums', body)).status).toBe(400);
    const teamB = await buildTeam(env().database.db, o.org, { unit: o.units.instB });
    expect(
      (await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id, { teamId: teamB.id }))).status,
    ).toBe(404);
    const other = await buildTwoLayerOrg(env().database.db);
    const foreign = await buildTeam(env().database.db, other.org, { unit: other.units.instA });
    expect(
      (await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id, { teamId: foreign.id }))).status,
    ).toBe(404);
    const teamA = await buildTeam(env().database.db, o.org, { unit: o.units.instA, name: 'Rød stues team' });
    const ok = await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id, { teamId: teamA.id }));
    expect(ok.json.forum).toMatchObject({ teamId: teamA.id, teamName: 'Rød stues team' });
    const id = ok.json.forum.id;
    expect((await req(o.leaderA, 'POST', `/forums/${id}/meetings`, { heldOn: '2026-02-30' })).status).toBe(
      400,
    );
    expect(
      (
        await req(o.leaderA, 'POST', `/forums/${id}/meetings`, {
          heldOn: '2026-02-03',
          conversationId: crypto.randomUUID(),
        })
      ).status,
    ).toBe(404);
    // The team's own conversation can be linked; a conversation the facilitator cannot read cannot.
    const tus = (
      await req(o.leaderA, 'POST', '/conversations', {
        kind: 'team',
        teamId: teamA.id,
        facilitatorId: o.leaderA.id,
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      })
    ).json.conversation.id;
    const linked = await req(o.leaderA, 'POST', `/forums/${id}/meetings`, {
      heldOn: '2026-02-03',
      conversationId: tus,
    });
    expect(linked.status).toBe(201);
    const forumB = (await req(o.leaderB, 'POST', '/forums', forum(o.units.instB.id))).json.forum.id;
    expect(
      (
        await req(o.leaderB, 'POST', `/forums/${forumB}/meetings`, {
          heldOn: '2026-02-03',
          conversationId: tus,
        })
      ).status,
    ).toBe(404);
  });

  it('leaders and the unit’s resource persons record meetings and open evaluations; employees cannot', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const resource = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.instA, role: 'resource_person' }],
    });
    const id = (await req(o.leaderA, 'POST', '/forums', forum(o.units.instA.id))).json.forum.id;
    expect((await req(o.colleagueA, 'POST', `/forums/${id}/meetings`, { heldOn: '2026-03-03' })).status).toBe(
      404,
    );
    const meeting = await req(resource, 'POST', `/forums/${id}/meetings`, { heldOn: '2026-03-03' });
    expect(meeting.status).toBe(201);
    expect(
      (await req(o.colleagueA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {})).status,
    ).toBe(404);
    const opened = await req(resource, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {
      days: 3,
    });
    expect(opened.status).toBe(201);
    expect(opened.json.evaluation.code).toMatch(/^[a-z0-9]{10}$/);
    expect((await req(o.leaderA, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, {})).status).toBe(
      409,
    );
    expect(
      (await req(resource, 'POST', `/meetings/${meeting.json.meeting.id}/evaluation`, { days: 0 })).status,
    ).toBe(400);
    const detail = await req(o.colleagueA, 'GET', `/forums/${id}`);
    expect(detail.json.meetings[0]).toMatchObject({
      heldOn: '2026-03-03',
      evaluation: {
        code: opened.json.evaluation.code,
        closed: false,
        respondents: 0,
        shown: false,
        means: null,
      },
    });
  });
});
