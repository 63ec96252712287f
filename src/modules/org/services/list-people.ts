import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden } from '../../../server/http/errors.js';
import { isAdmin, leadsAnyUnit } from '../../../server/policy/actor.js';
import { peopleLedBy } from '../../../server/policy/nearest-leaders.js';
import { memberships, people, units } from '../schema.js';
import { likePattern } from '../records.js';
import type { ListPeopleQuery } from '../validation.js';
import type { PeopleListAnswer } from '../answers.js';

/**
 * Names always; email addresses when the search looks like one, employee numbers when it holds a
 * digit. Each extra ILIKE column costs a full pass over 50,000 rows for the total count.
 */
function searchCondition(query: string | undefined): SQL | undefined {
  if (!query) return undefined;
  const pattern = likePattern(query);
  return or(
    ilike(people.name, pattern),
    /[@.]/.test(query) ? ilike(people.email, pattern) : undefined,
    /\d/.test(query) ? ilike(people.employeeNumber, pattern) : undefined,
  );
}

/** People with their contact details: admins see everyone, leaders the people they lead. */
export async function listPeople({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: ListPeopleQuery;
}): Promise<PeopleListAnswer> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  let scope: SQL | undefined;
  if (!isAdmin(actor)) {
    if (!leadsAnyUnit(actor)) throw forbidden('Only leaders, HR and administrators see this list');
    // A leader leads tens of people, so resolving them once beats repeating the tree walk in both queries.
    const led = await peopleLedBy(db, orgId, actor.personId);
    if (led.length === 0) return { people: [], total: 0 };
    scope = inArray(people.id, led);
  }
  const where = and(
    eq(people.orgId, orgId),
    scope,
    input.includeInactive ? undefined : eq(people.active, true),
    searchCondition(input.query?.trim()),
    input.unitId || input.role
      ? sql`exists (select 1 from memberships fm where fm.org_id = ${orgId} and fm.person_id = ${people.id}
          ${input.unitId ? sql`and fm.unit_id = ${input.unitId}` : sql``}
          ${input.role ? sql`and fm.role = ${input.role}` : sql``})`
      : undefined,
  );
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(where);
  const page = await db
    .select({
      id: people.id,
      name: people.name,
      jobTitle: people.jobTitle,
      email: people.email,
      employeeNumber: people.employeeNumber,
      active: people.active,
    })
    .from(people)
    .where(where)
    .orderBy(asc(people.name), asc(people.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
  const ids = page.map((p) => p.id);
  const rows = ids.length
    ? await db
        .select({
          personId: memberships.personId,
          unitId: memberships.unitId,
          unitName: units.name,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(units, and(eq(units.orgId, memberships.orgId), eq(units.id, memberships.unitId)))
        .where(and(eq(memberships.orgId, orgId), inArray(memberships.personId, ids)))
        .orderBy(asc(units.name), asc(memberships.role))
    : [];
  const byPerson = new Map<
    string,
    { unitId: string; unitName: string; role: (typeof rows)[number]['role'] }[]
  >();
  for (const { personId, ...m } of rows) byPerson.set(personId, [...(byPerson.get(personId) ?? []), m]);
  return {
    people: page.map((p) => ({ ...p, memberships: byPerson.get(p.id) ?? [] })),
    total: counted?.n ?? 0,
  };
}
