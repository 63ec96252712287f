import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { goalShares, goals } from '../../modules/goals/schema.js';
import { goalsSharedWithText, isGoalSharedWithActor } from './goal-shares.js';

// A share: self shares a goal with the team and with the outsider; nobody else gains anything.
describeEachEngine('policy: a goal shared with the actor', (env) => {
  let world: (PolicyWorld & { goalId: string }) | undefined;
  const w = async () => {
    if (world) return world;
    const { db } = env().database;
    const built = await buildPolicyWorld(db);
    const [goal] = await db
      .insert(goals)
      .values({ orgId: built.org.id, subjectPersonId: built.actors.self.id, title: 'Mere leg i overgange' })
      .returning({ id: goals.id });
    await db.insert(goalShares).values([
      { orgId: built.org.id, goalId: goal!.id, teamId: built.team.id },
      { orgId: built.org.id, goalId: goal!.id, personId: built.actors.outsider.id },
    ]);
    return (world = { ...built, goalId: goal!.id });
  };
  const answers = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: true,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: true,
    stranger: false,
  };

  it('isGoalSharedWithActor(self’s goal)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => isGoalSharedWithActor(ctx, world.goalId), answers);
  });

  it('the inverse agrees: the goal is among those shared with the actor', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(ctx.db, goalsSharedWithText.bound(actor.orgId, actor.id))).includes(world.goalId),
      answers,
    );
  });
});
