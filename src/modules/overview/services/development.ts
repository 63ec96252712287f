import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { assertCanReadDevelopmentRecord, auditRecordRead } from '../../../server/policy/person-access.js';
import { goals } from '../../goals/schema.js';
import { circleStates } from '../../inquiry/index.js';
import { inquiries } from '../../inquiry/schema.js';
import { copenhagenDay } from '../records.js';
import { daysSince, UNTOUCHED_DAYS } from '../nudges.js';
import { agreements, conversationParticipants, conversations } from '../../conversations/schema.js';
import { feedback } from '../../feedback/schema.js';
import { iso, peopleWithUnits } from '../records.js';
import type { DevelopmentAnswer } from '../answers.js';

const PAST_LIMIT = 20;

/** GET /development/{personId}: one person's development record at a glance, for them and their nearest leaders. */
export async function getDevelopment({
  ctx,
  input,
  now = new Date(),
}: {
  ctx: SignedInContext;
  input: { personId: string };
  now?: Date;
}): Promise<DevelopmentAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const relation = await assertCanReadDevelopmentRecord(ctx, input.personId);
  const [person] = await peopleWithUnits(db, orgId, [input.personId]);
  if (!person) throw new Error('person vanished after the access check');

  const goalRows = await db
    .select({ id: goals.id, title: goals.title, status: goals.status, updatedAt: goals.updatedAt })
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectPersonId, person.id)))
    .orderBy(desc(goals.updatedAt), asc(goals.id));
  const circles = await circleStates(
    db,
    orgId,
    goalRows.map((g) => g.id),
  );

  // A circle is stalled as the overview's nudges say: its deadline passed, or untouched for a month.
  const circleIds = [...circles.values()].map((c) => c.circleId);
  const touched = new Map(
    circleIds.length === 0
      ? []
      : (
          await db
            .select({ id: inquiries.id, updatedAt: inquiries.updatedAt })
            .from(inquiries)
            .where(and(eq(inquiries.orgId, orgId), inArray(inquiries.id, circleIds)))
        ).map((r) => [r.id, new Date(r.updatedAt)]),
  );
  const today = copenhagenDay(now);
  const stalled = (c: { circleId: string; deadline: string | null; status: string }) =>
    c.status === 'open' &&
    ((c.deadline !== null && c.deadline < today) ||
      (daysSince(touched.get(c.circleId) ?? null, now) ?? 0) >= UNTOUCHED_DAYS);

  const oneToOnes = await db
    .select({ id: conversations.id, startsAt: conversations.startsAt, status: conversations.status })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(
        eq(conversationParticipants.orgId, conversations.orgId),
        eq(conversationParticipants.conversationId, conversations.id),
      ),
    )
    .where(
      and(
        eq(conversations.orgId, orgId),
        eq(conversations.kind, 'one_to_one'),
        ne(conversations.status, 'cancelled'),
        eq(conversationParticipants.personId, person.id),
        eq(conversationParticipants.role, 'subject'),
      ),
    )
    .orderBy(desc(conversations.startsAt));
  const upcoming = oneToOnes.filter((c) => c.status === 'planned' && new Date(c.startsAt) > now).reverse();
  const past = oneToOnes
    .filter((c) => !(c.status === 'planned' && new Date(c.startsAt) > now))
    .slice(0, PAST_LIMIT);

  const openAgreements = await db
    .select({
      id: agreements.id,
      text: agreements.text,
      dueDate: agreements.dueDate,
      conversationId: agreements.conversationId,
    })
    .from(agreements)
    .where(
      and(eq(agreements.orgId, orgId), eq(agreements.subjectPersonId, person.id), isNull(agreements.doneAt)),
    )
    .orderBy(sql`${agreements.dueDate} asc nulls last`, asc(agreements.createdAt));
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(feedback)
    .where(and(eq(feedback.orgId, orgId), eq(feedback.toPersonId, person.id)));

  await auditRecordRead(ctx, {
    action: 'development.read',
    subjectPersonId: person.id,
    entityType: 'development',
    entityId: person.id,
  });
  const presentConversation = (c: (typeof oneToOnes)[number]) => ({
    id: c.id,
    startsAt: iso(c.startsAt)!,
    status: c.status,
  });
  return {
    person,
    relation,
    goals: goalRows.map((g) => {
      const c = circles.get(g.id);
      return {
        id: g.id,
        title: g.title,
        status: g.status,
        circle: c
          ? { id: c.circleId, phase: c.phase, progress: c.progress, deadline: c.deadline, status: c.status }
          : null,
        stalled: c ? stalled(c) : false,
      };
    }),
    conversations: { past: past.map(presentConversation), upcoming: upcoming.map(presentConversation) },
    openAgreements,
    feedbackCount: Number(counted?.n ?? 0),
  };
}
