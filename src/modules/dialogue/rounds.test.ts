import { and, eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
const PRIVATE = 'Lederens-private-note-5521';

describeEachEngine('reflective-dialogue frame on a 1:1: rounds, purpose and who may do what', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function oneToOne() {
    const o = await buildTwoLayerOrg(env().database.db);
    const c = (
      await req(o.leaderA, 'POST', '/conversations', {
        kind: 'one_to_one',
        personId: o.employeeA.id,
        startsAt: inDays(3),
        durationMinutes: 30,
      })
    ).json.conversation;
    await req(o.employeeA, 'POST', `/conversations/${c.id}/agenda`, {
      section: 'goals',
      text: 'Min cirkel om sprog',
    });
    await req(o.leaderA, 'PUT', `/conversations/${c.id}/private-note`, { text: PRIVATE });
    return { o, id: c.id as string, base: `/conversations/${c.id}/dialogue` };
  }

  it('sets the stage: the purpose with its version, the agenda and the people; no private note anywhere', async () => {
    const { o, id, base } = await oneToOne();
    const empty = await req(o.employeeA, 'GET', base);
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({
      conversation: { id, kind: 'one_to_one', status: 'planned' },
      team: null,
      guidelines: null,
      purpose: '',
      version: 0,
      round: null,
      history: [],
      me: { personId: o.employeeA.id, role: 'subject' },
      can: { facilitate: false, editPurpose: false, openRound: false, editGuidelines: false },
    });
    expect(empty.json.agenda.map((a: { text: string }) => a.text)).toEqual(['Min cirkel om sprog']);
    expect(empty.json.facilitators).toEqual([{ id: o.leaderA.id, name: 'Bo Leder' }]);

    const saved = await req(o.leaderA, 'PUT', `${base}/purpose`, {
      version: 0,
      purpose: '  Vi ser på næste skridt i sprogcirklen.  ',
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({
      purpose: 'Vi ser på næste skridt i sprogcirklen.',
      version: 1,
      can: { facilitate: true },
    });
    expect((await req(o.employeeA, 'GET', base)).json.purpose).toBe('Vi ser på næste skridt i sprogcirklen.');

    // Two facilitators' edits from the same version: the second is told what stands now.
    const stale = await req(o.leaderA, 'PUT', `${base}/purpose`, { version: 0, purpose: 'Noget andet' });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({
      reason: 'stale_version',
      current: { purpose: 'Vi ser på næste skridt i sprogcirklen.', version: 1 },
    });
    // Only the one leading the meeting sets the stage.
    expect(
      (await req(o.employeeA, 'PUT', `${base}/purpose`, { version: 1, purpose: 'Mit formål' })).status,
    ).toBe(403);

    for (const who of [o.leaderA, o.employeeA])
      expect((await req(who, 'GET', base)).text).not.toContain(PRIVATE);
  });

  it('runs rounds: everyone in order, own turns and the facilitator’s marks, next speaker, close, history', async () => {
    const { o, base } = await oneToOne();
    const opened = await req(o.leaderA, 'POST', `${base}/rounds`, {
      prompt: 'Tjek ind: hvordan går det?',
      promptKey: 'checkIn',
    });
    expect(opened.status).toBe(201);
    const round = opened.json.round;
    // The person first, the one leading the meeting last.
    expect(round).toMatchObject({
      number: 1,
      prompt: 'Tjek ind: hvordan går det?',
      promptKey: 'checkIn',
      nextPersonId: o.employeeA.id,
    });
    expect(round.turns.map((t: { personId: string; state: string }) => [t.personId, t.state])).toEqual([
      [o.employeeA.id, 'waiting'],
      [o.leaderA.id, 'waiting'],
    ]);
    const turn = (p: Person) => `${base}/rounds/${round.id}/turns/${p.id}`;

    // A participant marks their own turn, not someone else's.
    const own = await req(o.employeeA, 'PUT', turn(o.employeeA), { state: 'spoken' });
    expect(own.status).toBe(200);
    expect(own.json.round).toMatchObject({ nextPersonId: o.leaderA.id, counts: { spoken: 1, waiting: 1 } });
    expect((await req(o.employeeA, 'PUT', turn(o.leaderA), { state: 'spoken' })).status).toBe(403);
    // The facilitator marks anyone, and can undo.
    expect(
      (await req(o.leaderA, 'PUT', turn(o.employeeA), { state: 'waiting' })).json.round.nextPersonId,
    ).toBe(o.employeeA.id);
    const passed = await req(o.leaderA, 'PUT', turn(o.leaderA), { state: 'passed' });
    expect(passed.json.round.turns.map((t: { state: string }) => t.state)).toEqual(['waiting', 'passed']);

    // A new round closes the running one; the history keeps it with its counts.
    const second = await req(o.leaderA, 'POST', `${base}/rounds`, {
      prompt: 'Hvad tager du med?',
      order: [o.leaderA.id, o.employeeA.id],
    });
    expect(second.json.round).toMatchObject({ number: 2, promptKey: null, nextPersonId: o.leaderA.id });
    expect(second.json.history).toMatchObject([
      { id: round.id, number: 1, counts: { spoken: 0, passed: 1, waiting: 1 } },
    ]);
    expect(second.json.history[0].closedAt).not.toBeNull();
    // The closed round takes no more marks.
    const late = await req(o.employeeA, 'PUT', turn(o.employeeA), { state: 'spoken' });
    expect(late.status).toBe(409);
    expect(late.json.error.reason).toBe('round_closed');

    const closed = await req(o.leaderA, 'POST', `${base}/rounds/${second.json.round.id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.json.round).toBeNull();
    expect(closed.json.history.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    // Closing twice is harmless; only the facilitator closes or opens.
    expect((await req(o.leaderA, 'POST', `${base}/rounds/${second.json.round.id}/close`)).status).toBe(200);
    expect((await req(o.employeeA, 'POST', `${base}/rounds`, { prompt: 'Min runde' })).status).toBe(403);
    expect((await req(o.employeeA, 'POST', `${base}/rounds/${round.id}/close`)).status).toBe(403);

    const audit = await env()
      .database.db.select({
        action: auditEvents.action,
        actorId: auditEvents.actorId,
        subject: auditEvents.subjectPersonId,
        details: auditEvents.details,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), like(auditEvents.action, 'dialogue.%')));
    const actions = audit.map((a) => a.action).sort();
    // The first round was closed by opening the second, which says so.
    expect(actions).toEqual([
      'dialogue.round_closed',
      'dialogue.round_opened',
      'dialogue.round_opened',
      'dialogue.turn_marked',
      'dialogue.turn_marked',
      'dialogue.turn_marked',
    ]);
    expect(
      audit.find((a) => a.action === 'dialogue.round_opened' && a.details?.number === 2)?.details,
    ).toMatchObject({ closedRoundId: round.id, turns: 2 });
    expect(audit.every((a) => a.subject === o.employeeA.id)).toBe(true);
    // Ids only: the prompt text is not in the log.
    expect(JSON.stringify(audit)).not.toContain('Tjek ind');
  });

  it('two people marking turns at the same moment both count', async () => {
    const { o, base } = await oneToOne();
    const round = (await req(o.leaderA, 'POST', `${base}/rounds`, { prompt: 'Runde' })).json.round;
    const [a, b] = await Promise.all([
      req(o.employeeA, 'PUT', `${base}/rounds/${round.id}/turns/${o.employeeA.id}`, { state: 'spoken' }),
      req(o.leaderA, 'PUT', `${base}/rounds/${round.id}/turns/${o.leaderA.id}`, { state: 'passed' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const after = (await req(o.employeeA, 'GET', base)).json.round;
    expect(after.turns.map((t: { state: string }) => t.state)).toEqual(['spoken', 'passed']);
    expect(after.nextPersonId).toBeNull();
  });

  it('refuses bad input with a clear 4xx', async () => {
    const { o, base } = await oneToOne();
    const bad: [string, string, unknown, number][] = [
      ['POST', `${base}/rounds`, { prompt: '' }, 400],
      ['POST', `${base}/rounds`, { prompt: 'x'.repeat(201) }, 400],
      ['POST', `${base}/rounds`, { prompt: 'Runde', promptKey: 'nope' }, 400],
      ['POST', `${base}/rounds`, { prompt: 'Runde', order: [o.leaderA.id] }, 400],
      ['POST', `${base}/rounds`, { prompt: 'Runde', order: [o.leaderA.id, o.leaderA.id] }, 400],
      ['POST', `${base}/rounds`, { prompt: 'Runde', order: [o.leaderA.id, o.colleagueA.id] }, 400],
      ['PUT', `${base}/purpose`, { version: 0, purpose: 'x'.repeat(501) }, 400],
      ['PUT', `${base}/purpose`, { version: -1, purpose: 'x' }, 400],
      ['PUT', `${base}/highlight`, { guidelineId: 'nope' }, 400],
      // A 1:1 has no team, so there is no guideline to point to.
      ['PUT', `${base}/highlight`, { guidelineId: crypto.randomUUID() }, 400],
      ['GET', '/conversations/not-a-uuid/dialogue', undefined, 400],
    ];
    for (const [method, path, body, status] of bad) {
      const res = await req(o.leaderA, method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(res.json.error.code).toBeDefined();
    }
    const round = (await req(o.leaderA, 'POST', `${base}/rounds`, { prompt: 'Runde' })).json.round;
    expect(
      (await req(o.leaderA, 'PUT', `${base}/rounds/${round.id}/turns/${o.leaderA.id}`, { state: 'talking' }))
        .status,
    ).toBe(400);
    // Someone who is not in the round, and a round of another conversation: not found.
    expect(
      (
        await req(o.leaderA, 'PUT', `${base}/rounds/${round.id}/turns/${o.colleagueA.id}`, {
          state: 'spoken',
        })
      ).status,
    ).toBe(404);
    const other = await oneToOne();
    expect(
      (
        await req(o.leaderA, 'PUT', `${base}/rounds/${crypto.randomUUID()}/turns/${o.leaderA.id}`, {
          state: 'spoken',
        })
      ).status,
    ).toBe(404);
    const foreign = (await req(other.o.leaderA, 'POST', `${other.base}/rounds`, { prompt: 'Runde' })).json
      .round;
    expect((await req(o.leaderA, 'POST', `${base}/rounds/${foreign.id}/close`)).status).toBe(404);
  });

  it('another nearest leader reads the frame (logged once, not on every poll) but leads nothing; outsiders get 404', async () => {
    const { o, id, base } = await oneToOne();
    const round = (await req(o.leaderA, 'POST', `${base}/rounds`, { prompt: 'Runde' })).json.round;
    const coLeader = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.instA, role: 'leader' }],
    });
    for (let i = 0; i < 3; i++) expect((await req(coLeader, 'GET', base)).status).toBe(200);
    const reads = await env()
      .database.db.select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.orgId, o.org.id),
          eq(auditEvents.actorId, coLeader.id),
          eq(auditEvents.entityType, 'dialogue_frame'),
          eq(auditEvents.entityId, id),
        ),
      );
    expect(reads).toHaveLength(1);
    expect((await req(coLeader, 'GET', base)).json).toMatchObject({
      me: { role: 'observer', takesPart: false },
      can: { facilitate: false },
    });
    expect((await req(coLeader, 'POST', `${base}/rounds`, { prompt: 'x' })).status).toBe(403);
    // Not taking part, so not even a turn of their own.
    expect(
      (await req(coLeader, 'PUT', `${base}/rounds/${round.id}/turns/${coLeader.id}`, { state: 'spoken' }))
        .status,
    ).toBe(403);

    const stranger = await buildPerson(env().database.db, await buildOrg(env().database.db), { roles: [] });
    for (const outsider of [o.colleagueA, o.hr, o.leaderB, o.areaLeader, o.employeeB, stranger]) {
      for (const [method, path, body] of [
        ['GET', base],
        ['PUT', `${base}/purpose`, { version: 0, purpose: 'Overtaget' }],
        ['POST', `${base}/rounds`, { prompt: 'x' }],
        ['POST', `${base}/rounds/${round.id}/close`],
        ['PUT', `${base}/rounds/${round.id}/turns/${outsider.id}`, { state: 'spoken' }],
        ['PUT', `${base}/rounds/${round.id}/turns/${o.employeeA.id}`, { state: 'spoken' }],
        ['PUT', `${base}/highlight`, { guidelineId: null }],
      ] as [string, string, unknown?][]) {
        const res = await req(outsider, method, path, body);
        expect(res.status, `${outsider.name} ${method} ${path}`).toBe(404);
        expect(res.text).not.toContain('Runde');
      }
    }
    expect((await req(o.employeeA, 'GET', base)).json.round.counts).toEqual({
      spoken: 0,
      passed: 0,
      waiting: 2,
    });
  });
});
