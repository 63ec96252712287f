import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../server/db/client.js';
import { collaborationsOfText } from '../../../server/policy/circle-collaborators.js';
import { teamsOfText } from '../../../server/policy/team-members.js';
import { people, teams } from '../../org/schema.js';
import { agreements, conversationParticipants, conversations } from '../../conversations/schema.js';
import { inquiries } from '../../inquiry/schema.js';
import { goals } from '../../goals/schema.js';
import { feedback } from '../../feedback/schema.js';
import { leverActions } from '../../levers/schema.js';
import type { FeedbackKind } from '../../feedback/index.js';
import type { ReminderSettings } from '../services/settings.js';
import { addDays, localDay, startOfLocalDay } from '../../../shared/time.js';
import { gatherPackageUpdates, type DigestPackageUpdate } from './library-updates.js';
import { gatherExpiringLicences, type ExpiringLicence } from './licences.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back "new feedback" reaches for someone who never had a digest. */
const FIRST_DIGEST_LOOKBACK_DAYS = 7;

export interface DigestContent {
  /** 1:1s, and team and peer-group conversations (with the team's name) the person takes part in. */
  oneToOnes: { id: string; startsAt: Date; with: string[]; team?: string }[];
  circles: { id: string; deadline: string; goalTitle: string | null }[];
  overdueAgreements: { id: string; text: string; dueDate: string; conversationId: string | null }[];
  /** Open learning-environment actions the person owns, past their date (they go with the agreements setting). */
  overdueLeverActions: { id: string; text: string; dueDate: string; planId: string }[];
  feedback: { id: string; kind: FeedbackKind; from: string; createdAt: Date }[];
  /** New versions of library packages the person attached somewhere. */
  packageUpdates: DigestPackageUpdate[];
  /** Driving licences of the person's that expire within 90 days (digest/licences.ts). */
  expiringLicences: ExpiringLicence[];
}

export const isEmpty = (c: DigestContent) =>
  c.oneToOnes.length +
    c.circles.length +
    c.overdueAgreements.length +
    c.overdueLeverActions.length +
    c.feedback.length +
    c.packageUpdates.length +
    c.expiringLicences.length ===
  0;

/**
 * What a person's digest says as of `now`: their planned 1:1s within the preparation window, open
 * circles (their own or ones they work on) whose deadline is near, agreements they own that are
 * overdue, and feedback they received (to them or a team they are on) since the last digest.
 */
export async function gatherDigest(
  db: Db,
  orgId: string,
  personId: string,
  settings: ReminderSettings,
  now: Date,
): Promise<DigestContent> {
  const today = localDay(now);
  const me = alias(conversationParticipants, 'me');
  const other = alias(conversationParticipants, 'other');
  const meetings = await db
    .select({ id: conversations.id, startsAt: conversations.startsAt, team: teams.name })
    .from(conversations)
    .innerJoin(
      me,
      and(
        eq(me.orgId, conversations.orgId),
        eq(me.conversationId, conversations.id),
        eq(me.personId, personId),
      ),
    )
    .leftJoin(teams, and(eq(teams.orgId, conversations.orgId), eq(teams.id, conversations.teamId)))
    .where(
      and(
        eq(conversations.orgId, orgId),
        inArray(conversations.kind, ['one_to_one', 'team', 'peer_group']),
        eq(conversations.status, 'planned'),
        gt(conversations.startsAt, now),
        // Calendar days: on Tuesday, "two days before" covers Thursday's 1:1 whatever its hour.
        lt(conversations.startsAt, startOfLocalDay(addDays(today, settings.prepareDaysBefore + 1))),
      ),
    )
    .orderBy(asc(conversations.startsAt));
  const others = meetings.length
    ? await db
        .select({ conversationId: other.conversationId, name: people.name })
        .from(other)
        .innerJoin(people, and(eq(people.orgId, other.orgId), eq(people.id, other.personId)))
        .where(
          and(
            eq(other.orgId, orgId),
            inArray(
              other.conversationId,
              meetings.map((m) => m.id),
            ),
            ne(other.personId, personId),
          ),
        )
        .orderBy(asc(people.name))
    : [];

  const circles = await db
    .select({ id: inquiries.id, deadline: inquiries.deadline, goalTitle: goals.title })
    .from(inquiries)
    .leftJoin(goals, and(eq(goals.orgId, inquiries.orgId), eq(goals.id, inquiries.goalId)))
    .where(
      and(
        eq(inquiries.orgId, orgId),
        eq(inquiries.status, 'open'),
        or(
          eq(inquiries.subjectPersonId, personId),
          sql`${inquiries.id} in (${collaborationsOfText.bound(orgId, personId)})`,
        ),
        gte(inquiries.deadline, today),
        lte(inquiries.deadline, addDays(today, settings.circleDeadlineDaysBefore)),
      ),
    )
    .orderBy(asc(inquiries.deadline));

  const overdue = settings.includeOverdueAgreements
    ? await db
        .select({
          id: agreements.id,
          text: agreements.text,
          dueDate: agreements.dueDate,
          conversationId: agreements.conversationId,
        })
        .from(agreements)
        .where(
          and(
            eq(agreements.orgId, orgId),
            eq(agreements.ownerId, personId),
            isNull(agreements.doneAt),
            lt(agreements.dueDate, today),
          ),
        )
        .orderBy(asc(agreements.dueDate))
    : [];
  const overdueLever = settings.includeOverdueAgreements
    ? await db
        .select({
          id: leverActions.id,
          text: leverActions.text,
          dueDate: leverActions.dueDate,
          planId: leverActions.planId,
        })
        .from(leverActions)
        .where(
          and(
            eq(leverActions.orgId, orgId),
            eq(leverActions.ownerId, personId),
            eq(leverActions.status, 'open'),
            lt(leverActions.dueDate, today),
          ),
        )
        .orderBy(asc(leverActions.dueDate))
    : [];

  const since = settings.lastDigestAt ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_DAYS * DAY_MS);
  const received = await db
    .select({ id: feedback.id, kind: feedback.kind, from: people.name, createdAt: feedback.createdAt })
    .from(feedback)
    .innerJoin(people, and(eq(people.orgId, feedback.orgId), eq(people.id, feedback.fromId)))
    .where(
      and(
        eq(feedback.orgId, orgId),
        or(
          eq(feedback.toPersonId, personId),
          sql`${feedback.toTeamId} in (${teamsOfText.bound(orgId, personId)})`,
        ),
        ne(feedback.fromId, personId),
        gt(feedback.createdAt, since),
        lte(feedback.createdAt, now),
      ),
    )
    .orderBy(desc(feedback.createdAt))
    .limit(20);

  return {
    oneToOnes: meetings.map((m) => ({
      id: m.id,
      startsAt: new Date(m.startsAt),
      with: others.filter((o) => o.conversationId === m.id).map((o) => o.name),
      ...(m.team ? { team: m.team } : {}),
    })),
    circles: circles.map((c) => ({ id: c.id, deadline: String(c.deadline), goalTitle: c.goalTitle })),
    overdueAgreements: overdue.map((a) => ({
      id: a.id,
      text: a.text,
      dueDate: String(a.dueDate),
      conversationId: a.conversationId,
    })),
    overdueLeverActions: overdueLever.map((a) => ({
      id: a.id,
      text: a.text,
      dueDate: String(a.dueDate),
      planId: a.planId,
    })),
    feedback: received.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
    packageUpdates: await gatherPackageUpdates(db, orgId, personId, since),
    expiringLicences: await gatherExpiringLicences(db, orgId, personId, today),
  };
}
