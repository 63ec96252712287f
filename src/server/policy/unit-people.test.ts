import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  buildPolicyWorld,
  contextFor,
  expectTable,
  idsOf,
  type PolicyWorld,
} from '../../../test/policy-world.js';
import { isOneOfUnitsPeople, unitPeopleText } from './unit-people.js';

// A unit's people: staff and learning partners of the unit or a unit below it; HR and admins are not.
describeEachEngine('policy: one of a unit’s people', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const answers = {
    self: true,
    nearestLeader: true,
    leaderAbove: false,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: false,
    stranger: false,
  };

  it('isOneOfUnitsPeople(the institution above the room)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => isOneOfUnitsPeople(ctx, world.units.instA.id), answers);
    // A learning partner works with the unit and is one of its people.
    expect(
      await isOneOfUnitsPeople(await contextFor(env(), world.learningPartner), world.units.instA.id),
    ).toBe(true);
  });

  it('the inverse agrees: the actor is among the institution’s people', async () => {
    const world = await w();
    const people = await idsOf(env().database.db, unitPeopleText.bound(world.org.id, world.units.instA.id));
    await expectTable(env(), world, async (_ctx, actor) => people.includes(actor.id), answers);
    expect(people).toContain(world.learningPartner.id);
  });
});
