import { and, asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { conversationParticipants, conversations } from '../conversations/schema.js';
import { inquiryRevisions } from './schema.js';
import { circleStates } from './services/queries.js';

const goal = (title: string) => ({
  title,
  why: 'Fordi',
  progressSigns: 'Børnene svarer mere',
  source: 'practice',
});
const change = (field: string, from: string, to: string, phase = 'plan') => ({ phase, field, from, to });

describeEachEngine('learning circles', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });

  async function start(owner: Person) {
    const g = (await req(owner, 'POST', '/goals', goal('Stille åbne spørgsmål'))).json.goal;
    const c = (await req(owner, 'POST', '/circles', { goalId: g.id })).json.circle;
    return { goalId: g.id as string, id: c.id as string };
  }

  it('two concurrent saves from the same version lose nothing: other fields merge, the same field comes back as a conflict', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const { id } = await start(o.employeeA);
    await req(o.employeeA, 'POST', `/circles/${id}/collaborators`, { personId: o.colleagueA.id });
    const [ownerSession, colleagueSession] = [await as(o.employeeA), await as(o.colleagueA)];
    const save = (session: typeof ownerSession, body: unknown) =>
      call(env().app, 'PATCH', `/api/circles/${id}`, { as: session, body });

    // Different fields: both apply.
    const [a, b] = await Promise.all([
      save(ownerSession, { baseVersion: 1, changes: [change('theme', '', 'Sprog i samlingen')] }),
      save(colleagueSession, {
        baseVersion: 1,
        changes: [change('focus', '', 'Hvordan stiller vi åbne spørgsmål?')],
      }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const afterPair = (await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle;
    expect(afterPair.version).toBe(3);
    expect(afterPair.phases[0].fields).toMatchObject({
      theme: 'Sprog i samlingen',
      focus: 'Hvordan stiller vi åbne spørgsmål?',
    });

    // The same field from the same base, plus one field each that does not collide.
    const [x, y] = await Promise.all([
      save(ownerSession, {
        baseVersion: 3,
        changes: [
          change('theme', 'Sprog i samlingen', 'Sprog ved frokosten'),
          change('professionalLearning', '', 'Min læring'),
        ],
      }),
      save(colleagueSession, {
        baseVersion: 3,
        changes: [
          change('theme', 'Sprog i samlingen', 'Sprog på legepladsen'),
          change('intendedChange', '', 'Flere svar'),
        ],
      }),
    ]);
    // Both saves are saves (200); the later one answers with the field that collided.
    const results = [x, y];
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const won = results.filter((r) => r.json.conflicts.length === 0);
    const lost = results.filter((r) => r.json.conflicts.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const conflict = lost[0]!.json;
    const winnerTheme = won[0] === x ? 'Sprog ved frokosten' : 'Sprog på legepladsen';
    const loserTheme = won[0] === x ? 'Sprog på legepladsen' : 'Sprog ved frokosten';
    expect(conflict.conflicts).toEqual([
      { phase: 'plan', field: 'theme', base: 'Sprog i samlingen', mine: loserTheme, theirs: winnerTheme },
    ]);
    // The loser's other field was saved, and the answer says so.
    expect(conflict.saved).toHaveLength(1);
    expect(conflict.circle.version).toBe(5);
    const final = (await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle;
    expect(final.version).toBe(5);
    expect(final.phases[0].fields).toEqual({
      theme: winnerTheme,
      focus: 'Hvordan stiller vi åbne spørgsmål?',
      professionalLearning: 'Min læring',
      intendedChange: 'Flere svar',
    });

    // Resolving: the loser saves their choice against the new version.
    const resolved = await req(lost[0] === x ? o.employeeA : o.colleagueA, 'PATCH', `/circles/${id}`, {
      baseVersion: 5,
      changes: [change('theme', winnerTheme, `${winnerTheme} og ${loserTheme}`)],
    });
    expect(resolved.status).toBe(200);
    expect(resolved.json.circle.version).toBe(6);

    const revisions = await env()
      .database.db.select({ version: inquiryRevisions.version, changes: inquiryRevisions.changes })
      .from(inquiryRevisions)
      .where(and(eq(inquiryRevisions.orgId, o.org.id), eq(inquiryRevisions.inquiryId, id)))
      .orderBy(asc(inquiryRevisions.version));
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(revisions.find((r) => r.version === 5)!.changes.fields.map((f) => f.field)).toHaveLength(1);

    const history = await req(o.leaderA, 'GET', `/circles/${id}/history`);
    expect(history.json.revisions.map((r: { version: number }) => r.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(history.json.revisions[0]).toMatchObject({
      actor: { id: lost[0] === x ? o.employeeA.id : o.colleagueA.id },
      fields: [{ phase: 'plan', field: 'theme', to: `${winnerTheme} og ${loserTheme}` }],
    });
  });

  it('refuses unknown phases and fields and text over a field’s limit, with the field’s path', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const { id } = await start(o.employeeA);
    const tooLong = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 1,
      changes: [change('startAndEnd', '', 'x'.repeat(501), 'action')],
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.issues).toEqual([expect.objectContaining({ path: 'changes.0.to' })]);
    expect(tooLong.json.error.issues[0].message).toContain('action.startAndEnd');
    const atLimit = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 1,
      changes: [change('startAndEnd', '', 'x'.repeat(500), 'action')],
    });
    expect(atLimit.status).toBe(200);
    for (const bad of [
      { baseVersion: 2, changes: [change('nonsense', '', 'x')] },
      { baseVersion: 2, changes: [change('theme', '', 'x', 'nophase')] },
      { baseVersion: 2, done: [{ phase: 'nophase', done: true }] },
      { baseVersion: 0, changes: [] },
      { baseVersion: 99, changes: [change('theme', '', 'x')] },
      { baseVersion: 2, deadline: '2026-13-45' },
      { changes: [] },
    ]) {
      const res = await req(o.employeeA, 'PATCH', `/circles/${id}`, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await req(o.employeeA, 'POST', '/circles', { goalId: 'not-a-uuid' })).status).toBe(400);
    expect((await req(o.employeeA, 'GET', '/circles/not-a-uuid')).status).toBe(400);
    expect((await req(o.employeeA, 'GET', `/circles/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle.version).toBe(2);
  });

  it('one open circle per goal; finishing the learning phase offers the next circle with the next steps as its theme', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const { goalId, id } = await start(o.employeeA);
    const second = await req(o.employeeA, 'POST', '/circles', { goalId });
    expect(second.status).toBe(409);
    expect(second.json.error.reason).toBe('circle_open_exists');
    expect((await req(o.employeeA, 'POST', `/circles/${id}/next`)).json.error.reason).toBe(
      'circle_not_finished',
    );
    expect((await req(o.employeeA, 'GET', `/circles?goalId=${goalId}`)).json.can.start).toBe(false);

    const marked = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 1,
      done: [
        { phase: 'plan', done: true },
        { phase: 'action', done: true },
      ],
    });
    expect(marked.json.circle).toMatchObject({ currentPhase: 'inAction', status: 'open', version: 2 });
    expect(marked.json.circle.progress).toBeCloseTo(2 / 6);
    expect(marked.json.finished).toBe(false);
    const finished = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 2,
      changes: [change('nextSteps', '', 'Prøve det samme ved frokosten', 'learning')],
      done: [{ phase: 'learning', done: true }],
    });
    expect(finished.json).toMatchObject({
      finished: true,
      can: { startNext: true },
      circle: { status: 'done' },
    });
    expect(finished.json.circle.finishedAt).not.toBeNull();

    const next = await req(o.employeeA, 'POST', `/circles/${id}/next`);
    expect(next.status).toBe(201);
    expect(next.json.circle).toMatchObject({
      sequence: 2,
      previousId: id,
      status: 'open',
      version: 1,
      goal: { id: goalId },
    });
    expect(next.json.circle.phases[0].fields.theme).toBe('Prøve det samme ved frokosten');
    expect((await req(o.employeeA, 'POST', `/circles/${id}/next`)).status).toBe(409);
    expect((await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle.nextId).toBe(next.json.circle.id);
    // Reopening the first circle while the next is open would make two open circles.
    const reopen = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 3,
      done: [{ phase: 'learning', done: false }],
    });
    expect(reopen.json.error.reason).toBe('circle_open_exists');

    const states = await circleStates(env().database.db, o.org.id, [goalId]);
    expect(states.get(goalId)).toEqual({
      circleId: next.json.circle.id,
      phase: 'plan',
      progress: 0,
      deadline: null,
      status: 'open',
    });
    const list = await req(o.employeeA, 'GET', `/circles?goalId=${goalId}`);
    expect(list.json.circles.map((c: { sequence: number }) => c.sequence)).toEqual([1, 2]);
  });

  it('the deadline defaults to the person’s next planned 1:1 and can be moved', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const plan = async (startsAt: Date, status: 'planned' | 'cancelled', subject: Person) => {
      const [conv] = await database.db
        .insert(conversations)
        .values({ orgId: o.org.id, kind: 'one_to_one', startsAt, status, calendarUid: crypto.randomUUID() })
        .returning();
      await database.db.insert(conversationParticipants).values([
        { orgId: o.org.id, conversationId: conv!.id, personId: o.leaderA.id, role: 'leader' },
        { orgId: o.org.id, conversationId: conv!.id, personId: subject.id, role: 'subject' },
      ]);
    };
    const day = 24 * 3600 * 1000;
    await plan(new Date(Date.now() - 3 * day), 'planned', o.employeeA);
    await plan(new Date(Date.now() + 5 * day), 'cancelled', o.employeeA);
    await plan(new Date(Date.now() + 40 * day), 'planned', o.employeeA);
    const soon = new Date(Date.now() + 20 * day);
    await plan(soon, 'planned', o.employeeA);
    await plan(new Date(Date.now() + 2 * day), 'planned', o.colleagueA);
    const { id } = await start(o.employeeA);
    const expected = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(soon);
    const circle = (await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle;
    expect(circle.deadline).toBe(expected);

    const moved = await req(o.employeeA, 'PATCH', `/circles/${id}`, {
      baseVersion: 1,
      deadline: '2027-03-01',
    });
    expect(moved.json.circle).toMatchObject({ deadline: '2027-03-01', version: 2 });
    const cleared = await req(o.employeeA, 'PATCH', `/circles/${id}`, { baseVersion: 2, deadline: null });
    expect(cleared.json.circle.deadline).toBeNull();
    const history = (await req(o.employeeA, 'GET', `/circles/${id}/history`)).json.revisions;
    expect(history[1].deadline).toEqual({ from: expected, to: '2027-03-01' });

    // Without a planned 1:1 there is no deadline.
    const other = await start(o.colleagueA);
    expect((await req(o.colleagueA, 'GET', `/circles/${other.id}`)).json.circle.deadline).not.toBeNull();
    const none = await start(o.employeeB);
    expect((await req(o.employeeB, 'GET', `/circles/${none.id}`)).json.circle.deadline).toBeNull();
  });

  it('a circle started before any 1:1 was planned names the next one once it is, as its deadline hint promises', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const { id } = await start(o.employeeA);
    const before = (await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle;
    expect(before).toMatchObject({ deadline: null, nextMeeting: null });

    const startsAt = new Date(Date.now() + 12 * 24 * 3600 * 1000);
    const [conv] = await database.db
      .insert(conversations)
      .values({
        orgId: o.org.id,
        kind: 'one_to_one',
        startsAt,
        status: 'planned',
        calendarUid: crypto.randomUUID(),
      })
      .returning();
    await database.db.insert(conversationParticipants).values([
      { orgId: o.org.id, conversationId: conv!.id, personId: o.leaderA.id, role: 'leader' },
      { orgId: o.org.id, conversationId: conv!.id, personId: o.employeeA.id, role: 'subject' },
    ]);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(startsAt);
    const after = (await req(o.employeeA, 'GET', `/circles/${id}`)).json.circle;
    expect(after).toMatchObject({ deadline: null, nextMeeting: day });
    // Her leader reads the same suggestion; taking it is one save.
    expect((await req(o.leaderA, 'GET', `/circles/${id}`)).json.circle.nextMeeting).toBe(day);
    const taken = await req(o.employeeA, 'PATCH', `/circles/${id}`, { baseVersion: 1, deadline: day });
    expect(taken.json.circle).toMatchObject({ deadline: day, nextMeeting: day });
  });
});
