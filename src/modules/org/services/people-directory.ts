import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { memberships, people, units } from '../schema.js';
import { likePattern } from '../records.js';
import type { DirectoryQuery } from '../validation.js';
import type { DirectoryAnswer } from '../answers.js';

const DIRECTORY_LIMIT = 20;

/** Colleagues to pick from: name, job title and unit names of active people, for anyone signed in. */
export async function peopleDirectory({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: DirectoryQuery;
}): Promise<DirectoryAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const query = input.query?.trim();
  const found = await db
    .select({ id: people.id, name: people.name, jobTitle: people.jobTitle })
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        eq(people.active, true),
        query ? ilike(people.name, likePattern(query)) : undefined,
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(DIRECTORY_LIMIT);
  const ids = found.map((p) => p.id);
  const rows = ids.length
    ? await db
        .selectDistinct({ personId: memberships.personId, unitName: units.name })
        .from(memberships)
        .innerJoin(units, and(eq(units.orgId, memberships.orgId), eq(units.id, memberships.unitId)))
        .where(and(eq(memberships.orgId, orgId), inArray(memberships.personId, ids)))
        .orderBy(asc(memberships.personId), asc(units.name))
    : [];
  const unitsOf = new Map<string, string[]>();
  for (const r of rows) unitsOf.set(r.personId, [...(unitsOf.get(r.personId) ?? []), r.unitName]);
  return { people: found.map((p) => ({ ...p, units: unitsOf.get(p.id) ?? [] })) };
}
