import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../server/db/client.js';
import type { SignedInContext } from '../../../../server/http/context.js';
import { teamLeadersText } from '../../../../server/policy/team-leaders.js';
import { teamMembersText } from '../../../../server/policy/team-members.js';
import { goals, goalShares } from '../../../goals/schema.js';
import { inquiries } from '../../../inquiry/schema.js';
import { circleStates } from '../../../inquiry/index.js';
import { people } from '../../../org/schema.js';
import { agendaItems, agreements, privateNotes } from '../../schema.js';
import { canFacilitateConversation, mayManageConversation, type ConversationForActor } from '../../access.js';
import { presentConversation } from '../../records.js';
import { selectAgreements } from '../../agreement-records.js';
import { facilitatorsAmong } from '../../team-records.js';
import { teamCadenceView } from './cadence.js';
import type { GoalInFocus, TeamConversationDetail, TeamShared } from '../../answers.js';
import type { TeamKind } from '../../../../shared/roles.js';
import { openPrivateNote } from '../private-note.js';

/**
 * The active people the team's content belongs to (policy/team-content.ts), its members and its
 * leaders: who may be invited, lead, own an agreement.
 */
export async function teamPeople(db: Db, orgId: string, team: { id: string; unitId: string | null }) {
  const activeAmong = (ids: SQL) =>
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.active, true), sql`${people.id} in (${ids})`))
      .orderBy(asc(people.name), asc(people.id));
  const members = await activeAmong(teamMembersText.bound(orgId, team.id));
  // A cross-unit team (a peer group) has no leaders.
  const leaders = team.unitId ? await activeAmong(teamLeadersText.bound(orgId, team.id)) : [];
  const memberIds = new Set(members.map((m) => m.id));
  // Who may lead a team conversation (a leader or a resource person), so a form offers only them.
  const facilitators = await facilitatorsAmong(
    db,
    orgId,
    members.map((m) => m.id),
  );
  return {
    members: members.map((m) => ({ ...m, facilitates: facilitators.has(m.id) })),
    leaders: leaders.filter((l) => !memberIds.has(l.id)).map((l) => ({ ...l, facilitates: true })),
  };
}

/** The team's goals in focus, each with its latest circle. */
export async function teamGoalsInFocus(db: Db, orgId: string, teamId: string): Promise<GoalInFocus[]> {
  const rows = await db
    .select({ id: goals.id, title: goals.title })
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectTeamId, teamId), eq(goals.status, 'in_focus')))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  const circles = await circleStates(
    db,
    orgId,
    rows.map((g) => g.id),
  );
  return rows.map((g) => ({ ...g, circle: circles.get(g.id) ?? null }));
}

/** The shared view of a team or peer-group conversation: everything but private notes. */
export async function teamSharedView(
  ctx: SignedInContext,
  loaded: ConversationForActor,
): Promise<TeamShared> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const c = loaded.conversation;
  const team = loaded.team!;
  const agenda = await db
    .select({
      id: agendaItems.id,
      section: agendaItems.section,
      text: agendaItems.text,
      done: agendaItems.done,
      authorId: agendaItems.authorId,
      authorName: people.name,
      goalId: agendaItems.goalId,
      inquiryId: agendaItems.inquiryId,
      createdAt: agendaItems.createdAt,
    })
    .from(agendaItems)
    .leftJoin(people, and(eq(people.orgId, agendaItems.orgId), eq(people.id, agendaItems.authorId)))
    .where(and(eq(agendaItems.orgId, orgId), eq(agendaItems.conversationId, c.id)))
    .orderBy(asc(agendaItems.createdAt), asc(agendaItems.id));
  const own = await selectAgreements(db, orgId, eq(agreements.conversationId, c.id));
  // The team's agreements from earlier conversations that are still open, to follow up.
  const openEarlier = await selectAgreements(
    db,
    orgId,
    and(
      eq(agreements.subjectTeamId, team.id),
      isNull(agreements.doneAt),
      ne(agreements.conversationId, c.id),
    ),
  );
  return {
    conversation: presentConversation(c),
    // The column holds a team kind; access.ts reads it as a plain string.
    team: { id: team.id, name: team.name, kind: team.kind as TeamKind },
    participants: loaded.participants.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    agenda: agenda.map((a) => ({
      id: a.id,
      section: a.section,
      text: a.text,
      done: a.done,
      author: a.authorId ? { id: a.authorId, name: a.authorName ?? '' } : null,
      mine: a.authorId === actor.personId,
      goalId: a.goalId,
      circleId: a.inquiryId,
      createdAt: new Date(a.createdAt).toISOString(),
    })),
    agreements: own,
    previousAgreements: openEarlier,
    goalsInFocus: await teamGoalsInFocus(db, orgId, team.id),
  };
}

