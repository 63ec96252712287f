import { and, asc, desc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { auditRecordRead } from '../../../server/policy/person-access.js';
import { addDays, localDay, startOfLocalDay } from '../../../shared/time.js';
import { units } from '../../org/schema.js';
import { licenceDefinitions, licences, practiceReviews } from '../schema.js';
import { mayReadPersonLicences } from '../access.js';
import { EXPIRY_WARNING_DAYS, licenceStatus } from '../constants.js';
import type { PersonLicencesAnswer } from '../answers.js';

/**
 * GET /licences/people/{personId}: a person's licences and those gained in a year (the start and
 * development pages, the year summary) — for the person and their nearest leader(s).
 */
export async function personLicences({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { personId: string; year?: number | undefined };
}): Promise<PersonLicencesAnswer> {
  const orgId = ctx.actor.orgId;
  if (!(await mayReadPersonLicences(ctx, input.personId))) throw notFound('No such person');
  await auditRecordRead(ctx, {
    action: 'licences.read',
    subjectPersonId: input.personId,
    entityType: 'person',
    entityId: input.personId,
  });
  const today = localDay(ctx.now());
  const held = await ctx.db
    .select({ licence: licences, task: licenceDefinitions.task, unitId: units.id, unitName: units.name })
    .from(licences)
    .innerJoin(
      licenceDefinitions,
      and(eq(licenceDefinitions.orgId, licences.orgId), eq(licenceDefinitions.id, licences.definitionId)),
    )
    .innerJoin(units, and(eq(units.orgId, licenceDefinitions.orgId), eq(units.id, licenceDefinitions.unitId)))
    .where(and(eq(licences.orgId, orgId), eq(licences.personId, input.personId)))
    .orderBy(asc(licenceDefinitions.task), asc(licences.id));
  const year = input.year ?? Number(today.slice(0, 4));
  const gained = await ctx.db
    .select({
      reviewId: practiceReviews.id,
      task: licenceDefinitions.task,
      level: practiceReviews.level,
      decidedAt: practiceReviews.decidedAt,
    })
    .from(practiceReviews)
    .innerJoin(
      licenceDefinitions,
      and(
        eq(licenceDefinitions.orgId, practiceReviews.orgId),
        eq(licenceDefinitions.id, practiceReviews.definitionId),
      ),
    )
    .where(
      and(
        eq(practiceReviews.orgId, orgId),
        eq(practiceReviews.personId, input.personId),
        eq(practiceReviews.decision, 'granted'),
        isNotNull(practiceReviews.decidedAt),
        gte(practiceReviews.decidedAt, startOfLocalDay(`${year}-01-01`)),
        sql`${practiceReviews.decidedAt} < ${startOfLocalDay(`${year + 1}-01-01`)}`,
      ),
    )
    .orderBy(desc(practiceReviews.decidedAt));
  return {
    licences: held.map((h) => {
      const expiresOn = h.licence.expiresOn ? String(h.licence.expiresOn) : null;
      return {
        id: h.licence.id,
        definition: { id: h.licence.definitionId, task: h.task, unit: { id: h.unitId, name: h.unitName } },
        level: h.licence.level,
        issuedOn: String(h.licence.issuedOn),
        expiresOn,
        status: licenceStatus(expiresOn, today),
      };
    }),
    gained: gained.map((g) => ({
      reviewId: g.reviewId,
      task: g.task,
      level: g.level!,
      decidedOn: localDay(new Date(g.decidedAt!)),
    })),
  };
}

/** A person's licences that expire within the warning window (the digest's reminder), soonest first. */
export async function licencesExpiringFor(
  db: Db,
  orgId: string,
  personId: string,
  today: string,
): Promise<{ id: string; task: string; level: 'C' | 'B' | 'A'; expiresOn: string }[]> {
  const rows = await db
    .select({
      id: licences.id,
      task: licenceDefinitions.task,
      level: licences.level,
      expiresOn: licences.expiresOn,
    })
    .from(licences)
    .innerJoin(
      licenceDefinitions,
      and(eq(licenceDefinitions.orgId, licences.orgId), eq(licenceDefinitions.id, licences.definitionId)),
    )
    .where(
      and(
        eq(licences.orgId, orgId),
        eq(licences.personId, personId),
        gte(licences.expiresOn, today),
        lte(licences.expiresOn, addDays(today, EXPIRY_WARNING_DAYS)),
      ),
    )
    .orderBy(asc(licences.expiresOn));
  return rows.map((r) => ({ ...r, expiresOn: String(r.expiresOn) }));
}
