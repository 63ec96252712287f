import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { personRelation, type PersonRelation } from './person-access.js';

// A person's record: the person, their nearest leader(s), and — for the profile only — HR and admins.
describePolicy('relation to a person', (world, env) => {
  const admins = { hr: 'admin', orgAdmin: 'admin' } as const;

  it('personRelation(self)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => personRelation(ctx, w.actors.self.id),
      everyone<PersonRelation | null>(null, { ...admins, self: 'self', nearestLeader: 'leader' }),
    );
  });

  it('personRelation(the institution’s leader): the area leader is their nearest leader', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => personRelation(ctx, w.actors.nearestLeader.id),
      everyone<PersonRelation | null>(null, { ...admins, nearestLeader: 'self', leaderAbove: 'leader' }),
    );
  });
});
