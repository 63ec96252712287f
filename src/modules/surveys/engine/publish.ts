import { checkDisclosure, rollUpSmallUnits, type GroupSpec } from '../../../shared/stats/index.js';

/*
 * Which groups of a closed round may be shown, decided once per round so every page, filter and
 * export reads from the same checked set (issue 13 "Anonymity that holds"):
 *  1. small units roll up into the nearest unit above that reaches the threshold (rollUpSmallUnits);
 *  2. those groups and the organisation's total are checked together for subtraction
 *     (checkDisclosure); what it proposes to leave out is withheld, and the page says so;
 *  3. comments: the groups shown that reach the (higher) comment threshold, checked again with it.
 * A page may show fewer of these groups (a leader sees their part of the tree), never others.
 */

export const ORGANISATION = '*';

export interface TreeUnit {
  id: string;
  parentId: string | null;
}

export interface PublishedGroup {
  /** The unit the group is shown as, or ORGANISATION for everyone who answered the round. */
  id: string;
  respondents: number;
  /** The units whose answers the group holds. */
  units: string[];
  rolledUp: string[];
  comments: boolean;
}

export type UnitPlace =
  | { placement: 'own' | 'withheld'; into: null }
  | { placement: 'rolled_up'; into: string }
  | { placement: 'hidden' | 'no_answers'; into: null };

export interface Published {
  groups: PublishedGroup[];
  /** The organisation's total, when it may be shown. */
  organisation: PublishedGroup | null;
  places: Map<string, UnitPlace>;
}

export function publishRound(
  tree: readonly TreeUnit[],
  respondentsByUnit: ReadonlyMap<string, number>,
  threshold: number,
  commentThreshold: number,
): Published {
  const roll = rollUpSmallUnits(
    tree.map((u) => ({ id: u.id, parentId: u.parentId, respondents: respondentsByUnit.get(u.id) ?? 0 })),
    threshold,
  );
  const answered = tree.filter((u) => (respondentsByUnit.get(u.id) ?? 0) > 0).map((u) => u.id);
  const total = answered.reduce((sum, u) => sum + respondentsByUnit.get(u)!, 0);
  const candidates: PublishedGroup[] = roll.groups.map((g) => ({
    id: g.unitId,
    respondents: g.respondents,
    units: [g.unitId, ...g.rolledUp].filter((u) => (respondentsByUnit.get(u) ?? 0) > 0),
    rolledUp: g.rolledUp,
    comments: false,
  }));
  // The organisation's total is one more group on the page; a unit group identical to it adds nothing.
  if (total >= threshold) {
    candidates.push({ id: ORGANISATION, respondents: total, units: answered, rolledUp: [], comments: false });
  }
  const weights = new Map(answered.map((u) => [u, respondentsByUnit.get(u)!]));
  const specs = (groups: PublishedGroup[]): GroupSpec[] =>
    groups.map((g) => ({ id: g.id, members: g.units }));
  const withheld = new Set(checkDisclosure(specs(candidates), threshold, weights).suppress);
  const shown = candidates.filter((g) => !withheld.has(g.id));
  // No page shows the organisation's comments, so only unit groups are weighed for them.
  const commentCandidates = shown.filter((g) => g.id !== ORGANISATION && g.respondents >= commentThreshold);
  const noComments = new Set(checkDisclosure(specs(commentCandidates), commentThreshold, weights).suppress);
  for (const g of commentCandidates) g.comments = !noComments.has(g.id);

  const places = new Map<string, UnitPlace>();
  for (const [unitId, p] of roll.placements) {
    if (p.placement === 'rolled_up') {
      places.set(
        unitId,
        withheld.has(p.into) ? { placement: 'withheld', into: null } : { ...p, into: p.into },
      );
    } else if (p.placement === 'own') {
      places.set(unitId, { placement: withheld.has(unitId) ? 'withheld' : 'own', into: null });
    } else places.set(unitId, { placement: p.placement, into: null });
  }
  return {
    groups: shown.filter((g) => g.id !== ORGANISATION),
    organisation: shown.find((g) => g.id === ORGANISATION) ?? null,
    places,
  };
}

/** The shown group that holds a unit's answers, if any. */
export function groupOfUnit(published: Published, unitId: string): PublishedGroup | null {
  const place = published.places.get(unitId);
  if (!place) return null;
  const groupId = place.placement === 'own' ? unitId : place.placement === 'rolled_up' ? place.into : null;
  return published.groups.find((g) => g.id === groupId) ?? null;
}
