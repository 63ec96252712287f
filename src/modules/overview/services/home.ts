import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SignedInContext } from '../../../server/http/context.js';
import { peopleLedBy } from '../../../server/policy/nearest-leaders.js';
import { goalsInFocus } from '../../goals/index.js';
import { goals } from '../../goals/schema.js';
import { circleStates } from '../../inquiry/index.js';
import { agreements, conversationParticipants, conversations } from '../../conversations/schema.js';
import { feedback } from '../../feedback/schema.js';
import { people, teams } from '../../org/schema.js';
import { copenhagenDay, iso } from '../records.js';
import type { HomeAnswer } from '../answers.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';

const DAY = 24 * 60 * 60 * 1000;
/** How far ahead the home page looks for conversations to prepare. */
const AHEAD_DAYS = 21;

const me = alias(conversationParticipants, 'me');
const other = alias(conversationParticipants, 'other');

/**
 * GET /home: what the signed-in person does next, all of it their own — their goals in focus with
 * the circle's phase, the conversations coming up (their 1:1 with their leader, the 1:1s they
 * lead, their team conversations), the agreements they own, the latest feedback to them, and for a
 * leader how many people they lead. Nothing here is someone else's record, so nothing is audited:
 * a leader's people appear only as names on the 1:1s they hold with them.
 */
export async function getHome({ ctx }: { ctx: SignedInContext }): Promise<HomeAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const now = ctx.now();
  const until = new Date(now.getTime() + AHEAD_DAYS * DAY);

  const focus = (await goalsInFocus(db, orgId, [actor.personId])).get(actor.personId) ?? [];
  const circles = await circleStates(
    db,
    orgId,
    focus.map((g) => g.id),
  );

  const upcoming = await db
    .select({
      id: conversations.id,
      kind: conversations.kind,
      startsAt: conversations.startsAt,
      myRole: me.role,
      otherRole: other.role,
      otherName: people.name,
      teamName: teams.name,
    })
    .from(conversations)
    .innerJoin(
      me,
      and(
        eq(me.orgId, conversations.orgId),
        eq(me.conversationId, conversations.id),
        eq(me.personId, actor.personId),
      ),
    )
    // A 1:1's other participant; team kinds name their team instead.
    .leftJoin(
      other,
      and(
        eq(other.orgId, conversations.orgId),
        eq(other.conversationId, conversations.id),
        eq(conversations.kind, 'one_to_one'),
        sql`${other.personId} <> ${actor.personId}`,
      ),
    )
    .leftJoin(people, and(eq(people.orgId, other.orgId), eq(people.id, other.personId)))
    .leftJoin(teams, and(eq(teams.orgId, conversations.orgId), eq(teams.id, conversations.teamId)))
    .where(
      and(
        eq(conversations.orgId, orgId),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, now),
        lt(conversations.startsAt, until),
        inArray(conversations.kind, ['one_to_one', 'team', 'peer_group']),
      ),
    )
    .orderBy(asc(conversations.startsAt), asc(conversations.id))
    .limit(8);

  const today = copenhagenDay(now);
  const mine = await db
    .select({
      id: agreements.id,
      text: agreements.text,
      dueDate: agreements.dueDate,
      conversationId: agreements.conversationId,
    })
    .from(agreements)
    .where(
      and(eq(agreements.orgId, orgId), eq(agreements.ownerId, actor.personId), isNull(agreements.doneAt)),
    )
    .orderBy(sql`${agreements.dueDate} asc nulls last`, asc(agreements.createdAt))
    .limit(6);

  const from = alias(people, 'from_person');
  const latest = await db
    .select({ id: feedback.id, kind: feedback.kind, createdAt: feedback.createdAt, fromName: from.name })
    .from(feedback)
    .leftJoin(from, and(eq(from.orgId, feedback.orgId), eq(from.id, feedback.fromId)))
    .where(and(eq(feedback.orgId, orgId), eq(feedback.toPersonId, actor.personId)))
    .orderBy(desc(feedback.createdAt), desc(feedback.id))
    .limit(3);

  const leads = leadsAnyUnit(actor);
  const [anyGoal] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectPersonId, actor.personId)))
    .limit(1);
  let leader: HomeAnswer['leader'] = null;
  if (leads) {
    const led = await peopleLedBy(db, orgId, actor.personId);
    const [held] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(conversations)
      .innerJoin(
        me,
        and(
          eq(me.orgId, conversations.orgId),
          eq(me.conversationId, conversations.id),
          eq(me.personId, actor.personId),
          eq(me.role, 'leader'),
        ),
      )
      .where(
        and(
          eq(conversations.orgId, orgId),
          eq(conversations.kind, 'one_to_one'),
          inArray(conversations.status, ['planned', 'held']),
        ),
      );
    const [first] = led.length
      ? await db
          .select({ id: people.id, name: people.name })
          .from(people)
          .where(and(eq(people.orgId, orgId), inArray(people.id, led), eq(people.active, true)))
          .orderBy(asc(people.name), asc(people.id))
          .limit(1)
      : [];
    leader = { people: led.length, oneToOnes: held?.count ?? 0, firstPerson: first ?? null };
  }
  return {
    goals: focus.map((g) => {
      const c = circles.get(g.id);
      return {
        id: g.id,
        title: g.title,
        circle: c
          ? { id: c.circleId, phase: c.phase, progress: c.progress, deadline: c.deadline, status: c.status }
          : null,
      };
    }),
    upcoming: upcoming.map((c) => ({
      id: c.id,
      kind: c.kind,
      startsAt: iso(c.startsAt)!,
      /** In a 1:1: 'leader' when the person leads it, 'subject' when it is about them. */
      role: c.myRole,
      with: c.kind === 'one_to_one' ? (c.otherName ?? '') : (c.teamName ?? ''),
    })),
    agreements: mine.map((a) => ({ ...a, overdue: a.dueDate !== null && a.dueDate < today })),
    feedback: latest.map((f) => ({
      id: f.id,
      kind: f.kind,
      createdAt: iso(f.createdAt)!,
      from: f.fromName ?? '',
    })),
    hasGoals: Boolean(anyGoal),
    leader,
  };
}
