import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildTwoLayerOrg } from '../../../test/factories.js';
import { licenceApi } from './testing.js';

describeEachEngine('driving licences: the initiative behind a licence', (env) => {
  const { req, world, mealLicence } = licenceApi(env);

  async function initiative(
    o: Awaited<ReturnType<typeof world>>,
    who = o.leaderA,
    unitId = o.units.instA.id,
  ) {
    const created = await req(who, 'POST', '/initiatives', { unitId, title: 'Det pædagogiske måltid' });
    expect(created.status, created.text).toBe(201);
    return created.json.initiative as { id: string };
  }

  it('a licence names its initiative on the licence, in the list by initiative and on the board', async () => {
    const o = await world();
    const own = await initiative(o);
    const definition = await mealLicence(o, { initiativeId: own.id });
    const read = await req(o.employeeA, 'GET', `/licence-definitions/${definition.id}`);
    expect(read.json.definition.initiative).toEqual({ id: own.id, name: 'Det pædagogiske måltid' });
    await mealLicence(o, { task: 'Bleskift' });

    const listed = await req(o.leaderA, 'GET', `/licence-definitions?initiativeId=${own.id}`);
    expect(listed.status).toBe(200);
    expect(listed.json.definitions.map((d: { task: string }) => d.task)).toEqual(['Det pædagogiske måltid']);

    const board = await req(o.leaderA, 'GET', `/licence-boards/${o.units.instA.id}`);
    const byTask = Object.fromEntries(
      board.json.definitions.map((d: { task: string; initiative: unknown }) => [d.task, d.initiative]),
    );
    expect(byTask).toEqual({
      Bleskift: null,
      'Det pædagogiske måltid': { id: own.id, name: 'Det pædagogiske måltid' },
    });
  });

  it('an area’s initiative may carry a department’s licence; a sibling’s or another organisation’s may not', async () => {
    const o = await world();
    const area = await initiative(o, o.areaLeader, o.units.area.id);
    await mealLicence(o, { initiativeId: area.id });

    const sibling = await initiative(o, o.leaderB, o.units.instB.id);
    const other = await buildTwoLayerOrg(env().database.db);
    const foreign = await req(other.leaderA, 'POST', '/initiatives', {
      unitId: other.units.instA.id,
      title: 'Fremmed',
    });
    for (const initiativeId of [sibling.id, foreign.json.initiative.id, crypto.randomUUID()]) {
      const refused = await req(o.leaderA, 'POST', '/licence-definitions', {
        unitId: o.units.instA.id,
        task: 'Afvist',
        meaningC: 'C',
        meaningB: 'B',
        meaningA: 'A',
        initiativeId,
      });
      expect(refused.status, initiativeId).toBe(400);
      expect(refused.json.error.issues).toEqual([
        { path: 'initiativeId', message: 'Choose an initiative of this unit or the units above it' },
      ]);
    }

    // Linking later goes through the same check, against the version read.
    const plain = await mealLicence(o, { task: 'Bleskift' });
    const bad = await req(o.leaderA, 'PATCH', `/licence-definitions/${plain.id}`, {
      version: plain.version,
      initiativeId: sibling.id,
    });
    expect(bad.status).toBe(400);
    const own = await initiative(o);
    const linked = await req(o.leaderA, 'PATCH', `/licence-definitions/${plain.id}`, {
      version: plain.version,
      initiativeId: own.id,
    });
    expect(linked.status, linked.text).toBe(200);
    expect(linked.json.definition.initiative).toEqual({ id: own.id, name: 'Det pædagogiske måltid' });
  });
});
