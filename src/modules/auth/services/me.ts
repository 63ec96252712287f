import { and, eq, inArray } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { isAdmin, isOrgAdmin, leadsAnyUnit, readsAggregates } from '../../../server/policy/actor.js';
import { organisations, people, units } from '../../org/schema.js';
import type { Me } from '../answers.js';

export async function getMe({ ctx }: { ctx: SignedInContext }): Promise<Me> {
  const { actor, db } = ctx;
  const [row] = await db
    .select({ person: people, org: organisations })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.orgId))
    .where(and(eq(people.orgId, actor.orgId), eq(people.id, actor.personId)));
  if (!row) throw notFound();
  const unitRows = actor.memberships.length
    ? await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(
          and(
            eq(units.orgId, actor.orgId),
            inArray(units.id, [...new Set(actor.memberships.map((m) => m.unitId))]),
          ),
        )
    : [];
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  return {
    person: {
      id: row.person.id,
      name: row.person.name,
      email: row.person.email,
      locale: row.person.locale,
      jobTitle: row.person.jobTitle,
    },
    organisation: {
      id: row.org.id,
      name: row.org.name,
      slug: row.org.slug,
      accessibilityUrl: row.org.accessibilityUrl,
    },
    memberships: actor.memberships.map((m) => ({ ...m, unitName: unitName.get(m.unitId) ?? '' })),
    abilities: {
      administer: isAdmin(actor),
      manageOrganisation: isOrgAdmin(actor),
      lead: leadsAnyUnit(actor),
      viewOutbox: ctx.config.showOutbox && isOrgAdmin(actor),
      readCoverage: readsAggregates(actor),
    },
  };
}
