import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, type PolicyWorld } from '../../../test/policy-world.js';
import { goalShares, goals } from '../../modules/goals/schema.js';
import { goalRelation, subjectRelation } from './subject-access.js';

// Development content by subject: a person's is theirs and their nearest leader's; a team's is
// its members' and its nearest leader's; a share opens one goal.
describeEachEngine('policy: relation to a subject’s development content', (env) => {
  let world: PolicyWorld | undefined;
  const w = async () => (world ??= await buildPolicyWorld(env().database.db));
  const none = {
    self: null,
    nearestLeader: null,
    leaderAbove: null,
    teamMember: null,
    teamLeader: null,
    hr: null,
    orgAdmin: null,
    outsider: null,
    stranger: null,
  };

  it('subjectRelation(a person) and subjectRelation(a team)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => subjectRelation(ctx, { personId: world.actors.self.id }), {
      ...none,
      self: 'owner',
      nearestLeader: 'leader',
    });
    await expectTable(env(), world, (ctx) => subjectRelation(ctx, { teamId: world.team.id }), {
      ...none,
      teamMember: 'owner',
      teamLeader: 'leader',
    });
  });

  it('goalRelation(self’s goal shared with the team)', async () => {
    const world = await w();
    const { db } = env().database;
    const [goal] = await db
      .insert(goals)
      .values({ orgId: world.org.id, subjectPersonId: world.actors.self.id, title: 'Sprog i hverdagen' })
      .returning();
    await db.insert(goalShares).values({ orgId: world.org.id, goalId: goal!.id, teamId: world.team.id });
    await expectTable(env(), world, (ctx) => goalRelation(ctx, goal!), {
      ...none,
      self: 'owner',
      nearestLeader: 'leader',
      teamMember: 'shared',
    });
  });
});
