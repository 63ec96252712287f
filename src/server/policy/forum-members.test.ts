import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  contextFor,
  describePolicy,
  everyone,
  expectTable,
  idsOf,
  type PolicyWorld,
} from '../../../test/policy-world.js';
import { people } from '../../modules/org/schema.js';
import { forums } from '../../modules/forums/schema.js';
import { forumMemberPlacementsText, forumMembersText, isForumMember, listForums } from './forum-members.js';

/*
 * A forum's members, the one group both callers read: a survey round sent to the forum invites them,
 * a held meeting's personal answer links go to them. A team's forum is its team; a unit's forum is the
 * staff of its unit and below — not its learning partners, HR or anyone who left.
 */
describePolicy('a forum’s members', (world, env) => {
  const forumOf = async (w: PolicyWorld, unitId: string, teamId: string | null = null) => {
    const [forum] = await env()
      .database.db.insert(forums)
      .values({ orgId: w.org.id, unitId, teamId, level: 'intervention', name: 'Personalemøde' })
      .returning({ id: forums.id });
    return forum!.id;
  };
  /** Membership read from the list (forumMembersText), as the answer links read it. */
  const listed = async (w: PolicyWorld, forumId: string) => {
    const ids = await idsOf(env().database.db, forumMembersText.bound(w.org.id, forumId));
    return async (_ctx: unknown, actor: { id: string }) => ids.includes(actor.id);
  };

  it('a unit’s forum: the staff of the institution and its rooms, not its learning partner', async () => {
    const w = await world();
    const forumId = await forumOf(w, w.units.instA.id);
    const expected = everyone(false, { self: true, nearestLeader: true });
    await expectTable(env(), w, (ctx) => isForumMember(ctx, forumId), expected);
    await expectTable(env(), w, await listed(w, forumId), expected);
    expect(await isForumMember(await contextFor(env(), w.learningPartner), forumId)).toBe(false);
    const ids = await idsOf(env().database.db, forumMembersText.bound(w.org.id, forumId));
    expect(ids).not.toContain(w.learningPartner.id);
  });

  it('an area’s forum reaches the staff of every unit below it, not HR or admins', async () => {
    const w = await world();
    const forumId = await forumOf(w, w.units.area.id);
    const expected = everyone(true, { hr: false, orgAdmin: false, stranger: false });
    await expectTable(env(), w, (ctx) => isForumMember(ctx, forumId), expected);
    await expectTable(env(), w, await listed(w, forumId), expected);
  });

  it('a team’s forum: the team’s members, not the rest of its unit; someone who left is no member', async () => {
    const w = await world();
    const db = env().database.db;
    const forumId = await forumOf(w, w.units.instB.id, w.team.id);
    const expected = everyone(false, { teamMember: true });
    await expectTable(env(), w, (ctx) => isForumMember(ctx, forumId), expected);
    await expectTable(env(), w, await listed(w, forumId), expected);
    await db.update(people).set({ active: false }).where(eq(people.id, w.actors.teamMember.id));
    try {
      await expectTable(env(), w, (ctx) => isForumMember(ctx, forumId), everyone(false));
      await expectTable(env(), w, await listed(w, forumId), everyone(false));
    } finally {
      await db.update(people).set({ active: true }).where(eq(people.id, w.actors.teamMember.id));
    }
  });

  it('another organisation’s forum id gives no one', async () => {
    const w = await world();
    const forumId = await forumOf(w, w.units.instA.id);
    await expectTable(
      env(),
      w,
      async (ctx) => (await idsOf(ctx.db, forumMembersText.bound(w.actors.stranger.orgId, forumId))).length,
      everyone(0),
    );
  });

  it('each member is placed once, where they count', async () => {
    const w = await world();
    const db = env().database.db;
    const unitForum = await forumOf(w, w.units.instA.id);
    const teamForum = await forumOf(w, w.units.instB.id, w.team.id);
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

  it('listForums: every forum for null, else the forums of the units one leads and below', async () => {
    const w = await world();
    const db = env().database.db;
    const a = await forumOf(w, w.units.instA.id);
    const b = await forumOf(w, w.units.instB.id, w.team.id);
    // The world is shared by this file's tests: only this test's two forums are looked for.
    const ids = async (personId: string | null) =>
      (await listForums(db, w.org.id, personId))
        .map((f) => f.id)
        .filter((id) => id === a || id === b)
        .sort();
    await expectTable(env(), w, async (_ctx, actor) => (await ids(actor.id)).length, {
      ...everyone(0),
      nearestLeader: 1,
      leaderAbove: 2,
      teamLeader: 1,
    });
    expect(await ids(null)).toEqual([a, b].sort());
    const listed = (await listForums(db, w.org.id, w.actors.teamLeader.id)).find((f) => f.id === b);
    expect(listed).toEqual({
      id: b,
      name: 'Personalemøde',
      unitId: w.units.instB.id,
      unitName: 'Mælkebøtten',
      teamName: 'Mælkebøttens team',
    });
    const elsewhere = await listForums(db, w.actors.stranger.orgId, null);
    expect(elsewhere.map((f) => f.id)).not.toContain(a);
  });
});
