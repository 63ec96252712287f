import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { goalShares, goals } from '../../modules/goals/schema.js';
import { goalsSharedWithText, isGoalSharedWithActor } from './goal-shares.js';

// A share: self shares a goal with the team and with the outsider; nobody else gains anything.
describePolicy('a goal shared with the actor', (world, env) => {
  let goalId: Promise<string> | undefined;
  const sharedGoal = () =>
    (goalId ??= (async () => {
      const { db } = env().database;
      const w = await world();
      const [goal] = await db
        .insert(goals)
        .values({ orgId: w.org.id, subjectPersonId: w.actors.self.id, title: 'Mere leg i overgange' })
        .returning({ id: goals.id });
      await db.insert(goalShares).values([
        { orgId: w.org.id, goalId: goal!.id, teamId: w.team.id },
        { orgId: w.org.id, goalId: goal!.id, personId: w.actors.outsider.id },
      ]);
      return goal!.id;
    })());
  const answers = everyone(false, { teamMember: true, outsider: true });

  it('isGoalSharedWithActor(self’s goal)', async () => {
    const id = await sharedGoal();
    await expectTable(env(), await world(), (ctx) => isGoalSharedWithActor(ctx, id), answers);
  });

  it('the inverse agrees: the goal is among those shared with the actor', async () => {
    const id = await sharedGoal();
    await expectTable(
      env(),
      await world(),
      async (ctx, actor) =>
        (await idsOf(ctx.db, goalsSharedWithText.bound(actor.orgId, actor.id))).includes(id),
      answers,
    );
  });
});
