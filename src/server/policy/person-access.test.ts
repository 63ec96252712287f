import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { personRelation } from './person-access.js';

// A person's record: the person, their nearest leader(s), and — for the profile only — HR and admins.
describeEachEngine('policy: relation to a person', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));

  it('personRelation(self)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => personRelation(ctx, world.actors.self.id), {
      self: 'self',
      nearestLeader: 'leader',
      leaderAbove: null,
      teamMember: null,
      teamLeader: null,
      hr: 'admin',
      orgAdmin: 'admin',
      outsider: null,
      stranger: null,
    });
  });

  it('personRelation(the institution’s leader): the area leader is their nearest leader', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => personRelation(ctx, world.actors.nearestLeader.id), {
      self: null,
      nearestLeader: 'self',
      leaderAbove: 'leader',
      teamMember: null,
      teamLeader: null,
      hr: 'admin',
      orgAdmin: 'admin',
      outsider: null,
      stranger: null,
    });
  });
});
