import { expect, it } from 'vitest';
import { contextFor, describePolicy, everyone, expectTable, idsOf } from '../../../test/policy-world.js';
import { forums } from '../../modules/forums/schema.js';
import { forumMemberPlacementsText, forumMembersText, isForumMember } from './forum-members.js';

// A forum's members: a team's forum is its team; a unit's forum is the staff of its unit and below.
describePolicy('a forum’s members', (world, env) => {
  const forumOf = async (unitId: string, teamId: string | null) => {
    const w = await world();
    const [forum] = await env()
      .database.db.insert(forums)
      .values({ orgId: w.org.id, unitId, teamId, level: 'intervention', name: 'Personalemøde' })
      .returning({ id: forums.id });
    return forum!.id;
  };

  it('isForumMember(a unit’s forum): the staff of the institution and its rooms', async () => {
    const w = await world();
    const forumId = await forumOf(w.units.instA.id, null);
    await expectTable(
      env(),
      w,
      (ctx) => isForumMember(ctx, forumId),
      everyone(false, { self: true, nearestLeader: true }),
    );
    expect(await isForumMember(await contextFor(env(), w.learningPartner), forumId)).toBe(false);
  });

  it('isForumMember(a team’s forum): the team’s members, not the rest of its unit', async () => {
    const w = await world();
    const forumId = await forumOf(w.units.instB.id, w.team.id);
    await expectTable(env(), w, (ctx) => isForumMember(ctx, forumId), everyone(false, { teamMember: true }));
  });

  it('the inverse agrees, and each member is placed once, where they count', async () => {
    const w = await world();
    const db = env().database.db;
    const unitForum = await forumOf(w.units.instA.id, null);
    const teamForum = await forumOf(w.units.instB.id, w.team.id);
    const members = await idsOf(db, forumMembersText.bound(w.org.id, unitForum));
    await expectTable(
      env(),
      w,
      async (_ctx, actor) => members.includes(actor.id),
      everyone(false, { self: true, nearestLeader: true }),
    );
    const placed = async (forumId: string) =>
      (
        (await db.execute(forumMemberPlacementsText.bound(w.org.id, forumId))) as unknown as {
          rows: { person_id: string; unit_id: string }[];
        }
      ).rows
        .map((r) => [r.person_id, r.unit_id])
        .sort();
    expect(await placed(unitForum)).toEqual(
      [
        [w.actors.self.id, w.units.room.id],
        [w.actors.nearestLeader.id, w.units.instA.id],
      ].sort(),
    );
    expect(await placed(teamForum)).toEqual([[w.actors.teamMember.id, w.units.instB.id]]);
  });
});
