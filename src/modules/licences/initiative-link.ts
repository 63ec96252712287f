import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import { invalid } from '../../server/http/errors.js';
import { unitWithAncestors } from '../../server/policy/unit-tree.js';
import { initiatives } from '../competence/schema.js';
import type { Ref } from '../../shared/answers.js';

// A licence may belong to the competence initiative whose task it certifies (issue 11): the
// initiative behind a licence is shown on the licence and its board, and an initiative lists its
// licences. The link is a column here, read through competence's table, so neither module calls
// the other at run time.

/**
 * Refuses a link to an initiative of another organisation, or of a unit that is neither the
 * licence's unit nor above it (an area's initiative may give licences to its departments).
 */
export async function checkInitiativeLink(
  db: Db,
  orgId: string,
  unitId: string,
  initiativeId: string | null | undefined,
): Promise<void> {
  if (!initiativeId) return;
  const [found] = await db
    .select({ unitId: initiatives.unitId })
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), eq(initiatives.id, initiativeId)));
  const chain = found ? await unitWithAncestors(db, orgId, unitId) : [];
  if (!found || !chain.some((u) => u.id === found.unitId))
    throw invalid('The initiative must belong to the licence’s unit or a unit above it', undefined, [
      { path: 'initiativeId', message: 'Choose an initiative of this unit or the units above it' },
    ]);
}

/** The titles of the initiatives behind some licences, by id (as refs: id and name). */
export async function initiativeRefs(
  db: Db,
  orgId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, Ref>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: initiatives.id, name: initiatives.title })
    .from(initiatives)
    .where(and(eq(initiatives.orgId, orgId), inArray(initiatives.id, wanted)));
  return new Map(rows.map((r) => [r.id, r]));
}
