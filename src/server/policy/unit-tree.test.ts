import { expect, it } from 'vitest';
import { buildPolicyWorld, describePolicy, idsOf } from '../../../test/policy-world.js';
import { unitSubtreeText, unitWithAncestors } from './unit-tree.js';

// The unit tree has no actor: its table is one row per unit.
describePolicy('the unit tree', (world, env) => {
  it('the units above a unit, nearest first, the unit itself included', async () => {
    const { org, units: u } = await world();
    const above = async (unitId: string) =>
      (await unitWithAncestors(env().database.db, org.id, unitId)).map((x) => x.name);
    expect({
      room: await above(u.room.id),
      instA: await above(u.instA.id),
      area: await above(u.area.id),
      admin: await above(u.admin.id),
    }).toEqual({
      room: ['Rød stue', 'Solsikken', 'Område Nord', 'Forvaltning'],
      instA: ['Solsikken', 'Område Nord', 'Forvaltning'],
      area: ['Område Nord', 'Forvaltning'],
      admin: ['Forvaltning'],
    });
    // Another organisation's unit is no unit of this one.
    const other = await buildPolicyWorld(env().database.db);
    expect(await unitWithAncestors(env().database.db, org.id, other.units.room.id)).toEqual([]);
  });

  it('a unit’s subtree: the unit and every unit below it', async () => {
    const { org, units: u } = await world();
    const names = new Map(Object.values(u).map((x) => [x.id, x.name]));
    const below = async (unitId: string) =>
      (await idsOf(env().database.db, unitSubtreeText.bound(org.id, unitId)))
        .map((id) => names.get(id))
        .sort();
    expect({
      room: await below(u.room.id),
      instA: await below(u.instA.id),
      area: await below(u.area.id),
    }).toEqual({
      room: ['Rød stue'],
      instA: ['Rød stue', 'Solsikken'],
      area: ['Mælkebøtten', 'Område Nord', 'Rød stue', 'Solsikken', 'Valmuen'],
    });
    const other = await buildPolicyWorld(env().database.db);
    expect(await idsOf(env().database.db, unitSubtreeText.bound(org.id, other.units.area.id))).toEqual([]);
  });
});
