import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { dataVersionKey, inTransaction } from '../../../server/db/data-versions.js';
import { units } from '../../org/schema.js';
import { surveyUnitResults } from '../schema.js';
import { publishRound, type Published, type TreeUnit } from './publish.js';

/*
 * Publishing (publish.ts) weighs every group of the tree against every other: about half a second of
 * CPU for 2,500 units, and a unit's page publishes its round and each round of its trend. Its inputs
 * are the round's thresholds, the answers counted per unit (fixed once the round is sealed, ADR 0022)
 * and the unit tree as it is now. So a publication is kept per round and per version of the tree:
 * the organisation's counter of `units`, which the database itself raises in the transaction of any
 * statement that writes a unit (data-versions-schema.ts) — a unit moved, added, renamed or removed,
 * by any writer in any process, is another key, and the next request publishes again. Nothing has
 * to remember to announce a change of the tree, and the key is one row read by its primary key.
 */

/** The organisation's tree as a page meets it: its version now, the units only if it must publish. */
export interface OrgTree {
  /** The `units` counter; null inside a transaction, where nothing is kept (data-versions.ts). */
  key: string | null;
  units: () => Promise<TreeUnit[]>;
}

/** The tree's version now; its units are read (once, after the version) only if a round must be published. */
export async function orgTree(db: Db, orgId: string): Promise<OrgTree> {
  const key = inTransaction(db) ? null : await dataVersionKey(db, orgId, ['units']);
  let loaded: Promise<TreeUnit[]> | null = null;
  return { key, units: () => (loaded ??= unitTree(db, orgId)) };
}

/** The tree with names (for a page that names every group), read after its version. */
export async function namedTree(db: Db, orgId: string) {
  const key = inTransaction(db) ? null : await dataVersionKey(db, orgId, ['units']);
  const rows = await unitTree(db, orgId);
  const tree: OrgTree = { key, units: async () => rows };
  return { tree, names: new Map(rows.map((u) => [u.id, u.name])) };
}

const unitTree = (db: Db, orgId: string) =>
  db
    .select({ id: units.id, name: units.name, parentId: units.parentId })
    .from(units)
    .where(eq(units.orgId, orgId));

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

/**
 * The publication of a sealed round on the tree as it is now: kept, or made (and kept) from its stored
 * counts. The tree is read after its version, so a publication is never kept under a newer version
 * than the tree it was made from.
 */
export function publicationOf(db: Db, round: PublicationInput, tree: OrgTree): Promise<Published> {
  if (tree.key === null) return publish(db, round, tree);
  const key = keyOf(round, tree.key);
  const kept = publications.get(key);
  if (kept) return kept;
  const made = publish(db, round, tree);
  made.catch(() => publications.get(key) === made && publications.delete(key));
  if (publications.size >= PUBLICATIONS_KEPT) publications.delete(publications.keys().next().value!);
  publications.set(key, made);
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
  return publishRound(
    await tree.units(),
    new Map(counts.map((c) => [c.unitId, c.n])),
    round.threshold ?? 5,
    round.commentThreshold ?? 10,
  );
}
