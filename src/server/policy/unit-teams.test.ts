import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildTeam } from '../../../test/factories.js';
import { ACTOR_NAMES, describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { ledTeamsText } from './team-leaders.js';
import { ledTeamsOfUnit, ledTeamsOfUnitText } from './unit-teams.js';

// The teams a leader may start work with from a unit's results: that unit's teams whose nearest leader they are.
describePolicy('a unit’s teams its leader starts work with', (world, env) => {
  it('ledTeamsOfUnit(Mælkebøtten): its own leader only, not the leader above, HR or the members', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx) => (await ledTeamsOfUnit(ctx, w.units.instB.id)).map((t) => t.name),
      everyone<string[]>([], { teamLeader: ['Mælkebøttens team'] }),
    );
  });

  it('a room without a leader of its own: the nearest leader above it, in name order', async () => {
    const w = await world();
    const db = env().database.db;
    await buildTeam(db, w.org, { unit: w.units.room, kind: 'quality', name: 'Kvalitet på Rød stue' });
    await buildTeam(db, w.org, { unit: w.units.room, kind: 'unit_staff', name: 'Personalet på Rød stue' });
    await expectTable(
      env(),
      w,
      async (ctx) => (await ledTeamsOfUnit(ctx, w.units.room.id)).map((t) => `${t.name} (${t.kind})`),
      everyone<string[]>([], {
        nearestLeader: ['Kvalitet på Rød stue (quality)', 'Personalet på Rød stue (unit_staff)'],
      }),
    );
    // The fragment the statement is made of agrees, bound into a Drizzle query.
    await expectTable(
      env(),
      w,
      async (_ctx, actor) =>
        (await idsOf(db, ledTeamsOfUnitText.bound(w.org.id, w.units.room.id, actor.id))).length,
      everyone(0, { nearestLeader: 2 }),
    );
    // Walked up from the unit, it says what the teams' nearest leaders (team-leaders.ts) say, for every unit and actor.
    for (const unit of Object.values(w.units))
      for (const name of ACTOR_NAMES) {
        const actor = w.actors[name];
        const general = sql`select t.id from teams t where t.org_id = ${w.org.id} and t.unit_id = ${unit.id}
          and t.id in (${ledTeamsText.bound(w.org.id, actor.id)})`;
        const ids = async (q: typeof general) => (await idsOf(db, q)).sort();
        expect(
          await ids(ledTeamsOfUnitText.bound(w.org.id, unit.id, actor.id)),
          `${name} ${unit.name}`,
        ).toEqual(await ids(general));
      }
  });
});
