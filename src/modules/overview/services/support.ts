import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden } from '../../../server/http/errors.js';
import { hasRole } from '../../../server/policy/actor.js';
import { supportedInitiativesText, supportedTeamsText } from '../../../server/policy/resource-support.js';
import { reviewedUnitsText } from '../../../server/policy/task-reviewers.js';
import { people, teamMembers, teams, units } from '../../org/schema.js';
import { initiativeParticipants, initiatives } from '../../competence/schema.js';
import { licenceDefinitions, practiceReviews } from '../../licences/schema.js';
import { conversationParticipants, conversations } from '../../conversations/schema.js';
import { iso } from '../records.js';
import type { SupportAnswer } from '../answers.js';

const LIMIT = 6;

/** A group's link to its people: a team's members, an initiative's participants. */
interface PeopleLink {
  table: PgTable;
  orgId: PgColumn;
  group: PgColumn;
  person: PgColumn;
}

/** The active people other than the reader in each of the groups `ids`, by name. */
async function othersByGroup(ctx: SignedInContext, link: PeopleLink, ids: readonly string[]) {
  const byGroup = new Map<string, { id: string; name: string }[]>();
  if (ids.length === 0) return byGroup;
  const rows = await ctx.db
    .select({ group: sql<string>`${link.group}`, id: people.id, name: people.name })
    .from(link.table)
    .innerJoin(people, and(eq(people.orgId, link.orgId), eq(people.id, link.person)))
    .where(
      and(
        eq(link.orgId, ctx.actor.orgId),
        inArray(link.group, [...ids]),
        ne(people.id, ctx.actor.personId),
        eq(people.active, true),
      ),
    )
    .orderBy(asc(people.name), asc(people.id));
  for (const r of rows) byGroup.set(r.group, [...(byGroup.get(r.group) ?? []), { id: r.id, name: r.name }]);
  return byGroup;
}

/**
 * GET /support: what the resource person's role adds to their start page — the people they
 * support (the teams they are resource person in, the initiatives they support: policy/
 * resource-support.ts), the practice reviews they are to hold, the licences they may certify
 * (policy/task-reviewers.ts) and the team conversations they facilitate next. Names of whom they
 * support, tasks and times: no one's levels, goals or notes, so nothing is audited.
 */
export async function getSupport({ ctx }: { ctx: SignedInContext }): Promise<SupportAnswer> {
  const { db, actor } = ctx;
  if (!hasRole(actor, 'resource_person')) throw forbidden('Only resource persons have this page');
  const orgId = actor.orgId;
  const me = actor.personId;

  const teamRows = await db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), sql`${teams.id} in (${supportedTeamsText.bound(orgId, me)})`))
    .orderBy(asc(teams.name), asc(teams.id));
  const teamPeople = await othersByGroup(
    ctx,
    { table: teamMembers, orgId: teamMembers.orgId, group: teamMembers.teamId, person: teamMembers.personId },
    teamRows.map((t) => t.id),
  );

  const initiativeRows = await db
    .select({ id: initiatives.id, name: initiatives.title })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.orgId, orgId),
        ne(initiatives.status, 'closed'),
        sql`${initiatives.id} in (${supportedInitiativesText.bound(orgId, me)})`,
      ),
    )
    .orderBy(asc(initiatives.title), asc(initiatives.id));
  const participants = await othersByGroup(
    ctx,
    {
      table: initiativeParticipants,
      orgId: initiativeParticipants.orgId,
      group: initiativeParticipants.initiativeId,
      person: initiativeParticipants.personId,
    },
    initiativeRows.map((i) => i.id),
  );

  const reviews = await db
    .select({
      id: practiceReviews.id,
      startsAt: practiceReviews.startsAt,
      task: licenceDefinitions.task,
      personId: people.id,
      personName: people.name,
    })
    .from(practiceReviews)
    .innerJoin(
      licenceDefinitions,
      and(
        eq(licenceDefinitions.orgId, practiceReviews.orgId),
        eq(licenceDefinitions.id, practiceReviews.definitionId),
      ),
    )
    .innerJoin(people, and(eq(people.orgId, practiceReviews.orgId), eq(people.id, practiceReviews.personId)))
    .where(
      and(
        eq(practiceReviews.orgId, orgId),
        eq(practiceReviews.reviewerId, me),
        isNull(practiceReviews.decision),
      ),
    )
    .orderBy(asc(practiceReviews.startsAt), asc(practiceReviews.id))
    .limit(LIMIT);

  const licences = await db
    .select({
      id: licenceDefinitions.id,
      task: licenceDefinitions.task,
      unitId: units.id,
      unitName: units.name,
    })
    .from(licenceDefinitions)
    .innerJoin(units, and(eq(units.orgId, licenceDefinitions.orgId), eq(units.id, licenceDefinitions.unitId)))
    .where(
      and(
        eq(licenceDefinitions.orgId, orgId),
        sql`${licenceDefinitions.unitId} in (${reviewedUnitsText.bound(orgId, me)})`,
      ),
    )
    .orderBy(asc(licenceDefinitions.task), asc(licenceDefinitions.id))
    .limit(LIMIT);

  const meetings = await db
    .select({
      id: conversations.id,
      startsAt: conversations.startsAt,
      kind: conversations.kind,
      team: teams.name,
    })
    .from(conversations)
    .innerJoin(
      conversationParticipants,
      and(
        eq(conversationParticipants.orgId, conversations.orgId),
        eq(conversationParticipants.conversationId, conversations.id),
        eq(conversationParticipants.personId, me),
        eq(conversationParticipants.role, 'facilitator'),
      ),
    )
    .leftJoin(teams, and(eq(teams.orgId, conversations.orgId), eq(teams.id, conversations.teamId)))
    .where(
      and(
        eq(conversations.orgId, orgId),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, ctx.now()),
      ),
    )
    .orderBy(asc(conversations.startsAt), asc(conversations.id))
    .limit(LIMIT);

  return {
    teams: teamRows.map((t) => ({ ...t, members: teamPeople.get(t.id) ?? [] })),
    initiatives: initiativeRows.map((i) => ({ ...i, participants: participants.get(i.id) ?? [] })),
    reviews: reviews.map((r) => ({
      id: r.id,
      startsAt: iso(r.startsAt)!,
      task: r.task,
      person: { id: r.personId, name: r.personName },
    })),
    licences: licences.map((l) => ({ id: l.id, task: l.task, unit: { id: l.unitId, name: l.unitName } })),
    meetings: meetings.map((m) => ({
      id: m.id,
      startsAt: iso(m.startsAt)!,
      kind: m.kind,
      team: m.team ?? '',
    })),
  };
}
