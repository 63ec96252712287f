import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { teams, units } from '../org/schema.js';
import type { ForumLevel } from './constants.js';
import { forumAccess, type ForumAccess } from './policy.js';
import { forums } from './schema.js';
import type { Forum } from './answers.js';

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
  cadence: forums.cadence,
  duration: forums.duration,
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
  cadence: string | null;
  duration: string | null;
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

export function presentForum(forum: ForumRow, access: ForumAccess): Forum {
  return { ...forum, can: { edit: access.manage, facilitate: access.facilitate } };
}

/** The team must be in the same organisation and belong to the forum's unit (or be cross-unit). */
export async function assertTeamFitsUnit(db: Db, orgId: string, teamId: string, unitId: string) {
  const [team] = await db
    .select({ unitId: teams.unitId })
    .from(teams)
    .where(and(eq(teams.orgId, orgId), eq(teams.id, teamId)));
  if (!team || (team.unitId !== null && team.unitId !== unitId)) throw notFound('No such team');
}
