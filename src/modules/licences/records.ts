import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { notFound } from '../../server/http/errors.js';
import { taskReviewersText } from '../../server/policy/task-reviewers.js';
import { unitPeopleText } from '../../server/policy/unit-people.js';
import { people, units } from '../org/schema.js';
import { toInstant, type Ref } from '../../shared/answers.js';
import { definitionAccess, type DefinitionAccess } from './access.js';
import { licenceDefinitions, practiceReviews } from './schema.js';
import type { LicenceDefinition, ListedReview } from './answers.js';

// Loading and presenting licence definitions and reviews, shared by the services.

export type DefinitionRow = typeof licenceDefinitions.$inferSelect;
export type ReviewRow = typeof practiceReviews.$inferSelect;

export async function loadDefinition(db: Db, orgId: string, id: string): Promise<DefinitionRow | undefined> {
  const [row] = await db
    .select()
    .from(licenceDefinitions)
    .where(and(eq(licenceDefinitions.orgId, orgId), eq(licenceDefinitions.id, id)));
  return row;
}

/** The definition and how the actor stands to it; 404 unless they may read it. */
export async function loadDefinitionFor(
  ctx: SignedInContext,
  id: string,
): Promise<{ definition: DefinitionRow; access: DefinitionAccess }> {
  const definition = await loadDefinition(ctx.db, ctx.actor.orgId, id);
  if (!definition) throw notFound('No such licence');
  const access = await definitionAccess(ctx, definition.unitId);
  if (!access.read) throw notFound('No such licence');
  return { definition, access };
}

export async function unitRef(db: Db, orgId: string, unitId: string): Promise<Ref> {
  const [u] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.orgId, orgId), eq(units.id, unitId)));
  return u ?? { id: unitId, name: '' };
}

export function presentDefinition(
  row: DefinitionRow,
  unit: Ref,
  access: Pick<DefinitionAccess, 'edit' | 'review'>,
  initiatives: ReadonlyMap<string, Ref> = new Map(),
): LicenceDefinition {
  return {
    id: row.id,
    unit,
    initiativeId: row.initiativeId,
    initiative: (row.initiativeId && initiatives.get(row.initiativeId)) || null,
    task: row.task,
    description: row.description,
    meanings: { C: row.meaningC, B: row.meaningB, A: row.meaningA },
    requiredLevel: row.requiredLevel,
    belowRequired: row.belowRequired,
    neededHolders: row.neededHolders,
    validityMonths: row.validityMonths,
    version: row.version,
    can: { edit: access.edit, review: access.review },
  };
}

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** The active people of a unit and the units below it, by name: who can hold its licences. */
export async function unitPeople(db: Db, orgId: string, unitId: string): Promise<Ref[]> {
  return rows<Ref>(
    await db.execute(sql`select p.id, p.name from people p
      where p.org_id = ${orgId} and p.active and p.id in (${unitPeopleText.bound(orgId, unitId)})
      order by p.name, p.id`),
  );
}

/** The active people who may review for the unit's tasks, by name. */
export async function unitReviewers(db: Db, orgId: string, unitId: string): Promise<Ref[]> {
  return rows<Ref>(
    await db.execute(sql`select p.id, p.name from people p
      where p.org_id = ${orgId} and p.active and p.id in (${taskReviewersText.bound(orgId, unitId)})
      order by p.name, p.id`),
  );
}

export async function personRef(db: Db, orgId: string, personId: string): Promise<Ref | undefined> {
  const [p] = await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  return p;
}

/** The reviews of a definition as listed (no notes), oldest first. */
export async function listedReviews(
  db: Db,
  orgId: string,
  definitionId: string,
): Promise<(ListedReview & { personId: string; reviewerId: string })[]> {
  const found = rows<{
    id: string;
    person_id: string;
    person_name: string;
    reviewer_id: string;
    reviewer_name: string;
    starts_at: string;
    decision: ListedReview['decision'];
    level: ListedReview['level'];
  }>(
    await db.execute(sql`select r.id, r.person_id, sp.name as person_name, r.reviewer_id, rp.name as reviewer_name,
        r.starts_at, r.decision, r.level
      from practice_reviews r
      join people sp on sp.org_id = r.org_id and sp.id = r.person_id
      join people rp on rp.org_id = r.org_id and rp.id = r.reviewer_id
      where r.org_id = ${orgId} and r.definition_id = ${definitionId}
      order by r.starts_at, r.id`),
  );
  return found.map((r) => ({
    id: r.id,
    personId: r.person_id,
    reviewerId: r.reviewer_id,
    person: { id: r.person_id, name: r.person_name },
    reviewer: { id: r.reviewer_id, name: r.reviewer_name },
    startsAt: toInstant(new Date(r.starts_at)),
    decision: r.decision,
    level: r.level,
  }));
}
