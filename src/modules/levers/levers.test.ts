import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPerson, buildTeam, buildTwoLayerOrg, signInAs, type Person } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { auditEvents } from '../../server/audit/schema.js';
import { gatherDigest } from '../reminders/digest/gather.js';
import { digestMail } from '../reminders/digest/mail.js';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/constants.js';

const PERIOD = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };

describeEachEngine('learning-environment levers', (env) => {
  const req = async (who: Person, method: string, path: string, body?: unknown) =>
    call(env().app, method, `/api${path}`, {
      as: await signInAs(env().database.db, env().config, who),
      body,
    });

  async function unitPlan(o: Awaited<ReturnType<typeof buildTwoLayerOrg>>) {
    const created = await req(o.leaderA, 'POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'Læringsmiljøet i Solsikken 2026',
      ...PERIOD,
      levers: ['better_meetings', 'job_rotation'],
    });
    expect(created.status).toBe(201);
    return created.json.plan;
  }

  it('a leader picks levers, turns them into actions with owners and dates; the owner follows up', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    // Levers come back in the toolbox's order, not the order they were picked in.
    expect(plan.levers.map((l: { lever: string }) => l.lever)).toEqual(['job_rotation', 'better_meetings']);
    expect(plan).toMatchObject({
      scope: { type: 'unit', name: 'Børnehuset Solsikken' },
      version: 1,
      can: { edit: true },
    });

    const detail = await req(o.leaderA, 'GET', `/lever-plans/${plan.id}`);
    // Owners: the people of the unit and the rooms below it, and its leaders up the tree.
    expect(detail.json.owners.map((p: { name: string }) => p.name)).toEqual([
      'Anne Områdeleder',
      'Bo Leder',
      'Dorthe Pædagog',
      'Erik Pædagog',
    ]);

    const meetings = plan.levers[1];
    const action = await req(o.leaderA, 'POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: meetings.id,
      text: 'Prøv tjek-ind og tydelige punkter på personalemødet',
      ownerId: o.employeeA.id,
      dueDate: '2026-03-01',
    });
    expect(action.status).toBe(201);
    expect(action.json.action).toMatchObject({
      lever: 'better_meetings',
      owner: { id: o.employeeA.id, name: 'Dorthe Pædagog' },
      status: 'open',
      version: 1,
    });

    // The owner sees it among their actions and marks it done with a short note.
    const mine = await req(o.employeeA, 'GET', '/lever-actions/mine');
    expect(mine.json.actions).toHaveLength(1);
    expect(mine.json.actions[0]).toMatchObject({
      text: 'Prøv tjek-ind og tydelige punkter på personalemødet',
      plan: { id: plan.id, scopeName: 'Børnehuset Solsikken' },
      can: { followUp: true },
    });
    const done = await req(o.employeeA, 'PATCH', `/lever-actions/${action.json.action.id}`, {
      status: 'done',
      followUp: 'Mødet sluttede til tiden.',
      version: 1,
    });
    expect(done.status).toBe(200);
    expect(done.json.action).toMatchObject({
      status: 'done',
      followUp: 'Mødet sluttede til tiden.',
      version: 2,
      overdue: false,
    });
    expect(done.json.action.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // …but may not reword it or give it to someone else: that is the plan's editors' call.
    expect(
      (
        await req(o.employeeA, 'PATCH', `/lever-actions/${action.json.action.id}`, {
          text: 'Noget andet',
          version: 2,
        })
      ).status,
    ).toBe(403);

    const after = await req(o.leaderA, 'GET', `/lever-plans/${plan.id}`);
    expect(after.json.plan.counts).toEqual({ open: 0, done: 1, overdue: 0 });
    const history = await req(o.leaderA, 'GET', `/lever-plans/${plan.id}/history`);
    expect(history.json.events.map((e: { action: string }) => e.action)).toEqual([
      'lever_action.done',
      'lever_action.created',
      'lever_plan.created',
    ]);
    expect(history.json.events[0]).toMatchObject({
      actor: { name: 'Dorthe Pædagog' },
      fields: ['status', 'followUp'],
    });
    // The audit holds ids and field names, never the text.
    const rows = await env()
      .database.db.select({ details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, o.org.id), eq(auditEvents.entityId, plan.id)));
    expect(JSON.stringify(rows)).not.toContain('Mødet sluttede');
  });

  it('a unit’s plan: its people read, its leaders (and above) edit; HR, other units and other organisations get 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const other = await buildTwoLayerOrg(env().database.db);
    const path = `/lever-plans/${plan.id}`;
    for (const reader of [o.employeeA, o.colleagueA]) {
      const r = await req(reader, 'GET', path);
      expect(r.status, reader.name).toBe(200);
      expect(r.json.plan.can.edit).toBe(false);
      expect(r.json.owners).toEqual([]);
      expect((await req(reader, 'PATCH', path, { title: 'Nej', version: 1 })).status).toBe(403);
    }
    expect((await req(o.areaLeader, 'GET', path)).json.plan.can.edit).toBe(true);
    for (const outsider of [o.hr, o.leaderB, o.employeeB, other.leaderA, other.hr]) {
      expect((await req(outsider, 'GET', path)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'PATCH', path, { title: 'Nej', version: 1 })).status, outsider.name).toBe(
        404,
      );
      expect((await req(outsider, 'GET', `${path}/history`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', '/lever-plans')).json.plans, outsider.name).toEqual([]);
    }
    // HR configures the organisation but plans nothing for a unit she does not lead.
    expect(
      (await req(o.hr, 'POST', '/lever-plans', { unitId: o.units.instA.id, title: 'HR', ...PERIOD })).status,
    ).toBe(404);
    expect(
      (await req(o.leaderB, 'POST', '/lever-plans', { unitId: o.units.instA.id, title: 'Nabo', ...PERIOD }))
        .status,
    ).toBe(404);

    const list = await req(o.employeeA, 'GET', '/lever-plans');
    expect(list.json.plans.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect(list.json.scopes).toEqual({ units: [], teams: [] });
    const leaderList = await req(o.leaderA, 'GET', '/lever-plans');
    expect(leaderList.json.plans[0]).toMatchObject({
      id: plan.id,
      can: { edit: true },
      counts: { open: 0, done: 0, overdue: 0 },
    });
    expect(leaderList.json.scopes.units.map((u: { name: string }) => u.name)).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
  });

  it('a team’s plan is team content: members and the unit’s leaders read and edit; an admin without a relation gets 404', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const team = await buildTeam(env().database.db, o.org, {
      unit: o.units.instA,
      members: [o.employeeA, o.colleagueA],
    });
    const orgAdmin = await buildPerson(env().database.db, o.org, {
      roles: [{ unit: o.units.admin, role: 'org_admin' }],
    });
    const created = await req(o.employeeA, 'POST', '/lever-plans', {
      teamId: team.id,
      title: 'Vores team',
      ...PERIOD,
      levers: ['peer_coaching'],
    });
    expect(created.status).toBe(201);
    const plan = created.json.plan;
    for (const editor of [o.employeeA, o.colleagueA, o.leaderA, o.areaLeader]) {
      expect((await req(editor, 'GET', `/lever-plans/${plan.id}`)).json.plan.can.edit, editor.name).toBe(
        true,
      );
    }
    const owners = (await req(o.colleagueA, 'GET', `/lever-plans/${plan.id}`)).json.owners.map(
      (p: { name: string }) => p.name,
    );
    expect(owners).toEqual(['Anne Områdeleder', 'Bo Leder', 'Dorthe Pædagog', 'Erik Pædagog']);
    for (const outsider of [o.hr, orgAdmin, o.leaderB, o.employeeB]) {
      expect((await req(outsider, 'GET', `/lever-plans/${plan.id}`)).status, outsider.name).toBe(404);
      expect((await req(outsider, 'GET', `/lever-plans?teamId=${team.id}`)).status, outsider.name).toBe(404);
    }
    // A cross-unit team (a peer group of leaders) is its members' only.
    const peers = await buildTeam(env().database.db, o.org, {
      unit: null,
      kind: 'leader_peer_group',
      members: [o.leaderA, o.leaderB],
    });
    const peerPlan = await req(o.leaderB, 'POST', '/lever-plans', {
      teamId: peers.id,
      title: 'Ledersparring',
      ...PERIOD,
    });
    expect(peerPlan.status).toBe(201);
    expect((await req(o.leaderA, 'GET', `/lever-plans/${peerPlan.json.plan.id}`)).status).toBe(200);
    expect((await req(o.areaLeader, 'GET', `/lever-plans/${peerPlan.json.plan.id}`)).status).toBe(404);
  });

  it('refuses bad input with a clear 4xx', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const lever = plan.levers[0].id;
    const bad = async (method: string, path: string, body: unknown, status = 400) =>
      expect((await req(o.leaderA, method, path, body)).status, JSON.stringify(body)).toBe(status);
    await bad('POST', '/lever-plans', { unitId: o.units.instA.id, title: '', ...PERIOD });
    await bad('POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'X',
      periodStart: '2026-05-01',
      periodEnd: '2026-04-01',
    });
    await bad('POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'X',
      periodStart: '2026-02-30',
      periodEnd: '2026-04-01',
    });
    await bad('POST', '/lever-plans', { title: 'Hverken enhed eller team', ...PERIOD });
    await bad('POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'X',
      ...PERIOD,
      levers: ['mentoring', 'mentoring'],
    });
    await bad('POST', '/lever-plans', {
      unitId: o.units.instA.id,
      title: 'X',
      ...PERIOD,
      levers: ['free_lunch'],
    });
    await bad('POST', '/lever-plans', { unitId: o.units.instA.id, title: 'x'.repeat(201), ...PERIOD });
    await bad('POST', `/lever-plans/${plan.id}/levers`, { lever: 'job_rotation' }, 409);
    await bad('POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: lever,
      text: 'Uden dato',
      ownerId: o.employeeA.id,
    });
    await bad('POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: lever,
      text: ' ',
      ownerId: o.employeeA.id,
      dueDate: '2026-03-01',
    });
    // An owner from another institution, and a lever of another plan, are refused.
    const outside = await req(o.leaderA, 'POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: lever,
      text: 'Besøg',
      ownerId: o.employeeB.id,
      dueDate: '2026-03-01',
    });
    expect(outside.status).toBe(400);
    expect(outside.json.error.reason).toBe('lever_owner_outside');
    const otherPlan = await req(o.leaderA, 'POST', '/lever-plans', {
      unitId: o.units.room.id,
      title: 'Rød stue',
      ...PERIOD,
      levers: ['campus'],
    });
    await bad('POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: otherPlan.json.plan.levers[0].id,
      text: 'Forkert',
      ownerId: o.employeeA.id,
      dueDate: '2026-03-01',
    });
    await bad('GET', '/lever-plans/not-a-uuid', undefined);
    await bad('GET', '/lever-plans/00000000-0000-4000-8000-000000000000', undefined, 404);
    await bad(
      'PATCH',
      '/lever-actions/00000000-0000-4000-8000-000000000000',
      { status: 'done', version: 1 },
      404,
    );
  });

  it('two edits against the same version: the second gets 409 with the current version, nothing is lost', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const first = await req(o.leaderA, 'PATCH', `/lever-plans/${plan.id}`, {
      title: 'Bo’s titel',
      version: 1,
    });
    expect(first.status).toBe(200);
    const second = await req(o.areaLeader, 'PATCH', `/lever-plans/${plan.id}`, {
      title: 'Annes titel',
      version: 1,
    });
    expect(second.status).toBe(409);
    expect(second.json.error).toMatchObject({
      reason: 'stale_version',
      current: { title: 'Bo’s titel', version: 2 },
    });

    const action = await req(o.leaderA, 'POST', `/lever-plans/${plan.id}/actions`, {
      planLeverId: plan.levers[0].id,
      text: 'Besøg vuggestuen',
      ownerId: o.employeeA.id,
      dueDate: '2026-06-01',
    });
    const id = action.json.action.id;
    expect(
      (
        await req(o.employeeA, 'PATCH', `/lever-actions/${id}`, {
          followUp: 'Aftalt med Cecilie',
          version: 1,
        })
      ).status,
    ).toBe(200);
    const stale = await req(o.leaderA, 'PATCH', `/lever-actions/${id}`, {
      dueDate: '2026-07-01',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.current).toMatchObject({
      followUp: 'Aftalt med Cecilie',
      dueDate: '2026-06-01',
      version: 2,
    });
  });

  it('lists overdue actions for the plan’s editors and the owner, by the Danish calendar', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const add = (text: string, dueDate: string, owner: Person) =>
      req(o.leaderA, 'POST', `/lever-plans/${plan.id}/actions`, {
        planLeverId: plan.levers[0].id,
        text,
        ownerId: owner.id,
        dueDate,
      });
    const late = await add('For sent', '2020-01-15', o.employeeA);
    await add('Til tiden', '2999-01-01', o.employeeA);
    const lateDone = await add('For sent men gjort', '2020-01-10', o.colleagueA);
    await req(o.colleagueA, 'PATCH', `/lever-actions/${lateDone.json.action.id}`, {
      status: 'done',
      version: 1,
    });

    const forLeader = await req(o.leaderA, 'GET', '/lever-actions/overdue');
    expect(forLeader.json.actions.map((a: { text: string }) => a.text)).toEqual(['For sent']);
    expect(forLeader.json.actions[0]).toMatchObject({
      overdue: true,
      can: { edit: true },
      plan: { id: plan.id },
    });
    expect((await req(o.areaLeader, 'GET', '/lever-actions/overdue')).json.actions).toHaveLength(1);
    expect(
      (await req(o.employeeA, 'GET', '/lever-actions/overdue')).json.actions.map((a: { id: string }) => a.id),
    ).toEqual([late.json.action.id]);
    expect((await req(o.colleagueA, 'GET', '/lever-actions/overdue')).json.actions).toEqual([]);
    expect((await req(o.leaderB, 'GET', '/lever-actions/overdue')).json.actions).toEqual([]);
    expect((await req(o.hr, 'GET', '/lever-actions/overdue')).json.actions).toEqual([]);
    const mine = await req(o.employeeA, 'GET', '/lever-actions/mine');
    expect(mine.json.actions.map((a: { text: string; overdue: boolean }) => [a.text, a.overdue])).toEqual([
      ['For sent', true],
      ['Til tiden', false],
    ]);
    expect((await req(o.leaderA, 'GET', `/lever-plans/${plan.id}`)).json.plan.counts).toEqual({
      open: 2,
      done: 1,
      overdue: 1,
    });
  });

  it('overdue actions go into their owner’s reminder digest, with a link to the plan', async () => {
    const o = await buildTwoLayerOrg(env().database.db);
    const plan = await unitPlan(o);
    const add = (text: string, dueDate: string) =>
      req(o.leaderA, 'POST', `/lever-plans/${plan.id}/actions`, {
        planLeverId: plan.levers[0].id,
        text,
        ownerId: o.employeeA.id,
        dueDate,
      });
    await add('Besøg Mælkebøtten', '2020-02-01');
    await add('Senere', '2999-02-01');
    const settings = { ...DEFAULT_REMINDER_SETTINGS, lastDigestAt: null };
    const content = await gatherDigest(env().database.db, o.org.id, o.employeeA.id, settings, new Date());
    expect(content.overdueLeverActions.map((a) => a.text)).toEqual(['Besøg Mælkebøtten']);
    const mail = digestMail('da', 'Dorthe', content, 'https://mup.test');
    expect(mail.text).toContain('Handlinger for læringsmiljøet, der er over tid');
    expect(mail.text).toContain(`https://mup.test/levers/plans/${plan.id}`);
    const off = await gatherDigest(
      env().database.db,
      o.org.id,
      o.employeeA.id,
      { ...settings, includeOverdueAgreements: false },
      new Date(),
    );
    expect(off.overdueLeverActions).toEqual([]);
    expect(
      (await gatherDigest(env().database.db, o.org.id, o.leaderA.id, settings, new Date()))
        .overdueLeverActions,
    ).toEqual([]);
  });
});
