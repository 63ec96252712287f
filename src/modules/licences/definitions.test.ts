import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { licenceApi, MEAL } from './testing.js';

describeEachEngine('driving licences: a workplace defines a licence for a task', (env) => {
  const { req, world, mealLicence } = licenceApi(env);

  it('the unit’s leaders (and above) and HR define it; its people read it; others get 403 or 404', async () => {
    const o = await world();
    const definition = await mealLicence(o);
    expect(definition).toMatchObject({
      task: 'Det pædagogiske måltid',
      unit: { id: o.units.instA.id, name: 'Børnehuset Solsikken' },
      meanings: { C: MEAL.meaningC, B: MEAL.meaningB, A: MEAL.meaningA },
      requiredLevel: 'B',
      belowRequired: 'refuse',
      neededHolders: 2,
      validityMonths: 24,
      initiativeId: null,
      version: 1,
      can: { edit: true, review: true },
    });
    const hr = await req(o.hr, 'POST', '/licence-definitions', {
      unitId: o.units.instA.id,
      ...MEAL,
      task: 'Bleskift',
    });
    expect(hr.status).toBe(201);
    expect(hr.json.definition.can).toEqual({ edit: true, review: false });
    const above = await req(o.areaLeader, 'POST', '/licence-definitions', {
      unitId: o.units.room.id,
      ...MEAL,
      requiredLevel: null,
    });
    expect(above.status).toBe(201);

    // The unit's people read it but may not define one.
    const read = await req(o.employeeA, 'GET', `/licence-definitions/${definition.id}`);
    expect(read.status).toBe(200);
    expect(read.json.definition.can).toEqual({ edit: false, review: false });
    expect(read.json.people).toEqual([]);
    const employee = await req(o.employeeA, 'POST', '/licence-definitions', {
      unitId: o.units.instA.id,
      ...MEAL,
    });
    expect(employee.status).toBe(403);
    expect(employee.json.error.message).toMatch(/leaders and HR/);
    // The resource person reviews, and sees whom she may review.
    const resource = await req(o.resource, 'GET', `/licence-definitions/${definition.id}`);
    expect(resource.json.definition.can).toEqual({ edit: false, review: true });
    expect(resource.json.people.map((p: { name: string }) => p.name)).toEqual([
      'Bo Leder',
      'Dorthe Pædagog',
      'Erik Pædagog',
      'Karin Ressourceperson',
    ]);
    expect(resource.json.reviewers.map((p: { name: string }) => p.name)).toEqual([
      'Anne Områdeleder',
      'Bo Leder',
      'Karin Ressourceperson',
    ]);

    const other = await buildTwoLayerOrg(env().database.db);
    for (const outsider of [o.leaderB, o.employeeB, other.leaderA, other.hr]) {
      expect(
        (await req(outsider, 'GET', `/licence-definitions/${definition.id}`)).status,
        outsider.name,
      ).toBe(404);
      expect(
        (await req(outsider, 'PATCH', `/licence-definitions/${definition.id}`, { task: 'Nej', version: 1 }))
          .status,
        outsider.name,
      ).toBe(404);
    }
    // Wrong tenant: a unit of another organisation is no unit at all.
    expect(
      (await req(other.leaderA, 'POST', '/licence-definitions', { unitId: o.units.instA.id, ...MEAL }))
        .status,
    ).toBe(404);
    expect(
      (await req(o.leaderB, 'POST', '/licence-definitions', { unitId: o.units.instA.id, ...MEAL })).status,
    ).toBe(404);

    const list = await req(o.employeeA, 'GET', '/licence-definitions');
    expect(list.json.definitions.map((d: { task: string }) => d.task).sort()).toEqual([
      'Bleskift',
      'Det pædagogiske måltid',
      'Det pædagogiske måltid',
    ]);
    expect(list.json.units).toEqual([]);
    expect(list.json.boards.map((b: { name: string }) => b.name)).toEqual([
      'Børnehuset Solsikken',
      'Rød stue',
    ]);
    expect((await req(o.leaderB, 'GET', '/licence-definitions')).json.definitions).toEqual([]);
    // HR configures every unit's licences but sees no board by her role.
    const hrList = await req(o.hr, 'GET', '/licence-definitions');
    expect(hrList.json.definitions).toHaveLength(3);
    expect(hrList.json.boards).toEqual([]);
    expect(hrList.json.units.length).toBeGreaterThan(3);
  });

  it('bad input is a clear 400; two editors do not overwrite each other', async () => {
    const o = await world();
    const bad = [
      { ...MEAL, requiredLevel: 'D' },
      { ...MEAL, belowRequired: 'ignore' },
      { ...MEAL, task: '' },
      { ...MEAL, meaningB: 'x'.repeat(1001) },
      { ...MEAL, validityMonths: 0 },
      { ...MEAL, neededHolders: -1 },
      { ...MEAL, initiativeId: 'not-a-uuid' },
    ];
    for (const body of bad) {
      const r = await req(o.leaderA, 'POST', '/licence-definitions', { unitId: o.units.instA.id, ...body });
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.json.error.issues.length).toBeGreaterThan(0);
    }
    const definition = await mealLicence(o);
    const path = `/licence-definitions/${definition.id}`;
    const first = await req(o.leaderA, 'PATCH', path, { belowRequired: 'warn', version: 1 });
    expect(first.status).toBe(200);
    expect(first.json.definition).toMatchObject({ belowRequired: 'warn', version: 2 });
    const stale = await req(o.hr, 'PATCH', path, { task: 'Måltidet', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.reason).toBe('stale_version');
    expect(stale.json.error.current).toMatchObject({ belowRequired: 'warn', version: 2 });
    expect((await req(o.resource, 'PATCH', path, { task: 'Nej', version: 2 })).status).toBe(403);
  });
});
