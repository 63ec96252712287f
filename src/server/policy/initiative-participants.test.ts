import { it } from 'vitest';
import { describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { initiativeParticipants, initiatives } from '../../modules/competence/schema.js';
import {
  initiativeParticipantsText,
  initiativesOfLedText,
  initiativesOfText,
  isInitiativeParticipant,
  ledParticipantsOf,
} from './initiative-participants.js';

// A competence initiative of Solsikken in which self (Rød stue) takes part.
describePolicy('participant of a competence initiative', (world, env) => {
  let initiativeId: Promise<string> | undefined;
  const initiative = () =>
    (initiativeId ??= (async () => {
      const { db } = env().database;
      const w = await world();
      const [row] = await db
        .insert(initiatives)
        .values({
          orgId: w.org.id,
          unitId: w.units.instA.id,
          ownerId: w.actors.nearestLeader.id,
          title: 'Modtagelse af nye børn',
          data: { phases: {} },
        })
        .returning({ id: initiatives.id });
      await db.insert(initiativeParticipants).values({
        orgId: w.org.id,
        initiativeId: row!.id,
        personId: w.actors.self.id,
        currentLevel: 'beginner',
        targetLevel: 'independently',
      });
      return row!.id;
    })());

  it('isInitiativeParticipant: self only', async () => {
    const id = await initiative();
    await expectTable(
      env(),
      await world(),
      (ctx) => isInitiativeParticipant(ctx, id),
      everyone(false, { self: true }),
    );
  });

  it('the inverses agree: the initiative is among the actor’s, and the actor among its participants', async () => {
    const id = await initiative();
    const w = await world();
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, initiativesOfText.bound(actor.orgId, actor.id))).includes(id),
      everyone(false, { self: true }),
    );
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, initiativeParticipantsText.bound(actor.orgId, id))).includes(actor.id),
      everyone(false, { self: true }),
    );
  });

  it('ledParticipantsOf: the participant’s nearest leader leads them; nobody else, not the leader above', async () => {
    const id = await initiative();
    const w = await world();
    await expectTable(
      env(),
      w,
      (ctx) => ledParticipantsOf(ctx, id),
      everyone<string[]>([], { nearestLeader: [w.actors.self.id] }),
    );
    await expectTable(
      env(),
      w,
      async (ctx, actor) =>
        (await idsOf(ctx.db, initiativesOfLedText.bound(actor.orgId, actor.id))).includes(id),
      everyone(false, { nearestLeader: true }),
    );
  });
});
