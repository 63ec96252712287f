import { expect, it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { unitsLeadersAboveText, unitsOfLeadersLedBy } from './leaders-units.js';

// The units of the leaders one leads: the area leader's institutions with a leader of their own.
describePolicy('the units of the leaders one leads', (world, env) => {
  it('unitsOfLeadersLedBy: Solsikken and Mælkebøtten for the area leader (Valmuen has no leader, the room none either)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx, actor) => (await unitsOfLeadersLedBy(ctx.db, actor.orgId, actor.id)).sort(),
      everyone<string[]>([], { leaderAbove: [w.units.instA.id, w.units.instB.id].sort() }),
    );
  });

  it('the inverse agrees: the area leader is above Solsikken’s leader; nobody above the room or Valmuen', async () => {
    const w = await world();
    const { db } = env().database;
    const above = (unitId: string) => idsOf(db, unitsLeadersAboveText.bound(w.org.id, unitId));
    expect(await above(w.units.instA.id)).toEqual([w.actors.leaderAbove.id]);
    expect(await above(w.units.instB.id)).toEqual([w.actors.leaderAbove.id]);
    expect(await above(w.units.instC.id)).toEqual([]);
    expect(await above(w.units.room.id)).toEqual([]);
    expect(await above(w.units.area.id)).toEqual([]);
  });
});
