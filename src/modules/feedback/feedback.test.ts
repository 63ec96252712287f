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
import { agreements } from '../conversations/schema.js';
import { lastFeedbackAt } from './services/queries.js';

const goal = (title: string) => ({
  title,
  why: 'Fordi børnene har brug for det',
  progressSigns: 'Flere børn deltager',
  source: 'practice',
});

describeEachEngine('everyday feedback', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });
  const ids = (res: { json: { feedback: { id: string }[] } }) => res.json.feedback.map((f) => f.id);

  it('the sender, the recipient and the recipient’s nearest leader read it; everyone else gets 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const created = await req(o.colleagueA, 'POST', '/feedback', {
      toPersonId: o.employeeA.id,
      kind: 'recognition',
      text: 'Flot samling i morges',
    });
    expect(created.status).toBe(201);
    const f = created.json.feedback;
    expect(f).toMatchObject({
      kind: 'recognition',
      from: { id: o.colleagueA.id },
      to: { person: { id: o.employeeA.id, name: 'Dorthe Pædagog' }, team: null },
    });

    expect((await req(o.employeeA, 'GET', `/feedback/${f.id}`)).json.feedback.relation).toBe('recipient');
    expect((await req(o.colleagueA, 'GET', `/feedback/${f.id}`)).json.feedback.relation).toBe('sender');
    const leader = await req(o.leaderA, 'GET', `/feedback/${f.id}`);
    expect(leader.json.feedback).toMatchObject({
      relation: 'leader',
      can: { reply: false },
      text: 'Flot samling i morges',
    });

    expect(ids(await req(o.employeeA, 'GET', '/feedback?direction=received'))).toEqual([f.id]);
    expect(ids(await req(o.colleagueA, 'GET', '/feedback?direction=given'))).toEqual([f.id]);
    expect(ids(await req(o.colleagueA, 'GET', '/feedback?direction=received'))).toEqual([]);
    expect(ids(await req(o.leaderA, 'GET', `/feedback?personId=${o.employeeA.id}`))).toEqual([f.id]);

    for (const outsider of [o.hr, o.areaLeader, o.leaderB, o.employeeB]) {
      for (const [method, path, body] of [
        ['GET', `/feedback/${f.id}`],
        ['GET', `/feedback?personId=${o.employeeA.id}`],
        ['POST', `/feedback/${f.id}/replies`, { text: 'Hej' }],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('Flot samling');
      }
    }
    // A colleague who is not the sender is an outsider too, and a leader cannot list what someone gave.
    const third = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.instA, role: 'employee' }],
    });
    expect((await req(third, 'GET', `/feedback/${f.id}`)).status).toBe(404);
    expect((await req(o.colleagueA, 'GET', `/feedback?personId=${o.employeeA.id}`)).status).toBe(404);
    expect(
      (await req(o.leaderA, 'GET', `/feedback?personId=${o.colleagueA.id}&direction=given`)).status,
    ).toBe(404);

    // The area leader is the unit leader's nearest leader and so reads feedback given to the unit leader.
    const toLeader = (
      await req(o.employeeA, 'POST', '/feedback', {
        toPersonId: o.leaderA.id,
        kind: 'reflecting',
        text: 'Godt møde',
      })
    ).json.feedback;
    expect((await req(o.areaLeader, 'GET', `/feedback/${toLeader.id}`)).status).toBe(200);
    expect((await req(o.leaderB, 'GET', `/feedback/${toLeader.id}`)).status).toBe(404);

    // Reads by a leader are audited for the employee; the audit holds ids, never the text.
    const reads = await env()
      .database.db.select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'feedback.read')));
    expect(
      reads
        .filter((r) => r.subjectPersonId === o.employeeA.id)
        .map((r) => r.entityType)
        .sort(),
    ).toEqual(['feedback', 'feedback_list']);
    const [createdRow] = await env()
      .database.db.select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.orgId, o.org.id),
          eq(auditEvents.action, 'feedback.created'),
          eq(auditEvents.entityId, f.id),
        ),
      );
    expect(createdRow).toMatchObject({
      actorId: o.colleagueA.id,
      subjectPersonId: o.employeeA.id,
      details: expect.objectContaining({ kind: 'recognition' }),
    });
    expect(JSON.stringify(createdRow!.details)).not.toContain('Flot');

    const last = await lastFeedbackAt(env().database.db, o.org.id, [o.employeeA.id, o.employeeB.id]);
    expect(last.get(o.employeeA.id)?.toISOString()).toBe(f.createdAt);
    expect(last.get(o.employeeB.id)).toBeNull();
  });

  it('the recipient answers and the sender answers back; the leader reads the thread but does not write in it', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const f = (
      await req(o.leaderA, 'POST', '/feedback', {
        toPersonId: o.employeeA.id,
        kind: 'instructing',
        text: 'Husk at tjekke listen',
      })
    ).json.feedback;
    const answered = await req(o.employeeA, 'POST', `/feedback/${f.id}/replies`, {
      text: 'Tak, det gør jeg',
    });
    expect(answered.status).toBe(201);
    expect((await req(o.leaderA, 'POST', `/feedback/${f.id}/replies`, { text: 'Godt' })).status).toBe(201);
    const thread = (await req(o.employeeA, 'GET', `/feedback/${f.id}`)).json.feedback.replies;
    expect(thread.map((r: { author: { id: string }; text: string }) => [r.author.id, r.text])).toEqual([
      [o.employeeA.id, 'Tak, det gør jeg'],
      [o.leaderA.id, 'Godt'],
    ]);

    // Feedback from a colleague: the recipient's leader reads the replies, but cannot add one.
    const c = (
      await req(o.colleagueA, 'POST', '/feedback', {
        toPersonId: o.employeeA.id,
        kind: 'reflecting',
        text: 'Hvad tænkte du?',
      })
    ).json.feedback;
    await req(o.employeeA, 'POST', `/feedback/${c.id}/replies`, { text: 'At børnene var trætte' });
    expect((await req(o.leaderA, 'GET', `/feedback/${c.id}`)).json.feedback.replies[0].text).toBe(
      'At børnene var trætte',
    );
    expect((await req(o.leaderA, 'POST', `/feedback/${c.id}/replies`, { text: 'Blander mig' })).status).toBe(
      403,
    );
    const listed = (await req(o.colleagueA, 'GET', '/feedback?direction=given')).json.feedback[0];
    expect(listed.replies).toHaveLength(1);
    expect((await req(o.employeeA, 'POST', `/feedback/${c.id}/replies`, { text: '   ' })).status).toBe(400);
    expect(
      (await req(o.employeeA, 'POST', `/feedback/${c.id}/replies`, { text: 'x'.repeat(1001) })).status,
    ).toBe(400);
    const audits = await env()
      .database.db.select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.action, 'feedback.replied')));
    expect(audits).toHaveLength(3);
  });

  it('ties feedback only to goals the sender may see: the leader to any goal in focus, a colleague to a shared one', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const g = (await req(o.employeeA, 'POST', '/goals', goal('Stille åbne spørgsmål i samlingen'))).json.goal;
    const send = (who: Person, extra: object) =>
      req(who, 'POST', '/feedback', {
        toPersonId: o.employeeA.id,
        kind: 'evaluating',
        text: 'Godt spørgsmål',
        ...extra,
      });

    const links = await req(o.colleagueA, 'GET', `/feedback/links?toPersonId=${o.employeeA.id}`);
    expect(links.json).toEqual({ goals: [], agreements: [] });
    const refused = await send(o.colleagueA, { goalId: g.id });
    expect(refused.status).toBe(400);
    expect(refused.json.error.reason).toBe('feedback_link_unavailable');
    expect(refused.text).not.toContain('Stille åbne');

    const byLeader = await send(o.leaderA, { goalId: g.id });
    expect(byLeader.json.feedback.goal).toEqual({ id: g.id, title: 'Stille åbne spørgsmål i samlingen' });
    expect((await req(o.leaderA, 'GET', `/feedback/links?toPersonId=${o.employeeA.id}`)).json.goals).toEqual([
      { id: g.id, title: g.title },
    ]);

    await req(o.employeeA, 'POST', `/goals/${g.id}/shares`, { personId: o.colleagueA.id });
    expect(
      (await req(o.colleagueA, 'GET', `/feedback/links?toPersonId=${o.employeeA.id}`)).json.goals,
    ).toHaveLength(1);
    expect((await send(o.colleagueA, { goalId: g.id })).status).toBe(201);
    // A goal of someone else is not this recipient's goal, even for a sender who may see it.
    const own = (await req(o.leaderA, 'POST', '/goals', goal('Give sparring hver måned'))).json.goal;
    expect((await send(o.leaderA, { goalId: own.id })).status).toBe(400);

    // Agreements: the leader ties to an open one; a colleague, a done one or both links are refused.
    const [open] = await database.db
      .insert(agreements)
      .values({
        orgId: o.org.id,
        subjectPersonId: o.employeeA.id,
        ownerId: o.employeeA.id,
        text: 'Prøve dialogisk læsning',
        dueDate: '2030-01-01',
      })
      .returning();
    const [done] = await database.db
      .insert(agreements)
      .values({
        orgId: o.org.id,
        subjectPersonId: o.employeeA.id,
        ownerId: o.employeeA.id,
        text: 'Færdig',
        doneAt: new Date(),
      })
      .returning();
    expect((await send(o.leaderA, { agreementId: open!.id })).json.feedback.agreement).toEqual({
      id: open!.id,
      text: 'Prøve dialogisk læsning',
    });
    expect(
      (await req(o.leaderA, 'GET', `/feedback/links?toPersonId=${o.employeeA.id}`)).json.agreements.map(
        (a: { id: string }) => a.id,
      ),
    ).toEqual([open!.id]);
    expect((await send(o.colleagueA, { agreementId: open!.id })).status).toBe(400);
    expect((await send(o.leaderA, { agreementId: done!.id })).status).toBe(400);
    expect((await send(o.leaderA, { agreementId: open!.id, goalId: g.id })).status).toBe(400);
  });

  it('an observation needs its learning focus; other kinds drop one', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const base = { toPersonId: o.employeeA.id, kind: 'observation', text: 'Børnene ventede længe' };
    const missing = await req(o.leaderA, 'POST', '/feedback', base);
    expect(missing.status).toBe(400);
    expect(missing.json.error.issues.map((i: { path: string }) => i.path)).toContain('observationFocus');
    expect((await req(o.leaderA, 'POST', '/feedback', { ...base, observationFocus: '  ' })).status).toBe(400);
    const ok = await req(o.leaderA, 'POST', '/feedback', {
      ...base,
      observationFocus: 'Overgange mellem aktiviteter',
    });
    expect(ok.json.feedback).toMatchObject({
      kind: 'observation',
      observationFocus: 'Overgange mellem aktiviteter',
    });
    const plain = await req(o.leaderA, 'POST', '/feedback', {
      ...base,
      kind: 'recognition',
      observationFocus: 'Ikke relevant',
    });
    expect(plain.json.feedback.observationFocus).toBeNull();
  });

  it('refuses bad input, oneself, strangers and other organisations with a clear 4xx', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const other = await buildOrg(database.db);
    const stranger = await buildPerson(database.db, other);
    const send = (body: object) =>
      req(o.employeeA, 'POST', '/feedback', { kind: 'recognition', text: 'Tak', ...body });
    expect((await send({ toPersonId: stranger.id })).status).toBe(404);
    expect((await send({ toPersonId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const self = await send({ toPersonId: o.employeeA.id });
    expect(self.json.error.reason).toBe('feedback_to_self');
    expect((await send({})).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, toTeamId: o.colleagueA.id })).status).toBe(400);
    expect((await send({ toPersonId: 'nope' })).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, kind: 'praise' })).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, text: '' })).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, text: 'x'.repeat(1001) })).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, text: 'a\u0000b' })).status).toBe(400);
    expect((await send({ toPersonId: o.colleagueA.id, text: 'x'.repeat(1000) })).status).toBe(201);
    expect((await req(o.employeeA, 'GET', '/feedback/not-an-id')).status).toBe(400);
    expect((await req(o.employeeA, 'GET', '/feedback?direction=sideways')).status).toBe(400);
    expect((await call(env().app, 'GET', '/api/feedback')).status).toBe(401);
    // Feedback of another organisation does not exist here.
    const otherLeader = await buildPerson(database.db, other);
    const theirs = (
      await req(otherLeader, 'POST', '/feedback', {
        toPersonId: stranger.id,
        kind: 'recognition',
        text: 'Hemmelig',
      })
    ).json.feedback;
    expect((await req(o.employeeA, 'GET', `/feedback/${theirs.id}`)).status).toBe(404);
    expect((await req(o.hr, 'GET', `/feedback/${theirs.id}`)).status).toBe(404);
  });

  it('team feedback: its members and the leader of its unit read it; a person off the team, HR and the area leader do not', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const team = await buildTeam(database.db, o.org, {
      unit: o.units.instA,
      name: 'Rød stue-teamet',
      members: [o.employeeA, o.colleagueA],
    });
    const outsiderTeam = await buildTeam(database.db, o.org, { unit: o.units.instB, members: [o.employeeB] });
    // Only a member or a leader of the team gives it feedback.
    expect(
      (await req(o.employeeB, 'POST', '/feedback', { toTeamId: team.id, kind: 'recognition', text: 'Godt' }))
        .status,
    ).toBe(404);
    expect(
      (await req(o.hr, 'POST', '/feedback', { toTeamId: team.id, kind: 'recognition', text: 'Godt' })).status,
    ).toBe(404);
    expect(
      (
        await req(o.leaderA, 'POST', '/feedback', {
          toTeamId: outsiderTeam.id,
          kind: 'recognition',
          text: 'Godt',
        })
      ).status,
    ).toBe(404);
    const f = (
      await req(o.leaderA, 'POST', '/feedback', {
        toTeamId: team.id,
        kind: 'recognition',
        text: 'Fin forældredag',
      })
    ).json.feedback;
    expect(f.to.team).toEqual({ id: team.id, name: 'Rød stue-teamet' });
    expect(ids(await req(o.colleagueA, 'GET', '/feedback'))).toEqual([f.id]);
    expect(ids(await req(o.employeeA, 'GET', `/feedback?teamId=${team.id}`))).toEqual([f.id]);
    expect((await req(o.colleagueA, 'POST', `/feedback/${f.id}/replies`, { text: 'Tak!' })).status).toBe(201);
    const fromMember = (
      await req(o.employeeA, 'POST', '/feedback', {
        toTeamId: team.id,
        kind: 'reflecting',
        text: 'Hvad lærte vi?',
      })
    ).json.feedback;
    expect((await req(o.leaderA, 'GET', `/feedback/${fromMember.id}`)).json.feedback.relation).toBe('leader');
    for (const outsider of [o.employeeB, o.hr, o.areaLeader, o.leaderB]) {
      expect((await req(outsider, 'GET', `/feedback/${f.id}`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', `/feedback?teamId=${team.id}`)).status, outsider.name).toBe(404);
    }
    const recipients = (await req(o.leaderA, 'GET', '/feedback/recipients')).json;
    expect(recipients.led.map((p: { id: string }) => p.id).sort()).toEqual(
      [o.employeeA.id, o.colleagueA.id].sort(),
    );
    expect(recipients.teams.map((t: { id: string }) => t.id)).toEqual([team.id]);
  });
});
