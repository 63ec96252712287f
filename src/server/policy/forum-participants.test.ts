import { expect, it } from 'vitest';
import {
  describePolicy,
  everyone,
  expectTable,
  idsOf,
  type PolicyWorld,
} from '../../../test/policy-world.js';
import type { Db } from '../db/client.js';
import { people } from '../../modules/org/schema.js';
import { forums } from '../../modules/forums/schema.js';
import { eq } from 'drizzle-orm';
import { forumParticipantsText } from './forum-participants.js';

async function forum(db: Db, w: PolicyWorld, values: { unitId: string; teamId?: string }) {
  const [row] = await db
    .insert(forums)
    .values({ orgId: w.org.id, level: 'intervention', name: 'Personalemøde', ...values })
    .returning({ id: forums.id });
  return row!.id;
}

// Who a meeting's personal answer links go to: the forum's readers among its unit's people, or its team.
describePolicy('a forum’s participants', (world, env) => {
  const isParticipant = async (w: PolicyWorld, forumId: string) => {
    const ids = await idsOf(env().database.db, forumParticipantsText.bound(w.org.id, forumId));
    return async (_ctx: unknown, actor: { id: string }) => ids.includes(actor.id);
  };

  it('a unit’s forum: the people of the unit and below, not the leader above, HR or other units', async () => {
    const w = await world();
    const id = await forum(env().database.db, w, { unitId: w.units.instA.id });
    await expectTable(
      env(),
      w,
      await isParticipant(w, id),
      everyone(false, { self: true, nearestLeader: true }),
    );
    const ids = await idsOf(env().database.db, forumParticipantsText.bound(w.org.id, id));
    expect(ids).toContain(w.learningPartner.id);
  });

  it('an area’s forum reaches the institutions below it', async () => {
    const w = await world();
    const id = await forum(env().database.db, w, { unitId: w.units.area.id });
    await expectTable(
      env(),
      w,
      await isParticipant(w, id),
      everyone(true, { hr: false, orgAdmin: false, stranger: false }),
    );
  });

  it('a team’s forum: the team’s members only; someone who left is sent nothing', async () => {
    const w = await world();
    const db = env().database.db;
    const id = await forum(db, w, { unitId: w.units.instB.id, teamId: w.team.id });
    await expectTable(env(), w, await isParticipant(w, id), everyone(false, { teamMember: true }));
    await db.update(people).set({ active: false }).where(eq(people.id, w.actors.teamMember.id));
    await expectTable(env(), w, await isParticipant(w, id), everyone(false));
    await db.update(people).set({ active: true }).where(eq(people.id, w.actors.teamMember.id));
  });

  it('another organisation’s forum id gives no one', async () => {
    const w = await world();
    const id = await forum(env().database.db, w, { unitId: w.units.instA.id });
    await expectTable(
      env(),
      w,
      async (ctx) => {
        const ids = await idsOf(ctx.db, forumParticipantsText.bound(w.actors.stranger.orgId, id));
        return ids.length;
      },
      everyone(0),
    );
  });
});
