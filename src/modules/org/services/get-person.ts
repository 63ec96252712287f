import { and, asc, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin } from '../../../server/policy/actor.js';
import { nearestLeaders } from '../../../server/policy/relationships.js';
import { auditRecordRead, relationFrom } from '../../../server/policy/person-access.js';
import { memberships, teamMembers, teams, units } from '../schema.js';
import { loadPerson, presentPerson } from '../records.js';

/**
 * A person's record for themselves, their nearest leader(s) and admins; 404 for anyone else.
 * Reading someone else's record is audited, so the person can see who looked.
 */
export async function getPerson({ ctx, input }: { ctx: SignedInContext; input: { id: string } }) {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const person = await loadPerson(db, orgId, input.id);
  const leaders = (await nearestLeaders(db, orgId, [person.id])).get(person.id) ?? [];
  const relation = relationFrom(actor, person.id, leaders);
  if (!relation) throw notFound('No such person');
  await auditRecordRead(ctx, {
    action: 'person.read',
    entityType: 'person',
    entityId: person.id,
    subjectPersonId: person.id,
    details: { relation },
  });
  const [ms, personTeams] = await Promise.all([
    db
      .select({ id: memberships.id, unitId: memberships.unitId, unitName: units.name, role: memberships.role })
      .from(memberships)
      .innerJoin(units, and(eq(units.orgId, memberships.orgId), eq(units.id, memberships.unitId)))
      .where(and(eq(memberships.orgId, orgId), eq(memberships.personId, person.id)))
      .orderBy(asc(units.name), asc(memberships.role)),
    db
      .select({ id: teams.id, name: teams.name, kind: teams.kind })
      .from(teamMembers)
      .innerJoin(teams, and(eq(teams.orgId, teamMembers.orgId), eq(teams.id, teamMembers.teamId)))
      .where(and(eq(teamMembers.orgId, orgId), eq(teamMembers.personId, person.id)))
      .orderBy(asc(teams.name)),
  ]);
  const admin = isAdmin(actor);
  return {
    person: presentPerson(person),
    memberships: ms,
    nearestLeaders: leaders,
    teams: personTeams,
    relation,
    can: { update: admin, manageRoles: admin, invite: admin && person.active && Boolean(person.email) },
  };
}
