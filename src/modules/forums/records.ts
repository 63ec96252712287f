import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { teams, units } from '../org/schema.js';
import type { CadenceUnit, ForumLevel } from './constants.js';
import { forumAccess, type ForumAccess } from './policy.js';
import { forums } from './schema.js';
import type { Forum } from './answers.js';
import { localDay, addDays } from '../../shared/time.js';
import { meetingDays, type Cadence } from './cadence.js';

/** How many coming meeting days a forum shows, and how far ahead they are looked for. */
export const NEXT_MEETINGS = 3;

/** The forum's rhythm, anchored on its first meeting day or else its last held meeting; null without both. */
export function cadenceOf(forum: {
  cadenceEvery: number | null;
  cadenceUnit: CadenceUnit | null;
  firstMeetingOn: string | null;
  lastHeldOn: string | null;
}): Cadence | null {
  const anchor = forum.firstMeetingOn ?? forum.lastHeldOn;
  if (!forum.cadenceEvery || !forum.cadenceUnit || !anchor) return null;
  return { every: forum.cadenceEvery, unit: forum.cadenceUnit, anchor };
}

function nextMeetingsOf(forum: ForumRow, today: string): string[] {
  const cadence = cadenceOf(forum);
  return cadence ? meetingDays(cadence, today, addDays(today, 800), NEXT_MEETINGS) : [];
}

const forumTeams = alias(teams, 'forum_team');

export const forumColumns = {
  id: forums.id,
  unitId: forums.unitId,
  unitName: units.name,
  teamId: forums.teamId,
  teamName: forumTeams.name,
  level: forums.level,
  name: forums.name,
  purpose: forums.purpose,
  form: forums.form,
  cadenceEvery: forums.cadenceEvery,
  cadenceUnit: forums.cadenceUnit,
  durationMinutes: forums.durationMinutes,
  firstMeetingOn: forums.firstMeetingOn,
  meetingTime: forums.meetingTime,
  cadenceNote: forums.cadenceNote,
  durationNote: forums.durationNote,
  /** The last held meeting: the day the cadence counts from when no first meeting day is set. */
  lastHeldOn: sql<string | null>`(select max(m.held_on)::text from forum_meetings m
    where m.org_id = "forums"."org_id" and m.forum_id = "forums"."id")`,
  participants: forums.participants,
  content: forums.content,
  data: forums.data,
  version: forums.version,
};

export type ForumRow = {
  id: string;
  unitId: string;
  unitName: string;
  teamId: string | null;
  teamName: string | null;
  level: ForumLevel;
  name: string;
  purpose: string | null;
  form: string | null;
  cadenceEvery: number | null;
  cadenceUnit: CadenceUnit | null;
  durationMinutes: number | null;
  firstMeetingOn: string | null;
  meetingTime: string | null;
  cadenceNote: string | null;
  durationNote: string | null;
  lastHeldOn: string | null;
  participants: string | null;
  content: string | null;
  data: string | null;
  version: number;
};

export function forumQuery(db: Db) {
  return db
    .select(forumColumns)
    .from(forums)
    .innerJoin(units, and(eq(units.orgId, forums.orgId), eq(units.id, forums.unitId)))
    .leftJoin(forumTeams, and(eq(forumTeams.orgId, forums.orgId), eq(forumTeams.id, forums.teamId)))
    .$dynamic();
}

/** The forum and the actor's access to it; 404 unless they may at least read it. */
export async function loadForum(ctx: SignedInContext, id: string, need: keyof ForumAccess = 'read') {
  const [forum] = (await forumQuery(ctx.db).where(
    and(eq(forums.orgId, ctx.actor.orgId), eq(forums.id, id)),
  )) as ForumRow[];
  if (!forum) throw notFound('No such forum');
  const access = await forumAccess(ctx, forum);
  if (!access[need]) throw notFound('No such forum');
  return { forum, access };
}

/**
 * The old free-text cadence and duration show only to those who manage the forum: they are the
 * ones who can carry them over into the structured fields.
 */
export function presentForum(forum: ForumRow, access: ForumAccess, now = new Date()): Forum {
  const { lastHeldOn: _last, ...rest } = forum;
  return {
    ...rest,
    nextMeetings: nextMeetingsOf(forum, localDay(now)),
    cadenceNote: access.manage ? forum.cadenceNote : null,
    durationNote: access.manage ? forum.durationNote : null,
    can: { edit: access.manage, facilitate: access.facilitate },
  };
}

/** The team must be in the same organisation and belong to the forum's unit (or be cross-unit). */
export async function assertTeamFitsUnit(db: Db, orgId: string, teamId: string, unitId: string) {
  const [team] = await db
    .select({ unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  if (!team || (team.unitId !== null && team.unitId !== unitId)) throw notFound('No such team');
}
