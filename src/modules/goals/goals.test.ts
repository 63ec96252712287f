import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { goalEvents, goals } from './schema.js';
import { goalsInFocus } from './services/queries.js';

const goal = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  why: 'Fordi børnene har brug for det',
  progressSigns: 'Børnene fortæller mere ved samlingen',
  source: 'practice',
  ...extra,
});

describeEachEngine('learning goals', (env) => {
  const as = (p: Person) => signInAs(env().database.db, env().config, p);
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, { as: await as(who), body });

  it('a person writes, edits and lists their own goals, linked to an item of their current frame', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const frame = await req(o.leaderA, 'POST', '/frames', {
      unitId: o.units.instA.id,
      title: 'Rammen',
      periodStart: '2000-01-01',
      periodEnd: '2199-12-31',
      items: [{ kind: 'curriculum_theme', title: 'Kommunikation og sprog' }],
    });
    const itemId = frame.json.frame.items[0].id;
    // Not published yet: the item cannot be chosen.
    const early = await req(
      o.employeeA,
      'POST',
      '/goals',
      goal('Stille åbne spørgsmål', { frameItemId: itemId }),
    );
    expect(early.status).toBe(400);
    expect(early.json.error.reason).toBe('frame_item_unavailable');
    await req(o.leaderA, 'POST', `/frames/${frame.json.frame.id}/publish`, { version: 1 });

    const created = await req(
      o.employeeA,
      'POST',
      '/goals',
      goal('Stille åbne spørgsmål i samlingen', { frameItemId: itemId, source: 'leader_evaluation' }),
    );
    expect(created.status).toBe(201);
    expect(created.json.goal).toMatchObject({
      title: 'Stille åbne spørgsmål i samlingen',
      source: 'leader_evaluation',
      status: 'in_focus',
      statusReason: null,
      frameItem: { id: itemId, title: 'Kommunikation og sprog' },
      version: 1,
    });
    const id = created.json.goal.id;

    const edited = await req(o.employeeA, 'PATCH', `/goals/${id}`, {
      title: 'Stille åbne spørgsmål ved frokosten',
      frameItemId: null,
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.goal).toMatchObject({
      title: 'Stille åbne spørgsmål ved frokosten',
      frameItem: null,
      version: 2,
    });
    const stale = await req(o.employeeA, 'PATCH', `/goals/${id}`, { title: 'Gammel udgave', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');

    const vague = await req(o.employeeA, 'POST', '/goals', { title: 'Gøre mit bedste', source: 'practice' });
    expect(vague.status).toBe(201);
    expect((await req(o.employeeA, 'GET', `/goals/${vague.json.goal.id}`)).json.hints).toEqual([
      'do_your_best',
      'too_short',
      'no_action_verb',
      'no_progress_signs',
    ]);
    await req(o.employeeA, 'POST', `/goals/${vague.json.goal.id}/status`, {
      status: 'put_aside',
      reason: 'Skal skrives om',
    });

    const list = await req(o.employeeA, 'GET', '/goals');
    expect(list.status).toBe(200);
    expect(list.json).toMatchObject({
      person: { id: o.employeeA.id },
      relation: 'self',
      can: { create: true },
    });
    // In focus first, then achieved, then put aside.
    expect(list.json.goals.map((g: { title: string }) => g.title)).toEqual([
      'Stille åbne spørgsmål ved frokosten',
      'Gøre mit bedste',
    ]);

    // The colleague in another institution cannot link a goal to this unit's frame.
    const foreignItem = await req(
      o.employeeB,
      'POST',
      '/goals',
      goal('Noget andet', { frameItemId: itemId }),
    );
    expect(foreignItem.status).toBe(400);
    expect(foreignItem.json.error.reason).toBe('frame_item_unavailable');
  });

  it('keeps at most two goals in focus; a third names the two and can put one aside atomically', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const a = (await req(o.employeeA, 'POST', '/goals', goal('Første mål om sprog'))).json.goal;
    const b = (await req(o.employeeA, 'POST', '/goals', goal('Andet mål om leg'))).json.goal;

    const third = await req(o.employeeA, 'POST', '/goals', goal('Tredje mål om overgange'));
    expect(third.status).toBe(409);
    expect(third.json.error.reason).toBe('too_many_in_focus');
    expect(third.json.error.inFocus).toEqual([
      { id: a.id, title: 'Første mål om sprog' },
      { id: b.id, title: 'Andet mål om leg' },
    ]);
    // Nothing was written by the refused request.
    expect(
      (await database.db.select().from(goals).where(eq(goals.subjectPersonId, o.employeeA.id))).length,
    ).toBe(2);

    // Putting aside needs a reason, and only one's own goal in focus can be put aside.
    expect((await req(o.employeeA, 'POST', '/goals', goal('Tredje', { putAsideGoalId: a.id }))).status).toBe(
      400,
    );
    const notMine = (await req(o.colleagueA, 'POST', '/goals', goal('Kollegaens mål'))).json.goal;
    const wrong = await req(
      o.employeeA,
      'POST',
      '/goals',
      goal('Tredje', { putAsideGoalId: notMine.id, putAsideReason: 'Plads' }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.issues[0].path).toBe('putAsideGoalId');

    const swapped = await req(
      o.employeeA,
      'POST',
      '/goals',
      goal('Tredje mål om overgange', { putAsideGoalId: a.id, putAsideReason: 'Sprog venter til efteråret' }),
    );
    expect(swapped.status).toBe(201);
    const c = swapped.json.goal;
    const after = (await req(o.employeeA, 'GET', '/goals')).json.goals;
    expect(after.map((g: { id: string; status: string }) => [g.id, g.status]).sort()).toEqual(
      [
        [a.id, 'put_aside'],
        [b.id, 'in_focus'],
        [c.id, 'in_focus'],
      ].sort(),
    );
    expect(after.find((g: { id: string }) => g.id === a.id).statusReason).toBe('Sprog venter til efteråret');

    // Refocusing the first asks again; the status route swaps atomically too.
    const refocus = await req(o.employeeA, 'POST', `/goals/${a.id}/status`, { status: 'in_focus' });
    expect(refocus.status).toBe(409);
    expect(refocus.json.error.reason).toBe('too_many_in_focus');
    expect(refocus.json.error.inFocus.map((g: { id: string }) => g.id).sort()).toEqual([b.id, c.id].sort());
    const back = await req(o.employeeA, 'POST', `/goals/${a.id}/status`, {
      status: 'in_focus',
      putAsideGoalId: c.id,
      putAsideReason: 'Overgange er på plads',
    });
    expect(back.status).toBe(200);
    expect(back.json.goal).toMatchObject({ status: 'in_focus', statusReason: null });

    const focus = await goalsInFocus(database.db, o.org.id, [
      o.employeeA.id,
      o.colleagueA.id,
      o.employeeB.id,
    ]);
    expect(
      focus
        .get(o.employeeA.id)!
        .map((g) => g.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(focus.get(o.colleagueA.id)).toEqual([
      { id: notMine.id, title: 'Kollegaens mål', status: 'in_focus' },
    ]);
    expect(focus.get(o.employeeB.id)).toEqual([]);

    // Two concurrent attempts at a third goal: exactly one is refused.
    const d = (
      await req(o.employeeA, 'POST', `/goals/${b.id}/status`, { status: 'achieved', reason: 'Færdig' })
    ).json.goal;
    expect(d.status).toBe('achieved');
    const raced = await Promise.all([
      req(o.employeeA, 'POST', '/goals', goal('Kapløb et')),
      req(o.employeeA, 'POST', '/goals', goal('Kapløb to')),
    ]);
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409]);
    expect((await goalsInFocus(database.db, o.org.id, [o.employeeA.id])).get(o.employeeA.id)).toHaveLength(2);
  });

  it('status changes need a short reason and are kept in the history with who, when, from and to', async () => {
    const { database } = env();
    const o = await buildTwoLayerOrg(database.db);
    const g = (await req(o.employeeA, 'POST', '/goals', goal('Læse højt efter frokost'))).json.goal;
    for (const body of [
      { status: 'achieved' },
      { status: 'put_aside', reason: '   ' },
      { status: 'achieved', reason: 'x'.repeat(501) },
      { status: 'done', reason: 'Ja' },
    ]) {
      expect(
        (await req(o.employeeA, 'POST', `/goals/${g.id}/status`, body)).status,
        JSON.stringify(body).slice(0, 60),
      ).toBe(400);
    }
    expect(
      (
        await req(o.employeeA, 'POST', `/goals/${g.id}/status`, {
          status: 'put_aside',
          reason: 'Vi mangler bøger',
        })
      ).json.goal,
    ).toMatchObject({
      status: 'put_aside',
      statusReason: 'Vi mangler bøger',
      version: 2,
    });
    await req(o.employeeA, 'POST', `/goals/${g.id}/status`, { status: 'in_focus' });
    const stale = await req(o.employeeA, 'POST', `/goals/${g.id}/status`, {
      status: 'achieved',
      reason: 'Nu',
      version: 2,
    });
    expect(stale.json.error.reason).toBe('stale_version');
    await req(o.employeeA, 'POST', `/goals/${g.id}/status`, {
      status: 'achieved',
      reason: 'Børnene beder selv om bøger',
      version: 3,
    });

    const detail = await req(o.employeeA, 'GET', `/goals/${g.id}`);
    expect(
      detail.json.history.map((h: { fromStatus: string | null; toStatus: string; reason: string | null }) => [
        h.fromStatus,
        h.toStatus,
        h.reason,
      ]),
    ).toEqual([
      [null, 'in_focus', null],
      ['in_focus', 'put_aside', 'Vi mangler bøger'],
      ['put_aside', 'in_focus', null],
      ['in_focus', 'achieved', 'Børnene beder selv om bøger'],
    ]);
    expect(detail.json.history.every((h: { actor: { id: string } }) => h.actor.id === o.employeeA.id)).toBe(
      true,
    );
    expect(await database.db.select().from(goalEvents).where(eq(goalEvents.goalId, g.id))).toHaveLength(4);

    const audit = await database.db
      .select({
        action: auditEvents.action,
        details: auditEvents.details,
        subject: auditEvents.subjectPersonId,
      })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, g.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['goal.created', 'goal.status_changed', 'goal.status_changed', 'goal.status_changed'].sort(),
    );
    expect(audit.every((a) => a.subject === o.employeeA.id)).toBe(true);
    // Audit rows hold ids and field names, never the person's words.
    expect(JSON.stringify(audit)).not.toContain('bøger');
  });

  it('refuses oversized, malformed and other organisations’ input with a clear 4xx', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const other = await buildTwoLayerOrg(env().database.db);
    const bad: unknown[] = [
      goal(''),
      goal('x'.repeat(201)),
      goal('Mål', { why: 'x'.repeat(2001) }),
      goal('Mål', { progressSigns: 'x'.repeat(2001) }),
      goal('Mål', { source: 'boss' }),
      goal('Mål', { frameItemId: 'nope' }),
      goal('Mål', { putAsideGoalId: 'nope', putAsideReason: 'x' }),
      { why: 'Uden titel' },
    ];
    for (const body of bad)
      expect((await req(o.employeeA, 'POST', '/goals', body)).status, JSON.stringify(body).slice(0, 80)).toBe(
        400,
      );
    const raw = await call(env().app, 'POST', '/api/goals', {
      as: await as(o.employeeA),
      body: undefined,
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.status).toBe(400);

    const theirs = (await req(other.employeeA, 'POST', '/goals', goal('Deres mål'))).json.goal;
    const mine = (await req(o.employeeA, 'POST', '/goals', goal('Mit mål'))).json.goal;
    expect((await req(o.employeeA, 'GET', `/goals/${theirs.id}`)).status).toBe(404);
    expect(
      (await req(o.employeeA, 'PATCH', `/goals/${theirs.id}`, { title: 'Overtaget', version: 1 })).status,
    ).toBe(404);
    expect(
      (await req(o.employeeA, 'POST', `/goals/${theirs.id}/status`, { status: 'achieved', reason: 'x' }))
        .status,
    ).toBe(404);
    expect((await req(o.employeeA, 'GET', `/goals?personId=${other.employeeA.id}`)).status).toBe(404);
    expect(
      (await req(o.employeeA, 'POST', `/goals/${mine.id}/shares`, { personId: other.colleagueA.id })).status,
    ).toBe(404);
    expect(
      (
        await req(o.employeeA, 'POST', `/goals/${mine.id}/shares`, {
          personId: o.colleagueA.id,
          teamId: mine.id,
        })
      ).status,
    ).toBe(400);
    expect((await req(o.employeeA, 'GET', '/goals/not-a-uuid')).status).toBe(400);
    expect(
      (await req(o.employeeA, 'PATCH', `/goals/${mine.id}`, { title: 'x'.repeat(201), version: 1 })).status,
    ).toBe(400);
    expect((await req(other.employeeA, 'GET', `/goals/${theirs.id}`)).json.goal.title).toBe('Deres mål');
  });
});
