import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { isTeamMember, teamIdsOf, teamMembersText } from './team-members.js';

// Team membership: who is on the team; leading its unit does not make one a member.
describePolicy('member of a team', (world, env) => {
  const answers = everyone(false, { teamMember: true });

  it('isTeamMember(the team)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx, actor) => isTeamMember(ctx.db, actor.orgId, w.team.id, actor.id),
      answers,
    );
  });

  it('the inverses agree: the team is among the actor’s teams; the actor among its members', async () => {
    const w = await world();
    const members = await idsOf(env().database.db, teamMembersText.bound(w.org.id, w.team.id));
    await expectTable(
      env(),
      w,
      async (ctx, actor) => (await teamIdsOf(ctx.db, actor.orgId, actor.id)).includes(w.team.id),
      answers,
    );
    await expectTable(env(), w, async (_ctx, actor) => members.includes(actor.id), answers);
  });
});
