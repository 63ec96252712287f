import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { inquiries, inquiryCollaborators } from '../../modules/inquiry/schema.js';
import { collaborationsOfText, isCircleCollaborator } from './circle-collaborators.js';

// A circle's collaborators: self invites the outsider to work on one circle.
describePolicy('collaborator on a circle', (world, env) => {
  let circleId: Promise<string> | undefined;
  const invitedCircle = () =>
    (circleId ??= (async () => {
      const { db } = env().database;
      const w = await world();
      const [circle] = await db
        .insert(inquiries)
        .values({
          orgId: w.org.id,
          form: 'learning_circle',
          subjectPersonId: w.actors.self.id,
          data: { phases: {} },
        })
        .returning({ id: inquiries.id });
      await db
        .insert(inquiryCollaborators)
        .values({ orgId: w.org.id, inquiryId: circle!.id, personId: w.actors.outsider.id });
      return circle!.id;
    })());
  const answers = everyone(false, { outsider: true });

  it('isCircleCollaborator(self’s circle)', async () => {
    const id = await invitedCircle();
    await expectTable(env(), await world(), (ctx) => isCircleCollaborator(ctx, id), answers);
  });

  it('the inverse agrees: the circle is among the actor’s collaborations', async () => {
    const id = await invitedCircle();
    await expectTable(
      env(),
      await world(),
      async (ctx, actor) =>
        (await idsOf(ctx.db, collaborationsOfText.bound(actor.orgId, actor.id))).includes(id),
      answers,
    );
  });
});
