import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { contentTeamsText, teamContentPeopleText, teamRelation, type TeamRelation } from './team-content.js';

// A team's content (goals, circles, conversations and their notes, safety checks, lever plan):
// its members and its nearest leader(s) — not the leader above them, not HR or admins.
describePolicy('a team’s content', (world, env) => {
  it('teamRelation(the team)', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => teamRelation(ctx, w.team.id),
      everyone<TeamRelation | null>(null, { teamMember: 'member', teamLeader: 'leader' }),
    );
  });

  it('teamRelation(a peer group): its members only', async () => {
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => teamRelation(ctx, w.peerGroup.id),
      everyone<TeamRelation | null>(null, { nearestLeader: 'member', teamLeader: 'member' }),
    );
  });

  it('the inverses agree: the team is among the actor’s content teams; the actor among its people', async () => {
    const w = await world();
    const answers = everyone(false, { teamMember: true, teamLeader: true });
    const people = await idsOf(env().database.db, teamContentPeopleText.bound(w.org.id, w.team.id));
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, contentTeamsText.bound(actor.orgId, actor.id))).includes(w.team.id),
      answers,
    );
    await expectTable(env(), w, async (_ctx, actor) => people.includes(actor.id), answers);
  });
});
