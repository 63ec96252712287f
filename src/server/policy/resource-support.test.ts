import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { memberships } from '../../modules/org/schema.js';
import { initiativeParticipants, initiativePlanLines, initiatives } from '../../modules/competence/schema.js';
import {
  initiativeSupportersText,
  supportedInitiativesText,
  supportedTeamsText,
  supportsInitiative,
  teamSupportersText,
} from './resource-support.js';

/*
 * Whom a resource person supports. In the policy world, the team member (Mælkebøtten) is also the
 * institution's resource person: she supports the team she belongs to there. In Solsikken's
 * initiative Dorthe (self) takes part as the coming resource person, and the team member owns the
 * plan's line of ongoing support; the outsider takes part to learn, and supports nothing.
 */
describePolicy('whom a resource person supports', (world, env) => {
  async function supportWorld() {
    const w = await world();
    const { db } = env().database;
    const orgId = w.org.id;
    const existing = await idsOf(db, supportedTeamsText.bound(orgId, w.actors.teamMember.id));
    if (existing.length === 0) {
      await db.insert(memberships).values({
        orgId,
        personId: w.actors.teamMember.id,
        unitId: w.units.instB.id,
        role: 'resource_person',
      });
      const [initiative] = await db
        .insert(initiatives)
        .values({
          orgId,
          unitId: w.units.instA.id,
          ownerId: w.actors.nearestLeader.id,
          title: 'Måltidet',
          data: { phases: {} },
        })
        .returning();
      await db.insert(initiativeParticipants).values([
        {
          orgId,
          initiativeId: initiative!.id,
          personId: w.actors.self.id,
          currentLevel: 'very_experienced',
          targetLevel: 'resource_person',
        },
        {
          orgId,
          initiativeId: initiative!.id,
          personId: w.actors.outsider.id,
          currentLevel: 'beginner',
          targetLevel: 'with_support',
        },
      ]);
      await db.insert(initiativePlanLines).values({
        orgId,
        initiativeId: initiative!.id,
        kind: 'anchor',
        phase: 'support',
        text: 'Sparring ved bordet',
        ownerId: w.actors.teamMember.id,
      });
    }
    const [initiative] = await db.select().from(initiatives).where(eq(initiatives.orgId, orgId));
    return { w, initiativeId: initiative!.id };
  }

  it('supportedTeamsText: the team member, resource person where the team is, supports it; its other members do not', async () => {
    const { w } = await supportWorld();
    await expectTable(
      env(),
      w,
      async (ctx, actor) => idsOf(ctx.db, supportedTeamsText.bound(actor.orgId, actor.id)),
      everyone<string[]>([], { teamMember: [w.team.id] }),
    );
    const { db } = env().database;
    expect(await idsOf(db, teamSupportersText.bound(w.org.id, w.team.id))).toEqual([w.actors.teamMember.id]);
    expect(await idsOf(db, teamSupportersText.bound(w.org.id, w.peerGroup.id))).toEqual([]);
  });

  it('supportsInitiative: the coming resource person and the owner of a plan line; the inverse agrees', async () => {
    const { w, initiativeId } = await supportWorld();
    const answers = everyone(false, { self: true, teamMember: true });
    await expectTable(env(), w, (ctx) => supportsInitiative(ctx, initiativeId), answers);
    const { db } = env().database;
    const supporters = await idsOf(db, initiativeSupportersText.bound(w.org.id, initiativeId));
    await expectTable(env(), w, async (_ctx, actor) => supporters.includes(actor.id), answers);
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, supportedInitiativesText.bound(actor.orgId, actor.id))).includes(initiativeId),
      answers,
    );
  });
});
