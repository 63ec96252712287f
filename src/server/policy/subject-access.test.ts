import { it } from 'vitest';
import { describePolicy, everyone, expectTable } from '../../../test/policy-world.js';
import { goalShares, goals } from '../../modules/goals/schema.js';
import { goalRelation, subjectRelation, type SubjectRelation } from './subject-access.js';

// Development content by subject: a person's is theirs and their nearest leader's; a team's is
// its members' and its nearest leader's; a share opens one goal.
describePolicy('relation to a subject’s development content', (world, env) => {
  it('subjectRelation(a person) and subjectRelation(a team)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => subjectRelation(ctx, { personId: w.actors.self.id }),
      everyone<SubjectRelation | null>(null, { self: 'owner', nearestLeader: 'leader' }),
    );
    await expectTable(
      env(),
      w,
      (ctx) => subjectRelation(ctx, { teamId: w.team.id }),
      everyone<SubjectRelation | null>(null, { teamMember: 'owner', teamLeader: 'leader' }),
    );
  });

  it('goalRelation(self’s goal shared with the team)', async () => {
    const w = await world();
    const { db } = env().database;
    const [goal] = await db
      .insert(goals)
      .values({ orgId: w.org.id, subjectPersonId: w.actors.self.id, title: 'Sprog i hverdagen' })
      .returning();
    await db.insert(goalShares).values({ orgId: w.org.id, goalId: goal!.id, teamId: w.team.id });
    await expectTable(
      env(),
      w,
      (ctx) => goalRelation(ctx, goal!),
      everyone<SubjectRelation | 'shared' | null>(null, {
        self: 'owner',
        nearestLeader: 'leader',
        teamMember: 'shared',
      }),
    );
  });
});
