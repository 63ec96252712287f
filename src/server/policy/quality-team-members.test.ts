import { it } from 'vitest';
import { buildTeam } from '../../../test/factories.js';
import {
  describePolicy,
  everyone,
  expectTable,
  idsOf,
  type PolicyWorld,
} from '../../../test/policy-world.js';
import type { Db } from '../db/client.js';
import { qualityTeamRoles } from '../../modules/quality/schema.js';
import { qualityTeamIdsOf, qualityTeamMembersText, qualityTeamRole } from './quality-team-members.js';

/**
 * A quality team in Mælkebøtten: its member works there, the expert comes from Rød stue and the
 * area leader is its sponsor. Leading the team's unit gives no role (the quality module lets the
 * unit's leaders read the team's work on top of this).
 */
async function qualityTeam(db: Db, w: PolicyWorld) {
  const team = await buildTeam(db, w.org, { unit: w.units.instB, kind: 'quality', name: 'Kvalitetsteam' });
  await db.insert(qualityTeamRoles).values([
    { orgId: w.org.id, teamId: team.id, personId: w.actors.teamMember.id, role: 'team_member' },
    { orgId: w.org.id, teamId: team.id, personId: w.actors.self.id, role: 'professional_expert' },
    { orgId: w.org.id, teamId: team.id, personId: w.actors.leaderAbove.id, role: 'sponsor' },
  ]);
  return team;
}

describePolicy('role on a quality team', (world, env) => {
  const roles = everyone<string | null>(null, {
    teamMember: 'team_member',
    self: 'professional_expert',
    leaderAbove: 'sponsor',
  });

  it('qualityTeamRole(the team)', async () => {
    const w = await world();
    const team = await qualityTeam(env().database.db, w);
    await expectTable(
      env(),
      w,
      (ctx, actor) => qualityTeamRole(ctx.db, actor.orgId, team.id, actor.id),
      roles,
    );
  });

  it('the inverses agree: the team is among the actor’s quality teams; the actor among its people', async () => {
    const w = await world();
    const team = await qualityTeam(env().database.db, w);
    const holders = everyone(false, { teamMember: true, self: true, leaderAbove: true });
    const members = await idsOf(env().database.db, qualityTeamMembersText.bound(w.org.id, team.id));
    await expectTable(
      env(),
      w,
      async (ctx, actor) => (await qualityTeamIdsOf(ctx.db, actor.orgId, actor.id)).includes(team.id),
      holders,
    );
    await expectTable(env(), w, async (_ctx, actor) => members.includes(actor.id), holders);
  });
});
