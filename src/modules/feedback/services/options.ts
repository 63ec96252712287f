import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';
import { isGoalSharedWithActor } from '../../../server/policy/goal-shares.js';
import { ledPeopleText } from '../../../server/policy/nearest-leaders.js';
import { subjectRelation, type Subject } from '../../../server/policy/subject-access.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { people, teams } from '../../org/schema.js';
import { goals } from '../../goals/schema.js';
import { goalsInFocus } from '../../goals/index.js';
import { agreements } from '../../conversations/schema.js';
import type { FeedbackOptionsQuery } from '../validation.js';
import type { FeedbackLinksAnswer, FeedbackRecipientsAnswer } from '../answers.js';

/** GET /feedback/recipients: whom the form offers first — the people I lead, and the teams I am on or lead. */
export async function feedbackRecipients({
  ctx,
}: {
  ctx: SignedInContext;
}): Promise<FeedbackRecipientsAnswer> {
  const { actor, db } = ctx;
  const orgId = actor.orgId;
  const leads = leadsAnyUnit(actor);
  const led = leads
    ? await db
        .select({ id: people.id, name: people.name, jobTitle: people.jobTitle })
        .from(people)
        .where(
          and(
            eq(people.orgId, orgId),
            eq(people.active, true),
            sql`${people.id} in (${ledPeopleText.bound(orgId, actor.personId)})`,
          ),
        )
        .orderBy(asc(people.name), asc(people.id))
    : [];
  const memberOf = sql`${teams.id} in (${teamsOfText.bound(orgId, actor.personId)})`;
  const myTeams = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(
        eq(teams.orgId, orgId),
        leads
          ? or(memberOf, sql`${teams.unitId} in (${ledSubtreeText.bound(orgId, actor.personId)})`)
          : memberOf,
      ),
    )
    .orderBy(asc(teams.name), asc(teams.id));
  return { led, teams: myTeams };
}

/**
 * GET /feedback/links: what feedback to this recipient may be tied to — their goals in focus that I
 * may see (all of them for their leader, those shared with me for a colleague) and, for someone who
 * may read their record, their open agreements.
 */
export async function feedbackLinks({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: FeedbackOptionsQuery;
}): Promise<FeedbackLinksAnswer> {
  const { actor, db } = ctx;
  const orgId = actor.orgId;
  const subject: Subject = input.toPersonId ? { personId: input.toPersonId } : { teamId: input.toTeamId! };
  await assertRecipientExists(ctx, subject);
  const relation = await subjectRelation(ctx, subject);
  let inFocus: { id: string; title: string }[];
  if (subject.personId) {
    inFocus = (await goalsInFocus(db, orgId, [subject.personId])).get(subject.personId) ?? [];
  } else {
    inFocus = await db
      .select({ id: goals.id, title: goals.title })
      .from(goals)
      .where(
        and(eq(goals.orgId, orgId), eq(goals.subjectTeamId, subject.teamId!), eq(goals.status, 'in_focus')),
      )
      .orderBy(asc(goals.createdAt), asc(goals.id));
  }
  const visible = [];
  for (const g of inFocus)
    if (relation || (await isGoalSharedWithActor(ctx, g.id))) visible.push({ id: g.id, title: g.title });
  const open = relation
    ? await db
        .select({ id: agreements.id, text: agreements.text, dueDate: agreements.dueDate })
        .from(agreements)
        .where(
          and(
            eq(agreements.orgId, orgId),
            subject.personId
              ? eq(agreements.subjectPersonId, subject.personId)
              : eq(agreements.subjectTeamId, subject.teamId!),
            isNull(agreements.doneAt),
          ),
        )
        .orderBy(asc(agreements.dueDate), asc(agreements.createdAt))
        .limit(50)
    : [];
  // What the form offers is part of the recipient's record: their goals in focus, their agreements.
  if (subject.personId) {
    const reads = (items: { id: string }[]) =>
      items.slice(0, 1).map((i) => ({ subjectPersonId: subject.personId!, entityId: i.id }));
    await auditReadsOncePerDay(ctx, {
      action: 'goal.read',
      entityType: 'feedback_links',
      reads: reads(visible),
    });
    await auditReadsOncePerDay(ctx, {
      action: 'agreement.read',
      entityType: 'feedback_links',
      reads: reads(open),
    });
  }
  return { goals: visible, agreements: open };
}

async function assertRecipientExists(ctx: SignedInContext, subject: Subject) {
  const { actor, db } = ctx;
  if (subject.personId) {
    const [p] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.orgId, actor.orgId), eq(people.id, subject.personId)));
    if (!p) throw notFound('No such person');
    return;
  }
  const [t] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.orgId, actor.orgId), eq(teams.id, subject.teamId!)));
  if (!t) throw notFound('No such team');
}
