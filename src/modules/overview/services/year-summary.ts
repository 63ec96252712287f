import { and, asc, eq, gte, inArray, lt, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { assertCanReadDevelopmentRecord, auditRecordRead } from '../../../server/policy/person-access.js';
import { goalEvents, goals } from '../../goals/schema.js';
import { inquiries } from '../../inquiry/schema.js';
import { FORMS } from '../../inquiry/index.js';
import { agreements, conversationParticipants, conversations } from '../../conversations/schema.js';
import { copenhagenTime } from '../../../shared/time.js';
import { feedback } from '../../feedback/schema.js';
import { iso, peopleWithUnits } from '../records.js';
import { yearInitiatives } from './year-initiatives.js';
import type { YearSummaryAnswer } from '../answers.js';

/**
 * GET /development/{personId}/year/{year}: the record of the yearly talk. Only what both parties
 * have shared: a 1:1's summary, never its private notes (they are not even read here).
 */
export async function getYearSummary({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { personId: string; year: number };
}): Promise<YearSummaryAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  await assertCanReadDevelopmentRecord(ctx, input.personId);
  const [person] = await peopleWithUnits(db, orgId, [input.personId]);
  if (!person) throw new Error('person vanished after the access check');
  const start = copenhagenTime(input.year, 1, 1, 0);
  const end = copenhagenTime(input.year + 1, 1, 1, 0);
  const inYear = (col: Parameters<typeof gte>[0]) => and(gte(col, start), lt(col, end));

  const events = await db
    .select({
      goalId: goalEvents.goalId,
      from: goalEvents.fromStatus,
      to: goalEvents.toStatus,
      at: goalEvents.at,
    })
    .from(goalEvents)
    .innerJoin(goals, and(eq(goals.orgId, goalEvents.orgId), eq(goals.id, goalEvents.goalId)))
    .where(and(eq(goalEvents.orgId, orgId), eq(goals.subjectPersonId, person.id), inYear(goalEvents.at)))
    .orderBy(asc(goalEvents.at));
  const eventGoalIds = [...new Set(events.map((e) => e.goalId))];
  // Worked on in the year: created in it, changed status in it, or still in focus during it.
  const goalRows = await db
    .select({ id: goals.id, title: goals.title, status: goals.status, createdAt: goals.createdAt })
    .from(goals)
    .where(
      and(
        eq(goals.orgId, orgId),
        eq(goals.subjectPersonId, person.id),
        lt(goals.createdAt, end),
        or(
          inYear(goals.createdAt),
          eq(goals.status, 'in_focus'),
          eventGoalIds.length ? inArray(goals.id, eventGoalIds) : undefined,
        ),
      ),
    )
    .orderBy(asc(goals.createdAt), asc(goals.id));

  const circleRows = await db
    .select({
      id: inquiries.id,
      goalId: inquiries.goalId,
      form: inquiries.form,
      data: inquiries.data,
      status: inquiries.status,
      deadline: inquiries.deadline,
      finishedAt: inquiries.finishedAt,
      createdAt: inquiries.createdAt,
    })
    .from(inquiries)
    .where(
      and(
        eq(inquiries.orgId, orgId),
        eq(inquiries.subjectPersonId, person.id),
        lt(inquiries.createdAt, end),
        or(inYear(inquiries.createdAt), inYear(inquiries.updatedAt), inYear(inquiries.finishedAt)),
      ),
    )
    .orderBy(asc(inquiries.createdAt));

  const held = await db
    .select({ id: conversations.id, startsAt: conversations.startsAt, summary: conversations.summary })
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
        eq(conversations.status, 'held'),
        eq(conversationParticipants.personId, person.id),
        eq(conversationParticipants.role, 'subject'),
        inYear(conversations.startsAt),
      ),
    )
    .orderBy(asc(conversations.startsAt));

  const made = await db
    .select({
      id: agreements.id,
      text: agreements.text,
      dueDate: agreements.dueDate,
      doneAt: agreements.doneAt,
      createdAt: agreements.createdAt,
    })
    .from(agreements)
    .where(
      and(
        eq(agreements.orgId, orgId),
        eq(agreements.subjectPersonId, person.id),
        inYear(agreements.createdAt),
      ),
    )
    .orderBy(asc(agreements.createdAt));

  const byKind = await db
    .select({ kind: feedback.kind, n: sql<number>`count(*)::int` })
    .from(feedback)
    .where(and(eq(feedback.orgId, orgId), eq(feedback.toPersonId, person.id), inYear(feedback.createdAt)))
    .groupBy(feedback.kind)
    .orderBy(asc(feedback.kind));

  const tookPart = await yearInitiatives(db, orgId, person.id, start, end);

  await auditRecordRead(ctx, {
    action: 'development.read',
    subjectPersonId: person.id,
    entityType: 'year_summary',
    entityId: person.id,
    details: { year: input.year },
  });
  const titleOf = new Map(goalRows.map((g) => [g.id, g.title]));
  return {
    person,
    year: input.year,
    goals: goalRows.map((g) => ({
      id: g.id,
      title: g.title,
      status: g.status,
      changes: events
        .filter((e) => e.goalId === g.id)
        .map((e) => ({ from: e.from, to: e.to, at: iso(e.at)! })),
    })),
    circles: circleRows.map((c) => {
      const form = FORMS[c.form];
      return {
        id: c.id,
        goal: c.goalId ? { id: c.goalId, title: titleOf.get(c.goalId) ?? '' } : null,
        phasesDone: form.phases.filter((p) => c.data.phases[p.key]?.done).map((p) => p.key),
        phaseCount: form.phases.length,
        finished: c.status === 'done',
        finishedAt: iso(c.finishedAt),
        deadline: c.deadline,
      };
    }),
    conversations: held.map((c) => ({ id: c.id, startsAt: iso(c.startsAt)!, summary: c.summary })),
    agreements: made.map((a) => ({ id: a.id, text: a.text, dueDate: a.dueDate, done: a.doneAt !== null })),
    feedbackByKind: byKind.map((r) => ({ kind: r.kind, count: Number(r.n) })),
    initiatives: tookPart,
  };
}
