import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { unitWithAncestorsText } from '../../../server/policy/unit-tree.js';
import { localDay } from '../../../shared/time.js';
import { initiativeRefs } from '../initiative-link.js';
import { licenceDefinitions, licences, taskAssignments } from '../schema.js';
import { boardAccess } from '../access.js';
import { unitPeople, unitRef } from '../records.js';
import { levelRank, licenceStatus } from '../constants.js';
import type { BoardAnswer } from '../answers.js';

/**
 * GET /licence-boards/{unitId}: the department's wall — its people × the licences defined for it
 * (or for a unit above), with level and status, and where it is short of holders. Holders and
 * levels only: review notes stay with the person, their nearest leader and the reviewer.
 */
export async function getBoard({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<BoardAnswer> {
  const orgId = ctx.actor.orgId;
  const access = await boardAccess(ctx, input.unitId);
  if (!access.read) throw notFound('No such unit');
  const today = localDay(ctx.now());
  const definitions = await ctx.db
    .select()
    .from(licenceDefinitions)
    .where(
      and(
        eq(licenceDefinitions.orgId, orgId),
        sql`${licenceDefinitions.unitId} in (select id from (${unitWithAncestorsText.bound(orgId, input.unitId)}) anc)`,
      ),
    )
    .orderBy(asc(licenceDefinitions.task), asc(licenceDefinitions.id));
  const linked = await initiativeRefs(
    ctx.db,
    orgId,
    definitions.map((d) => d.initiativeId),
  );
  const persons = await unitPeople(ctx.db, orgId, input.unitId);
  const defIds = definitions.map((d) => d.id);
  const personIds = persons.map((p) => p.id);
  const held =
    defIds.length && personIds.length
      ? await ctx.db
          .select()
          .from(licences)
          .where(
            and(
              eq(licences.orgId, orgId),
              inArray(licences.definitionId, defIds),
              inArray(licences.personId, personIds),
            ),
          )
      : [];
  const assigned =
    defIds.length && personIds.length
      ? await ctx.db
          .select({ definitionId: taskAssignments.definitionId, personId: taskAssignments.personId })
          .from(taskAssignments)
          .where(
            and(
              eq(taskAssignments.orgId, orgId),
              inArray(taskAssignments.definitionId, defIds),
              inArray(taskAssignments.personId, personIds),
            ),
          )
      : [];
  const byKey = new Map(held.map((l) => [`${l.definitionId}:${l.personId}`, l]));
  const assignedKeys = new Set(assigned.map((a) => `${a.definitionId}:${a.personId}`));
  return {
    unit: await unitRef(ctx.db, orgId, input.unitId),
    today,
    definitions: definitions.map((d) => {
      const holders = held.filter(
        (l) =>
          l.definitionId === d.id &&
          licenceStatus(l.expiresOn ? String(l.expiresOn) : null, today) !== 'expired' &&
          (!d.requiredLevel || levelRank(l.level) >= levelRank(d.requiredLevel)),
      ).length;
      return {
        id: d.id,
        task: d.task,
        initiative: (d.initiativeId && linked.get(d.initiativeId)) || null,
        requiredLevel: d.requiredLevel,
        belowRequired: d.belowRequired,
        neededHolders: d.neededHolders,
        holders,
        short: Math.max(0, (d.neededHolders ?? 0) - holders),
      };
    }),
    people: persons.map((p) => ({
      ...p,
      cells: definitions.map((d) => {
        const l = byKey.get(`${d.id}:${p.id}`);
        const expiresOn = l?.expiresOn ? String(l.expiresOn) : null;
        return {
          definitionId: d.id,
          level: l?.level ?? null,
          expiresOn,
          status: l ? licenceStatus(expiresOn, today) : null,
          assigned: assignedKeys.has(`${d.id}:${p.id}`),
        };
      }),
    })),
    can: { assign: access.assign },
  };
}
