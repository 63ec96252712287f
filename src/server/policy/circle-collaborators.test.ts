import { it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildPolicyWorld, expectTable, idsOf, type PolicyWorld } from '../../../test/policy-world.js';
import { inquiries, inquiryCollaborators } from '../../modules/inquiry/schema.js';
import { collaborationsOfText, isCircleCollaborator } from './circle-collaborators.js';

// A circle's collaborators: self invites the outsider to work on one circle.
describeEachEngine('policy: collaborator on a circle', (env) => {
  let world: (PolicyWorld & { circleId: string }) | undefined;
  const w = async () => {
    if (world) return world;
    const { db } = env().database;
    const built = await buildPolicyWorld(db);
    const [circle] = await db
      .insert(inquiries)
      .values({
        orgId: built.org.id,
        form: 'learning_circle',
        subjectPersonId: built.actors.self.id,
        data: { phases: {} },
      })
      .returning({ id: inquiries.id });
    await db
      .insert(inquiryCollaborators)
      .values({ orgId: built.org.id, inquiryId: circle!.id, personId: built.actors.outsider.id });
    return (world = { ...built, circleId: circle!.id });
  };
  const answers = {
    self: false,
    nearestLeader: false,
    leaderAbove: false,
    teamMember: false,
    teamLeader: false,
    hr: false,
    orgAdmin: false,
    outsider: true,
    stranger: false,
  };

  it('isCircleCollaborator(self’s circle)', async () => {
    const world = await w();
    await expectTable(env(), world, (ctx) => isCircleCollaborator(ctx, world.circleId), answers);
  });

  it('the inverse agrees: the circle is among the actor’s collaborations', async () => {
    const world = await w();
    await expectTable(
      env(),
      world,
      async (ctx, actor) =>
        (await idsOf(ctx.db, collaborationsOfText.bound(actor.orgId, actor.id))).includes(world.circleId),
      answers,
    );
  });
});