/** The actor's own goals they could bring in: in focus or achieved, with their finished circles. */
async function bringableGoals(db: Db, orgId: string, personId: string, teamId: string) {
  const mine = await db
    .select({ id: goals.id, title: goals.title, status: goals.status })
    .from(goals)
    .where(and(eq(goals.orgId, orgId), eq(goals.subjectPersonId, personId), ne(goals.status, 'put_aside')))
    .orderBy(desc(goals.updatedAt))
    .limit(20);
  if (mine.length === 0) return [];
  const ids = mine.map((g) => g.id);
  const finished = await db
    .select({ id: inquiries.id, goalId: inquiries.goalId, sequence: inquiries.sequence })
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), inArray(inquiries.goalId, ids), eq(inquiries.status, 'done')))
    .orderBy(asc(inquiries.sequence));
  const shared = await db
    .select({ goalId: goalShares.goalId })
    .from(goalShares)
    .where(and(eq(goalShares.orgId, orgId), eq(goalShares.teamId, teamId), inArray(goalShares.goalId, ids)));
  const sharedIds = new Set(shared.map((s) => s.goalId));
  return mine.map((g) => ({
    ...g,
    sharedWithTeam: sharedIds.has(g.id),
    finishedCircles: finished
      .filter((f) => f.goalId === g.id)
      .map((f) => ({ id: f.id, sequence: f.sequence })),
  }));
}

/** GET /conversations/{id} for a team or peer-group conversation. */
export async function teamConversationDetail(
  ctx: SignedInContext,
  loaded: ConversationForActor,
): Promise<TeamConversationDetail> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const c = loaded.conversation;
  const team = loaded.team!;
  // Only ever the actor's own note: the query filters by the author.
  const [note] = loaded.takesPart
    ? await db
        .select({
          sealed: privateNotes.sealed,
          keyVersion: privateNotes.keyVersion,
          text: privateNotes.text,
          updatedAt: privateNotes.updatedAt,
        })
        .from(privateNotes)
        .where(
          and(
            eq(privateNotes.orgId, orgId),
            eq(privateNotes.conversationId, c.id),
            eq(privateNotes.authorId, actor.personId),
          ),
        )
    : [];
  const planned = c.status === 'planned';
  const manage = mayManageConversation(loaded, actor.personId);
  return {
    ...(await teamSharedView(ctx, loaded)),
    access: loaded.role,
    people: await teamPeople(db, orgId, team),
    privateNote: loaded.takesPart
      ? {
          text: await openPrivateNote(ctx, c.id, note),
          updatedAt: note ? new Date(note.updatedAt).toISOString() : null,
        }
      : null,
    myGoals: loaded.takesPart ? await bringableGoals(db, orgId, actor.personId, team.id) : [],
    cadence: c.status === 'held' ? await teamCadenceView(db, orgId, team.id, ctx.now()) : null,
    can: {
      edit: loaded.canEdit,
      move: manage && planned,
      cancel: manage && planned,
      hold: loaded.canEdit && planned,
      manageParticipants: manage && c.status !== 'cancelled',
      bringGoal: loaded.takesPart && c.status !== 'cancelled',
      facilitate: canFacilitateConversation(loaded),
      scheduleNext: loaded.canEdit,
    },
  };
}
