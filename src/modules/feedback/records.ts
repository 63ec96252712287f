import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { nearestLeaders } from '../../server/policy/nearest-leaders.js';
import { teamRelation } from '../../server/policy/team-content.js';
import { people, teams } from '../org/schema.js';
import { goals } from '../goals/schema.js';
import { agreements } from '../conversations/schema.js';
import { feedback, feedbackReplies } from './schema.js';
import type { FeedbackItem, FeedbackRelation, FeedbackReply } from './answers.js';

// Loading, access and presentation of feedback, shared by the feedback services.

const sender = alias(people, 'feedback_sender');
const recipient = alias(people, 'feedback_recipient');

const columns = {
  id: feedback.id,
  kind: feedback.kind,
  text: feedback.text,
  observationFocus: feedback.observationFocus,
  fromId: feedback.fromId,
  fromName: sender.name,
  toPersonId: feedback.toPersonId,
  toPersonName: recipient.name,
  toTeamId: feedback.toTeamId,
  toTeamName: teams.name,
  goalId: feedback.goalId,
  goalTitle: goals.title,
  agreementId: feedback.agreementId,
  agreementText: agreements.text,
  createdAt: feedback.createdAt,
};

export type FeedbackRow = Awaited<ReturnType<typeof selectFeedback>>[number];

/** Feedback matching `where` in the organisation, newest first, with the names it shows. */
export async function selectFeedback(
  db: Db,
  orgId: string,
  where: SQL | undefined,
  options: { limit?: number; before?: string } = {},
) {
  const query = db
    .select(columns)
    .from(feedback)
    .innerJoin(sender, and(eq(sender.orgId, feedback.orgId), eq(sender.id, feedback.fromId)))
    .leftJoin(recipient, and(eq(recipient.orgId, feedback.orgId), eq(recipient.id, feedback.toPersonId)))
    .leftJoin(teams, and(eq(teams.orgId, feedback.orgId), eq(teams.id, feedback.toTeamId)))
    .leftJoin(goals, and(eq(goals.orgId, feedback.orgId), eq(goals.id, feedback.goalId)))
    .leftJoin(agreements, and(eq(agreements.orgId, feedback.orgId), eq(agreements.id, feedback.agreementId)))
    .where(
      and(
        eq(feedback.orgId, orgId),
        where,
        options.before ? lt(feedback.createdAt, new Date(options.before)) : undefined,
      ),
    )
    .orderBy(desc(feedback.createdAt), desc(feedback.id));
  return options.limit ? query.limit(options.limit) : query;
}

export async function loadFeedback(db: Db, orgId: string, id: string): Promise<FeedbackRow | undefined> {
  const [row] = await selectFeedback(db, orgId, eq(feedback.id, id));
  return row;
}

/**
 * How the actor stands to one feedback note: its sender, its recipient (a member, for a team),
 * or a nearest leader of the recipient (of the team, for a team: policy/team-content.ts).
 */

export async function feedbackRelation(
  ctx: SignedInContext,
  row: Pick<FeedbackRow, 'fromId' | 'toPersonId' | 'toTeamId'>,
): Promise<FeedbackRelation | null> {
  const { actor, db } = ctx;
  if (row.fromId === actor.personId) return 'sender';
  if (row.toPersonId) {
    if (row.toPersonId === actor.personId) return 'recipient';
    const leaders = (await nearestLeaders(db, actor.orgId, [row.toPersonId])).get(row.toPersonId) ?? [];
    return leaders.some((l) => l.id === actor.personId) ? 'leader' : null;
  }
  if (row.toTeamId) {
    const relation = await teamRelation(ctx, row.toTeamId);
    if (relation) return relation === 'member' ? 'recipient' : 'leader';
  }
  return null;
}

/** The feedback, if the actor may read it; 404 for anyone else (ids cannot be probed). */
export async function loadReadableFeedback(
  ctx: SignedInContext,
  id: string,
): Promise<{ row: FeedbackRow; relation: FeedbackRelation }> {
  const row = await loadFeedback(ctx.db, ctx.actor.orgId, id);
  if (!row) throw notFound('No such feedback');
  const relation = await feedbackRelation(ctx, row);
  if (!relation) throw notFound('No such feedback');
  return { row, relation };
}

/** The replies of each feedback note, oldest first. */
export async function repliesOf(
  db: Db,
  orgId: string,
  feedbackIds: string[],
): Promise<Map<string, FeedbackReply[]>> {
  const result = new Map<string, FeedbackReply[]>(feedbackIds.map((id) => [id, []]));
  if (feedbackIds.length === 0) return result;
  const rows = await db
    .select({
      id: feedbackReplies.id,
      feedbackId: feedbackReplies.feedbackId,
      authorId: feedbackReplies.authorId,
      authorName: people.name,
      text: feedbackReplies.text,
      createdAt: feedbackReplies.createdAt,
    })
    .from(feedbackReplies)
    .innerJoin(people, and(eq(people.orgId, feedbackReplies.orgId), eq(people.id, feedbackReplies.authorId)))
    .where(and(eq(feedbackReplies.orgId, orgId), inArray(feedbackReplies.feedbackId, feedbackIds)))
    .orderBy(asc(feedbackReplies.createdAt), asc(feedbackReplies.id));
  for (const r of rows) {
    result.get(r.feedbackId)?.push({
      id: r.id,
      author: { id: r.authorId, name: r.authorName },
      text: r.text,
      createdAt: new Date(r.createdAt).toISOString(),
    });
  }
  return result;
}

export function presentFeedback(
  row: FeedbackRow,
  replies: FeedbackReply[],
  relation: FeedbackRelation,
): FeedbackItem {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    observationFocus: row.observationFocus,
    from: { id: row.fromId, name: row.fromName },
    to: {
      person: row.toPersonId ? { id: row.toPersonId, name: row.toPersonName ?? '' } : null,
      team: row.toTeamId ? { id: row.toTeamId, name: row.toTeamName ?? '' } : null,
    },
    goal: row.goalId && row.goalTitle !== null ? { id: row.goalId, title: row.goalTitle } : null,
    agreement:
      row.agreementId && row.agreementText !== null ? { id: row.agreementId, text: row.agreementText } : null,
    createdAt: new Date(row.createdAt).toISOString(),
    replies,
    relation,
    can: { reply: relation !== 'leader' },
  };
}
