import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildOrg,
  buildPerson,
  buildTeam,
  buildTwoLayerOrg,
  signInAs,
  type Person,
} from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

describeEachEngine('reflective-dialogue frame on a team conversation', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function setUp() {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const resource = await buildPerson(db, o.org, {
      name: 'Agnes Ressourceperson',
      roles: [{ unit: o.units.instA, role: 'resource_person' }],
    });
    const third = await buildPerson(db, o.org, {
      name: 'Carl Pædagog',
      roles: [{ unit: o.units.room, role: 'employee' }],
    });
    const absent = await buildPerson(db, o.org, {
      name: 'Ulla Pædagog',
      roles: [{ unit: o.units.room, role: 'employee' }],
    });
    const team = await buildTeam(db, o.org, {
      unit: o.units.instA,
      name: 'Sprogteamet',
      members: [resource, o.employeeA, o.colleagueA, third, absent],
    });
    // Planned by the facilitator through the conversations API, without the member who is away.
    const created = await req(resource, 'POST', '/conversations', {
      kind: 'team',
      teamId: team.id,
      facilitatorId: resource.id,
      participantIds: [o.employeeA.id, o.colleagueA.id, third.id],
      startsAt: new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString(),
      durationMinutes: 60,
    });
    expect(created.status).toBe(201);
    const c = created.json.conversation;
    const guidelines = (
      await req(o.employeeA, 'PUT', `/teams/${team.id}/guidelines`, {
        version: 0,
        items: [{ text: 'Vi lytter, før vi svarer.' }, { text: 'Vi taler om praksis.' }],
      })
    ).json.guidelines;
    return {
      o,
      resource,
      third,
      absent,
      team,
      id: c.id,
      base: `/conversations/${c.id}/dialogue`,
      guidelines,
    };
  }

  it('shows the team’s guidelines; the facilitator points to one, and everyone following sees it', async () => {
    const s = await setUp();
    const view = await req(s.o.employeeA, 'GET', s.base);
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({
      team: { id: s.team.id, name: 'Sprogteamet' },
      guidelines: {
        version: 1,
        items: [{ text: 'Vi lytter, før vi svarer.' }, { text: 'Vi taler om praksis.' }],
      },
      highlight: null,
      facilitators: [{ id: s.resource.id }],
      me: { role: 'participant', takesPart: true },
      can: { facilitate: false, editGuidelines: true },
    });
    const [, practice] = s.guidelines.items;
    const pointed = await req(s.resource, 'PUT', `${s.base}/highlight`, { guidelineId: practice.id });
    expect(pointed.status).toBe(200);
    expect(pointed.json.highlight).toMatchObject({ guidelineId: practice.id });
    expect((await req(s.third, 'GET', s.base)).json.highlight.guidelineId).toBe(practice.id);
    // Only the one leading the meeting points; a guideline of another team cannot be pointed to.
    expect((await req(s.o.employeeA, 'PUT', `${s.base}/highlight`, { guidelineId: null })).status).toBe(403);
    const otherTeam = await buildTeam(env().database.db, s.o.org, {
      unit: s.o.units.instA,
      members: [s.resource],
    });
    const foreign = (
      await req(s.resource, 'PUT', `/teams/${otherTeam.id}/guidelines`, {
        version: 0,
        items: [{ text: 'Andet team' }],
      })
    ).json.guidelines.items[0];
    expect((await req(s.resource, 'PUT', `${s.base}/highlight`, { guidelineId: foreign.id })).status).toBe(
      400,
    );
    // When the team removes the guideline, the highlight goes with it.
    await req(s.o.colleagueA, 'PUT', `/teams/${s.team.id}/guidelines`, {
      version: 1,
      items: [s.guidelines.items[0]],
    });
    expect((await req(s.o.employeeA, 'GET', s.base)).json.highlight).toBeNull();
    const cleared = await req(s.resource, 'PUT', `${s.base}/highlight`, { guidelineId: null });
    expect(cleared.status).toBe(200);
    const audit = await env()
      .database.db.select({ details: auditEvents.details, subject: auditEvents.subjectPersonId })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.orgId, s.o.org.id), eq(auditEvents.action, 'dialogue.guideline_highlighted')),
      );
    expect(audit.map((a) => a.details)).toEqual([{ guidelineId: practice.id }]);
  });

  it('every participant in the round; three marks at once all count', async () => {
    const s = await setUp();
    const round = (
      await req(s.resource, 'POST', `${s.base}/rounds`, {
        prompt: 'Hvad har vi lagt mærke til?',
        promptKey: 'plan',
      })
    ).json.round;
    const order = round.turns.map((t: { personId: string }) => t.personId);
    // The participants by name, the facilitator last; a member not on the list is not in the round.
    expect(order).toEqual([s.third.id, s.o.employeeA.id, s.o.colleagueA.id, s.resource.id]);
    const mark = (who: Person, whom: Person, state: string) =>
      req(who, 'PUT', `${s.base}/rounds/${round.id}/turns/${whom.id}`, { state });
    const results = await Promise.all([
      mark(s.o.employeeA, s.o.employeeA, 'spoken'),
      mark(s.third, s.third, 'passed'),
      mark(s.resource, s.o.colleagueA, 'spoken'),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = (await req(s.o.colleagueA, 'GET', s.base)).json.round;
    expect(after.turns.map((t: { state: string }) => t.state)).toEqual([
      'passed',
      'spoken',
      'spoken',
      'waiting',
    ]);
    expect(after.nextPersonId).toBe(s.resource.id);
    // A team member who is not taking part follows, but has no turn to mark.
    const observer = await req(s.absent, 'GET', s.base);
    expect(observer.json).toMatchObject({
      me: { role: 'observer', takesPart: false },
      can: { facilitate: false },
    });
    expect((await mark(s.absent, s.absent, 'spoken')).status).toBe(403);
  });

  it('team content: the team and its unit’s nearest leader; the area leader, HR, other leaders and other organisations get 404', async () => {
    const s = await setUp();
    await req(s.resource, 'PUT', `${s.base}/purpose`, { version: 0, purpose: 'Teamets-formaal-3391' });
    // The leader of the team's unit may lead the meeting too.
    const view = await req(s.o.leaderA, 'GET', s.base);
    expect(view.json).toMatchObject({
      purpose: 'Teamets-formaal-3391',
      me: { role: 'leader' },
      can: { facilitate: true },
    });
    const orgAdmin = await buildPerson(env().database.db, s.o.org, {
      roles: [{ unit: s.o.units.admin, role: 'org_admin' }],
    });
    const stranger = await buildPerson(env().database.db, await buildOrg(env().database.db), { roles: [] });
    const round = (await req(s.resource, 'POST', `${s.base}/rounds`, { prompt: 'Runde' })).json.round;
    for (const outsider of [s.o.areaLeader, s.o.hr, orgAdmin, s.o.leaderB, s.o.employeeB, stranger]) {
      for (const [method, path, body] of [
        ['GET', s.base],
        ['PUT', `${s.base}/purpose`, { version: 1, purpose: 'x' }],
        ['POST', `${s.base}/rounds`, { prompt: 'x' }],
        ['POST', `${s.base}/rounds/${round.id}/close`],
        ['PUT', `${s.base}/rounds/${round.id}/turns/${s.o.employeeA.id}`, { state: 'spoken' }],
        ['PUT', `${s.base}/highlight`, { guidelineId: null }],
        ['GET', `/teams/${s.team.id}/guidelines`],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('Teamets-formaal');
      }
    }
  });

  it('a peer group without a facilitator: anyone taking part leads; leaders outside the group get 404', async () => {
    const db = env().database.db;
    const o = await buildTwoLayerOrg(db);
    const peers = await buildTeam(db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const created = await req(o.leaderA, 'POST', '/conversations', {
      kind: 'peer_group',
      teamId: peers.id,
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(created.status).toBe(201);
    const base = `/conversations/${created.json.conversation.id}/dialogue`;
    const opened = await req(o.leaderB, 'POST', `${base}/rounds`, {
      prompt: 'Hvad fylder i din ledelse lige nu?',
    });
    expect(opened.status).toBe(201);
    expect(opened.json.round.turns.map((t: { name: string }) => t.name)).toEqual([
      'Bo Leder',
      'Cecilie Leder',
    ]);
    expect(opened.json.guidelines).toEqual({ teamId: peers.id, version: 0, items: [] });
    for (const outsider of [o.areaLeader, o.hr, o.employeeA])
      expect((await req(outsider, 'GET', base)).status).toBe(404);
  });
});
