import { and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { leadsAnyUnit } from '../../../server/policy/actor.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { ledUnitsText } from '../../../server/policy/unit-leaders.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { auditReadsOncePerDay } from '../../../server/audit/reads.js';
import { subjectRelation } from '../../../server/policy/subject-access.js';
import { goals, goalShares } from '../../goals/schema.js';
import { circleStates } from '../../inquiry/index.js';
import { people, teams } from '../../org/schema.js';
import { PEER_GROUP_KIND } from '../../../shared/roles.js';
import { agreements } from '../../conversations/schema.js';
import {
  selectAgreements,
  teamGoalsInFocus,
  teamPeople,
  teamCadenceView,
  teamConversationHistory,
} from '../../conversations/index.js';
import type { TeamDevelopment, TeamNudgesAnswer } from '../answers.js';

/**
 * GET /teams/{id}/development: the team's development page — goals in focus with their circle's
 * phase, the goals members shared with the team, the next and last team conversation, the cadence,
 * and open agreements. Team content (policy/team-content.ts): 404 for anyone else, HR included.
 */
export async function teamDevelopment({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { id: string };
}): Promise<TeamDevelopment> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const relation = await subjectRelation(ctx, { teamId: input.id });
  if (!relation) throw notFound('No such team');
  const [team] = await db
    .select({
      id: teams.id,
      name: teams.name,
      kind: teams.kind,
      unitId: teams.unitId,
      description: teams.description,
    })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, input.id)));
  if (!team) throw notFound('No such team');
  const earlier = await db
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectTeamId, team.id), ne(goals.status, 'in_focus')))
    .orderBy(desc(goals.updatedAt))
    .limit(20);
  // Members' own goals appear here only because their owner shared them with the team.
  const sharedRows = await db
    .select({
      id: goals.id,
      title: goals.title,
      status: goals.status,
      ownerId: people.id,
      ownerName: people.name,
    })
    .from(goalShares)
    .innerJoin(goals, and(eq(goals.orgId, goalShares.orgId), eq(goals.id, goalShares.goalId)))
    .innerJoin(people, and(eq(people.orgId, goals.orgId), eq(people.id, goals.subjectPersonId)))
    .where(and(eq(goalShares.orgId, orgId), eq(goalShares.teamId, team.id), ne(goals.status, 'put_aside')))
    .orderBy(asc(people.name), asc(goals.title))
    .limit(100);
  // Members' goals shared with the team are theirs: reading them is in their access logs.
  await auditReadsOncePerDay(ctx, {
    action: 'goal.read',
    entityType: 'team_page',
    reads: sharedRows.map((g) => ({ subjectPersonId: g.ownerId, entityId: g.id })),
  });
  const sharedCircles = await circleStates(
    db,
    orgId,
    sharedRows.map((g) => g.id),
  );
  const history = await teamConversationHistory(db, orgId, team.id);
  const now = ctx.now();
  const upcoming = history
    .filter(
      (c) =>
        c.status === 'planned' && new Date(c.startsAt).getTime() + c.durationMinutes * 60_000 > now.getTime(),
    )
    .reverse();
  const past = history.filter((c) => !upcoming.includes(c)).slice(0, 10);
  const open = await selectAgreements(
    db,
    orgId,
    and(eq(agreements.subjectTeamId, team.id), isNull(agreements.doneAt)),
  );
  const { members, leaders } = await teamPeople(db, orgId, team);
  const present = (c: (typeof history)[number]) => ({
    id: c.id,
    kind: c.kind,
    startsAt: new Date(c.startsAt).toISOString(),
    status: c.status,
  });
  return {
    team: {
      id: team.id,
      name: team.name,
      kind: team.kind,
      description: team.description,
      isPeerGroup: team.kind === PEER_GROUP_KIND,
    },
    relation,
    goalsInFocus: await teamGoalsInFocus(db, orgId, team.id),
    earlierGoals: earlier,
    sharedGoals: sharedRows.map((g) => {
      const circle = sharedCircles.get(g.id);
      // A shared reader sees finished circles only; work in progress stays the owner's.
      return {
        id: g.id,
        title: g.title,
        status: g.status,
        owner: { id: g.ownerId, name: g.ownerName },
        mine: g.ownerId === actor.personId,
        finishedCircleId: circle?.status === 'done' ? circle.circleId : null,
      };
    }),
    upcoming: upcoming.map(present),
    past: past.map(present),
    cadence: await teamCadenceView(db, orgId, team.id, now),
    openAgreements: open,
    members,
    leaders,
    can: { createGoal: true, planConversation: true, editCadence: true },
  };
}

/**
 * For the leader's overview: the teams whose unit the actor is nearest leader for (the units they
 * lead and those below without a leader of their own), and the peer groups they belong to, with
 * no team conversation held or planned within their cadence.
 */
export async function teamNudges({ ctx }: { ctx: SignedInContext }): Promise<TeamNudgesAnswer> {
  const { db, actor } = ctx;
  if (!leadsAnyUnit(actor)) return { teams: [] };
  const rows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(
      and(
        eq(teams.orgId, actor.orgId),
        or(
          sql`${teams.unitId} in (${ledUnitsText.bound(actor.orgId, actor.personId)})`,
          and(
            eq(teams.kind, PEER_GROUP_KIND),
            sql`${teams.id} in (${teamsOfText.bound(actor.orgId, actor.personId)})`,
          ),
        ),
      ),
    )
    .orderBy(asc(teams.name))
    .limit(50);
  const result = [];
  for (const t of rows) {
    const cadence = await teamCadenceView(db, actor.orgId, t.id, ctx.now());
    if (cadence.overdue)
      result.push({
        id: t.id,
        name: t.name,
        lastHeldAt: cadence.lastHeld?.startsAt ?? null,
        intervalWeeks: cadence.intervalWeeks,
      });
  }
  return { teams: result };
}
