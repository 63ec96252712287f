import type { SignedInContext } from '../../../server/http/context.js';
import { notFound } from '../../../server/http/errors.js';
import { localDay } from '../../../shared/time.js';
import { boardStatement } from '../board-statement.js';
import { levelRank, licenceStatus } from '../constants.js';
import type { BoardAnswer } from '../answers.js';

/**
 * GET /licence-boards/{unitId}: the department's wall — its people × the licences defined for it
 * (or for a unit above), with level and status, and where it is short of holders. Holders and
 * levels only: review notes stay with the person, their nearest leader and the reviewer. One
 * prepared statement reads it (board-statement.ts); a test holds its access to boardAccess's.
 */
export async function getBoard({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: { unitId: string };
}): Promise<BoardAnswer> {
  const { actor } = ctx;
  const [row] = await boardStatement(ctx.db, [actor.orgId, input.unitId, actor.personId]);
  if (!row) throw notFound('No such unit');
  const today = localDay(ctx.now());
  const byKey = new Map(row.licences.map(([d, p, level, expiresOn]) => [`${d}:${p}`, { level, expiresOn }]));
  const assignedKeys = new Set(row.assignments.map(([d, p]) => `${d}:${p}`));
  return {
    unit: row.unit,
    today,
    definitions: row.definitions.map((d) => {
      const holders = row.licences.filter(
        ([definitionId, , level, expiresOn]) =>
          definitionId === d.id &&
          licenceStatus(expiresOn, today) !== 'expired' &&
          (!d.requiredLevel || levelRank(level) >= levelRank(d.requiredLevel)),
      ).length;
      return { ...d, holders, short: Math.max(0, (d.neededHolders ?? 0) - holders) };
    }),
    people: row.people.map((p) => ({
      ...p,
      cells: row.definitions.map((d) => {
        const l = byKey.get(`${d.id}:${p.id}`);
        return {
          definitionId: d.id,
          level: l?.level ?? null,
          expiresOn: l?.expiresOn ?? null,
          status: l ? licenceStatus(l.expiresOn, today) : null,
          assigned: assignedKeys.has(`${d.id}:${p.id}`),
        };
      }),
    })),
    can: { assign: row.assign },
  };
}
