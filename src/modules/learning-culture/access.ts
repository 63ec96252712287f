import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { isNearestLeaderOf, nearestLeaders } from '../../server/policy/nearest-leaders.js';
import { isTeamMember } from '../../server/policy/team-members.js';
import { teamLeaders } from '../../server/policy/team-leaders.js';
import { people, teams } from '../org/schema.js';
import { cultureShares } from './schema.js';

/*
 * Whose learning-culture trend the actor may see (003: the trend is private to the person or the
 * team unless they share it). A person's own: only them; shared, also their nearest leaders — the
 * leader they would talk it over with. A team's: its members, who take it together; shared, also
 * the nearest leaders of the team's unit. HR, admins and leaders further up are no readers; for
 * them, as for everyone else, the trend does not exist (404).
 */

export type CultureSubject =
  | { kind: 'person'; id: string; name: string; own: boolean }
  | { kind: 'team'; id: string; name: string; own: boolean };

export async function isShared(ctx: SignedInContext, subject: { kind: 'person' | 'team'; id: string }) {
  const column = subject.kind === 'person' ? cultureShares.personId : cultureShares.teamId;
  const [row] = await ctx.db
    .select({ id: cultureShares.id })
    .from(cultureShares)
    .where(and(eq(cultureShares.orgId, ctx.actor.orgId), eq(column, subject.id)));
  return !!row;
}

/** The subject of a request, with whether the actor owns it (may take and share); 404 if not theirs to see. */
export async function loadCultureSubject(
  ctx: SignedInContext,
  query: { teamId?: string | undefined; personId?: string | undefined },
): Promise<CultureSubject> {
  const { orgId, personId: me } = ctx.actor;
  if (query.teamId) {
    const [team] = await ctx.db
      .select({ id: teams.id, name: teams.name })
      .from(teams)
      .where(and(eq(teams.orgId, orgId), eq(teams.id, query.teamId)));
    if (!team) throw notFound('No such team');
    if (await isTeamMember(ctx.db, orgId, team.id, me)) return { kind: 'team', ...team, own: true };
    const shared = await isShared(ctx, { kind: 'team', id: team.id });
    if (shared && (await teamLeaders(ctx.db, orgId, team.id)).includes(me))
      return { kind: 'team', ...team, own: false };
    throw notFound('No such team');
  }
  const personId = query.personId ?? me;
  const [person] = await ctx.db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  if (!person) throw notFound('No such person');
  if (person.id === me) return { kind: 'person', ...person, own: true };
  const shared = await isShared(ctx, { kind: 'person', id: person.id });
  if (shared && (await isNearestLeaderOf(ctx.db, orgId, me, person.id)))
    return { kind: 'person', ...person, own: false };
  throw notFound('No such person');
}

/** Who sees the subject's trend once it is shared. */
export async function shareReaders(ctx: SignedInContext, subject: CultureSubject) {
  const orgId = ctx.actor.orgId;
  if (subject.kind === 'person')
    return (await nearestLeaders(ctx.db, orgId, [subject.id])).get(subject.id) ?? [];
  const ids = await teamLeaders(ctx.db, orgId, subject.id);
  if (!ids.length) return [];
  const found = await ctx.db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, ids)));
  return found.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}
