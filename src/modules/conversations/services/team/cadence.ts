import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../../../server/db/client.js';
import type { SignedInContext } from '../../../../server/http/context.js';
import { notFound } from '../../../../server/http/errors.js';
import { inTransaction } from '../../../../server/db/tx.js';
import { writeAudit } from '../../../../server/audit/write.js';
import { teamRelation } from '../../../../server/policy/team-content.js';
import { conversations, teamCadences } from '../../schema.js';
import { proposeNext } from '../../time.js';
import type { TeamCadenceInput } from '../../validation.js';
import type { TeamCadence, TeamCadenceAnswer } from '../../answers.js';

/** Half-yearly, the least the thesis's TUS asks for; a team may meet more often. */
export const DEFAULT_TEAM_INTERVAL_WEEKS = 26;
const WEEK = 7 * 24 * 60 * 60 * 1000;

/** Each team's interval in weeks (the default where none is set). */
export async function teamIntervals(
  db: Db,
  orgId: string,
  teamIds: readonly string[],
): Promise<Map<string, { intervalWeeks: number; isDefault: boolean }>> {
  const result = new Map(
    teamIds.map((id) => [id, { intervalWeeks: DEFAULT_TEAM_INTERVAL_WEEKS, isDefault: true }]),
  );
  if (teamIds.length === 0) return result;
  const rows = await db
    .select({ teamId: teamCadences.teamId, intervalWeeks: teamCadences.intervalWeeks })
    .from(teamCadences)
    .where(and(eq(teamCadences.orgId, orgId), inArray(teamCadences.teamId, [...teamIds])));
  for (const r of rows) result.set(r.teamId, { intervalWeeks: r.intervalWeeks, isDefault: false });
  return result;
}

/** The team's conversations (not cancelled), newest first. */
export async function teamConversationHistory(db: Db, orgId: string, teamId: string) {
  return db
    .select({
      id: conversations.id,
      kind: conversations.kind,
      startsAt: conversations.startsAt,
      status: conversations.status,
      durationMinutes: conversations.durationMinutes,
    })
    .from(conversations)
    .where(
      and(
        eq(conversations.orgId, orgId),
        eq(conversations.teamId, teamId),
        inArray(conversations.kind, ['team', 'peer_group']),
        ne(conversations.status, 'cancelled'),
      ),
    )
    .orderBy(desc(conversations.startsAt), desc(conversations.id))
    .limit(100);
}

/**
 * The team's cadence, last held and next planned conversation, the proposed date of the next one,
 * and whether it is overdue: no team conversation held or planned within the interval.
 */
export async function teamCadenceView(
  db: Db,
  orgId: string,
  teamId: string,
  now: Date,
): Promise<TeamCadence> {
  const { intervalWeeks, isDefault } = (await teamIntervals(db, orgId, [teamId])).get(teamId)!;
  const history = await teamConversationHistory(db, orgId, teamId);
  const lastHeld = history.find((c) => c.status === 'held') ?? null;
  const nextPlanned =
    [...history].reverse().find((c) => c.status === 'planned' && new Date(c.startsAt) > now) ?? null;
  const latest = history[0] ? new Date(history[0].startsAt) : null;
  const overdue =
    !nextPlanned &&
    (!lastHeld || now.getTime() - new Date(lastHeld.startsAt).getTime() > intervalWeeks * WEEK);
  return {
    intervalWeeks,
    isDefault,
    lastHeld: lastHeld ? { id: lastHeld.id, startsAt: new Date(lastHeld.startsAt).toISOString() } : null,
    nextPlanned: nextPlanned
      ? { id: nextPlanned.id, startsAt: new Date(nextPlanned.startsAt).toISOString() }
      : null,
    proposedStartsAt: proposeNext(latest, intervalWeeks, now).toISOString(),
    overdue,
  };
}

/** PUT /teams/{id}/cadence: the team and its leaders set how often it holds its conversation. */
export async function putTeamCadence({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: TeamCadenceInput & { id: string };
}): Promise<TeamCadenceAnswer> {
  const orgId = ctx.actor.orgId;
  return inTransaction(ctx, async (tx) => {
    if (!(await teamRelation(tx, input.id))) throw notFound('No such team');
    await tx.db
      .insert(teamCadences)
      .values({ orgId, teamId: input.id, intervalWeeks: input.intervalWeeks })
      .onConflictDoUpdate({
        target: [teamCadences.orgId, teamCadences.teamId],
        set: { intervalWeeks: input.intervalWeeks },
      });
    await writeAudit(
      tx.db,
      { actor: tx.actor, orgId },
      {
        action: 'team_cadence.updated',
        entityType: 'team',
        entityId: input.id,
        details: { intervalWeeks: input.intervalWeeks },
      },
    );
    return { cadence: await teamCadenceView(tx.db, orgId, input.id, tx.now()) };
  });
}

/**
 * For the leader's overview: of `teamIds`, those with no team conversation held or planned within
 * their cadence. The caller has decided the actor leads these teams.
 */
export async function overdueTeams(
  db: Db,
  orgId: string,
  teamIds: readonly string[],
  now: Date,
): Promise<Set<string>> {
  const result = new Set<string>();
  for (const teamId of teamIds) {
    if ((await teamCadenceView(db, orgId, teamId, now)).overdue) result.add(teamId);
  }
  return result;
}
