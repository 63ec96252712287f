import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg, type Person } from '../../../test/factories.js';
import { auditEvents } from '../../server/audit/schema.js';
import { gatherDigest } from '../reminders/digest/gather.js';
import { digestMail } from '../reminders/digest/mail.js';
import { DEFAULT_REMINDER_SETTINGS } from '../reminders/constants.js';
import { leverApi } from './testing.js';

describeEachEngine('learning-environment levers: actions, follow-up and overdue', (env) => {
  const { req, unitPlan } = leverApi(env);

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
    await add('Til tiden', '2199-01-01', o.employeeA);
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
    await add('Senere', '2199-02-01');
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
