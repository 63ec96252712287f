import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { ledSubtreeText } from '../../../server/policy/unit-leadership.js';
import { initiativesOfLedText, initiativesOfText } from '../../../server/policy/initiative-participants.js';
import { leadsAnyUnit } from '../../../server/policy/actor.js';
import { toInstant } from '../../../shared/answers.js';
import { localDay } from '../../../shared/time.js';
import { units } from '../../org/schema.js';
import { initiatives } from '../schema.js';
import { courseRows, participantRows, planLineRows } from '../records.js';
import type { InitiativeListAnswer, InitiativeSummary } from '../answers.js';

/**
 * The initiatives the actor stands in a relation to, newest first: those of the units they lead
 * (and below), those they take part in, and those in which someone they lead takes part.
 */
export async function initiativeSummaries(
  ctx: SignedInContext,
  options: { onlyMine?: boolean; unitId?: string } = {},
): Promise<InitiativeSummary[]> {
  const { db, actor } = ctx;
  const orgId = actor.orgId;
  const leads = !options.onlyMine && leadsAnyUnit(actor);
  const ledUnits = sql`(${ledSubtreeText.bound(orgId, actor.personId)})`;
  const rows = await db
    .select({
      id: initiatives.id,
      title: initiatives.title,
      status: initiatives.status,
      unitId: initiatives.unitId,
      unitName: units.name,
      ownerId: initiatives.ownerId,
      updatedAt: initiatives.updatedAt,
      owned: leads
        ? sql<boolean>`(${initiatives.ownerId} = ${actor.personId} or ${initiatives.unitId} in ${ledUnits})`
        : sql<boolean>`${initiatives.ownerId} = ${actor.personId}`,
    })
    .from(initiatives)
    .innerJoin(units, and(eq(units.orgId, initiatives.orgId), eq(units.id, initiatives.unitId)))
    .where(
      and(
        eq(initiatives.orgId, orgId),
        options.unitId ? eq(initiatives.unitId, options.unitId) : undefined,
        options.onlyMine
          ? sql`${initiatives.id} in (${initiativesOfText.bound(orgId, actor.personId)})`
          : or(
              eq(initiatives.ownerId, actor.personId),
              sql`${initiatives.id} in (${initiativesOfText.bound(orgId, actor.personId)})`,
              leads ? sql`${initiatives.unitId} in ${ledUnits}` : undefined,
              leads
                ? sql`${initiatives.id} in (${initiativesOfLedText.bound(orgId, actor.personId)})`
                : undefined,
            ),
      ),
    )
    .orderBy(desc(initiatives.updatedAt), asc(initiatives.id));
  const ids = rows.map((r) => r.id);
  const [participants, lines, courses] = await Promise.all([
    participantRows(db, orgId, ids),
    planLineRows(db, orgId, ids),
    courseRows(db, orgId, ids),
  ]);
  const today = localDay(ctx.now());
  return rows.map((r) => {
    const mine = participants.find((p) => p.initiativeId === r.id && p.personId === actor.personId);
    const next = lines
      .filter((l) => l.initiativeId === r.id && l.doneAt === null)
      .sort((a, b) => (a.startsOn ?? a.endsOn ?? '9999').localeCompare(b.startsOn ?? b.endsOn ?? '9999'))[0];
    const relation = r.owned ? 'owner' : mine ? 'participant' : 'leader';
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      unit: { id: r.unitId, name: r.unitName },
      relation,
      participantCount: participants.filter((p) => p.initiativeId === r.id).length,
      mine: mine
        ? {
            currentLevel: mine.currentLevel,
            targetLevel: mine.targetLevel,
            proposalStatus: mine.proposalStatus,
          }
        : null,
      nextStep: next ? { text: next.text, on: next.startsOn ?? next.endsOn } : null,
      missingFollowUps:
        relation === 'participant'
          ? 0
          : courses.filter((c) => c.initiativeId === r.id && c.followedUpAt === null && c.followUpOn < today)
              .length,
      updatedAt: toInstant(r.updatedAt),
    };
  });
}

/** GET /initiatives: the actor's initiatives and the units they may start one for. */
export async function listInitiatives({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId?: string | undefined };
}): Promise<InitiativeListAnswer> {
  const { db, actor } = ctx;
  const list = await initiativeSummaries(ctx, input.unitId ? { unitId: input.unitId } : {});
  const ledUnits = leadsAnyUnit(actor)
    ? await db
        .select({ id: units.id, name: units.name })
        .from(units)
        .where(
          and(
            eq(units.orgId, actor.orgId),
            sql`${units.id} in (${ledSubtreeText.bound(actor.orgId, actor.personId)})`,
          ),
        )
        .orderBy(asc(units.name), asc(units.id))
    : [];
  return { initiatives: list, units: ledUnits };
}

/** GET /initiatives/mine: the initiatives the signed-in person takes part in, with their levels. */
export async function myInitiatives({ ctx }: { ctx: SignedInContext }) {
  return { initiatives: await initiativeSummaries(ctx, { onlyMine: true }) };
}
