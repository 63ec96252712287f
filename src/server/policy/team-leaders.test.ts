import { expect, it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { ledTeamsText, teamLeaders } from './team-leaders.js';

// A team's leaders: the nearest leader(s) of its unit — not the area leader above them.
describePolicy('leader of a team', (world, env) => {
  const answers = everyone(false, { teamLeader: true });

  it('teamLeaders(the team); a peer group has none', async () => {
    const w = await world();
    const leaders = await teamLeaders(env().database.db, w.org.id, w.team.id);
    await expectTable(env(), w, async (_ctx, actor) => leaders.includes(actor.id), answers);
    expect(await teamLeaders(env().database.db, w.org.id, w.peerGroup.id)).toEqual([]);
  });

  it('the inverse agrees: the team is among the teams the actor leads', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, ledTeamsText.bound(actor.orgId, actor.id))).includes(w.team.id),
      answers,
    );
  });
});
