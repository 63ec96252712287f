import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { agreements, conversationParticipants, conversations } from '../schema.js';

/*
 * For other modules (the leader's overview, the year summary, reminders, the circle's deadline):
 * the caller has already decided that the actor may see these people's records. Private notes are
 * never read here.
 */

/** Joins a participant row to its conversation. */
const participantOfConversation = and(
  eq(conversationParticipants.orgId, conversations.orgId),
  eq(conversationParticipants.conversationId, conversations.id),
);

/** The conversation is a 1:1 about this person (they take part as its subject). */
const oneToOneAbout = (personId: string) =>
  and(
    eq(conversations.kind, 'one_to_one'),
    eq(conversationParticipants.personId, personId),
    eq(conversationParticipants.role, 'subject'),
  );

/** Each person's last held and next planned 1:1 (as the subject). */
export async function oneToOneDates(
  db: Db,
  orgId: string,
  personIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, { last: Date | null; next: Date | null }>> {
  const result = new Map<string, { last: Date | null; next: Date | null }>(
    personIds.map((id) => [id, { last: null, next: null }]),
  );
  if (personIds.length === 0) return result;
  const rows = await db
    .select({
      personId: conversationParticipants.personId,
      last: sql<
        string | null
      >`max(${conversations.startsAt}) filter (where ${conversations.status} = 'held')`,
      next: sql<
        string | null
      >`min(${conversations.startsAt}) filter (where ${conversations.status} = 'planned' and ${conversations.startsAt} > ${now.toISOString()})`,
    })
    .from(conversationParticipants)
    .innerJoin(conversations, participantOfConversation)
    .where(
      and(
        eq(conversationParticipants.orgId, orgId),
        inArray(conversationParticipants.personId, [...personIds]),
        eq(conversationParticipants.role, 'subject'),
        eq(conversations.kind, 'one_to_one'),
      ),
    )
    .groupBy(conversationParticipants.personId);
  for (const r of rows) {
    result.set(r.personId, {
      last: r.last ? new Date(r.last) : null,
      next: r.next ? new Date(r.next) : null,
    });
  }
  return result;
}

/** How many of each person's agreements are not done and past their due date (`today` is YYYY-MM-DD). */
export async function overdueAgreements(
  db: Db,
  orgId: string,
  personIds: readonly string[],
  today: string,
): Promise<Map<string, number>> {
  const result = new Map<string, number>(personIds.map((id) => [id, 0]));
  if (personIds.length === 0) return result;
  const rows = await db
    .select({ personId: agreements.subjectPersonId, n: sql<number>`count(*)::int` })
    .from(agreements)
    .where(
      and(
        eq(agreements.orgId, orgId),
        inArray(agreements.subjectPersonId, [...personIds]),
        isNull(agreements.doneAt),
        lt(agreements.dueDate, today),
      ),
    )
    .groupBy(agreements.subjectPersonId);
  for (const r of rows) if (r.personId) result.set(r.personId, Number(r.n));
  return result;
}

/** The person's next planned 1:1 (as the subject), or null. */
export async function nextOneToOne(
  db: Db,
  orgId: string,
  personId: string,
  now: Date = new Date(),
): Promise<{ id: string; startsAt: Date } | null> {
  const [next] = await db
    .select({ id: conversations.id, startsAt: conversations.startsAt })
    .from(conversations)
    .innerJoin(conversationParticipants, participantOfConversation)
    .where(
      and(
        eq(conversations.orgId, orgId),
        oneToOneAbout(personId),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, now),
      ),
    )
    .orderBy(asc(conversations.startsAt))
    .limit(1);
  return next ? { id: next.id, startsAt: new Date(next.startsAt) } : null;
}

/** The team's next planned team or peer-group conversation, or null. */
export async function nextTeamConversation(
  db: Db,
  orgId: string,
  teamId: string,
  now: Date = new Date(),
): Promise<{ id: string; startsAt: Date } | null> {
  const [next] = await db
    .select({ id: conversations.id, startsAt: conversations.startsAt })
    .from(conversations)
    .where(
      and(
        eq(conversations.orgId, orgId),
        eq(conversations.teamId, teamId),
        inArray(conversations.kind, ['team', 'peer_group']),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, now),
      ),
    )
    .orderBy(asc(conversations.startsAt))
    .limit(1);
  return next ? { id: next.id, startsAt: new Date(next.startsAt) } : null;
}

/** The ids of the 1:1s between one leader and one person, newest first (cancelled ones left out). */
export async function pairConversations(
  db: Db,
  orgId: string,
  leaderId: string,
  personId: string,
  excludeId?: string,
) {
  const asLeader = db
    .select({ id: conversationParticipants.conversationId })
    .from(conversationParticipants)
    .where(
      and(
        eq(conversationParticipants.orgId, orgId),
        eq(conversationParticipants.personId, leaderId),
        eq(conversationParticipants.role, 'leader'),
      ),
    );
  return db
    .select({ id: conversations.id, startsAt: conversations.startsAt, status: conversations.status })
    .from(conversations)
    .innerJoin(conversationParticipants, participantOfConversation)
    .where(
      and(
        eq(conversations.orgId, orgId),
        oneToOneAbout(personId),
        ne(conversations.status, 'cancelled'),
        inArray(conversations.id, asLeader),
        excludeId ? ne(conversations.id, excludeId) : undefined,
      ),
    )
    .orderBy(desc(conversations.startsAt), desc(conversations.id))
    .limit(50);
}

/** The subject's next planned conversation — a person's next 1:1, a team's next team conversation — or null. */
export async function nextConversationDate(
  db: Db,
  orgId: string,
  subject: { personId: string } | { teamId: string },
  now: Date,
): Promise<Date | null> {
  const next =
    'personId' in subject
      ? await nextOneToOne(db, orgId, subject.personId, now)
      : await nextTeamConversation(db, orgId, subject.teamId, now);
  return next?.startsAt ?? null;
}

/**
 * The planned conversations (1:1s and team conversations) any of these people take part in from
 * `from` on: times only, for proposing a 1:1 that clashes with none of them.
 */
export async function plannedTimes(
  db: Db,
  orgId: string,
  personIds: readonly string[],
  from: Date,
): Promise<{ startsAt: Date; durationMinutes: number }[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectDistinct({
      id: conversations.id,
      startsAt: conversations.startsAt,
      minutes: conversations.durationMinutes,
    })
    .from(conversationParticipants)
    .innerJoin(conversations, participantOfConversation)
    .where(
      and(
        eq(conversationParticipants.orgId, orgId),
        inArray(conversationParticipants.personId, [...personIds]),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, new Date(from.getTime() - 24 * 60 * 60 * 1000)),
      ),
    );
  return rows.map((r) => ({ startsAt: new Date(r.startsAt), durationMinutes: r.minutes }));
}
