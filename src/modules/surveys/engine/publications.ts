import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { units } from '../../org/schema.js';
import { surveyUnitResults } from '../schema.js';
import { publishRound, type Published, type TreeUnit } from './publish.js';

/*
 * Publishing (publish.ts) weighs every group of the tree against every other: about half a second of
 * CPU for 2,500 units, and a unit's page publishes its round and each round of its trend. Its inputs
 * are the round's thresholds, the answers counted per unit (fixed once the round is sealed, ADR 0022)
 * and the unit tree as it is now. So a publication is kept per round and per fingerprint of the
 * tree, which the database computes from every unit and its parent in one cheap statement: a unit
 * moved, added or removed — by any writer, in any process — is another fingerprint, and the next
 * request publishes again. Nothing has to remember to announce a change of the tree.
 */

/** The organisation's tree as a page meets it: its fingerprint now, the units only if it must publish. */
export interface OrgTree {
  key: string;
  units: () => Promise<{ key: string; units: TreeUnit[] }>;
}

// Order-free: each unit hashed with its parent and summed (numeric, no overflow), with the count.
const unitHash = sql`hashtextextended(${units.id}::text || '>' || coalesce(${units.parentId}::text, ''), 0)`;
const fingerprint = sql<string>`count(*) || ':' || coalesce(sum(${unitHash}), 0)`;
const fingerprintOfEachRow = sql<string>`count(*) over () || ':' || coalesce(sum(${unitHash}) over (), 0)`;

/** The tree's fingerprint, and its units read (once) with the fingerprint of the same snapshot. */
export async function orgTree(db: Db, orgId: string): Promise<OrgTree> {
  const [row] = await db.select({ key: fingerprint }).from(units).where(eq(units.orgId, orgId));
  let loaded: Promise<{ key: string; units: TreeUnit[] }> | null = null;
  return { key: row!.key, units: () => (loaded ??= treeWithKey(db, orgId)) };
}

/** The tree with names (for a page that names every group), with its fingerprint from the same statement. */
export async function namedTree(db: Db, orgId: string) {
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      parentId: units.parentId,
      key: fingerprintOfEachRow,
    })
    .from(units)
    .where(eq(units.orgId, orgId));
  const key = rows[0]?.key ?? '0:0';
  const tree: OrgTree = { key, units: async () => ({ key, units: rows }) };
  return { tree, names: new Map(rows.map((u) => [u.id, u.name])) };
}

async function treeWithKey(db: Db, orgId: string) {
  return (await namedTree(db, orgId)).tree.units();
}

export interface PublicationInput {
  id: string;
  orgId: string;
  threshold: number | null;
  commentThreshold: number | null;
  totals: { respondents: number } | null;
}

// Promises, so requests arriving together while a round is published wait for the one publication.
const publications = new Map<string, Promise<Published>>();
const PUBLICATIONS_KEPT = 64;

const keyOf = (round: PublicationInput, treeKey: string) =>
  `${round.id}|${round.threshold ?? 5}|${round.commentThreshold ?? 10}|${round.totals?.respondents ?? ''}|${treeKey}`;

function keep(key: string, published: Promise<Published>) {
  if (publications.size >= PUBLICATIONS_KEPT) publications.delete(publications.keys().next().value!);
  publications.set(key, published);
}

/** The publication of a sealed round on the tree as it is now: kept, or made (and kept) from its stored counts. */
export function publicationOf(db: Db, round: PublicationInput, tree: OrgTree): Promise<Published> {
  const key = keyOf(round, tree.key);
  const kept = publications.get(key);
  if (kept) return kept;
  const made = publish(db, round, tree).then(({ treeKey, published }) => {
    // The tree changed between the fingerprint and reading it: keep it under the tree it was made from.
    if (treeKey !== tree.key) {
      if (publications.get(key) === made) publications.delete(key);
      keep(keyOf(round, treeKey), Promise.resolve(published));
    }
    return published;
  });
  made.catch(() => publications.get(key) === made && publications.delete(key));
  keep(key, made);
  return made;
}

async function publish(db: Db, round: PublicationInput, tree: OrgTree) {
  const counts = await db
    .select({ unitId: surveyUnitResults.unitId, n: surveyUnitResults.respondents })
    .from(surveyUnitResults)
    .where(
      and(
        eq(surveyUnitResults.orgId, round.orgId),
        eq(surveyUnitResults.roundId, round.id),
        gt(surveyUnitResults.respondents, 0),
      ),
    );
  const now = await tree.units();
  const published = publishRound(
    now.units,
    new Map(counts.map((c) => [c.unitId, c.n])),
    round.threshold ?? 5,
    round.commentThreshold ?? 10,
  );
  return { treeKey: now.key, published };
}
