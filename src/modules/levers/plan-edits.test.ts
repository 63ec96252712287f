import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { leverApi, PERIOD } from './testing.js';

describeEachEngine('learning-environment levers: bad input and concurrent edits', (env) => {
  const { req, unitPlan } = leverApi(env);

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
});
