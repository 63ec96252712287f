import { expect, it } from 'vitest';
import { contextFor, describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { isOneOfUnitsPeople, unitPeopleText } from './unit-people.js';

// A unit's people: staff and learning partners of the unit or a unit below it; HR and admins are not.
describePolicy('one of a unit’s people', (world, env) => {
  const answers = everyone(false, { self: true, nearestLeader: true });

  it('isOneOfUnitsPeople(the institution above the room)', async () => {
    const w = await world();
    await expectTable(env(), w, (ctx) => isOneOfUnitsPeople(ctx, w.units.instA.id), answers);
    // A learning partner works with the unit and is one of its people.
    expect(await isOneOfUnitsPeople(await contextFor(env(), w.learningPartner), w.units.instA.id)).toBe(true);
  });

  it('the inverse agrees: the actor is among the institution’s people', async () => {
    const w = await world();
    const people = await idsOf(env().database.db, unitPeopleText.bound(w.org.id, w.units.instA.id));
    await expectTable(env(), w, async (_ctx, actor) => people.includes(actor.id), answers);
    expect(people).toContain(w.learningPartner.id);
  });
});
