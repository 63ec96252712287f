/**
 * Where a unit's survey answers are shown (PRODUCT.md "Who may see what", issue 13 "Anonymity
 * that holds"): small units are not hidden but counted in the nearest unit above that reaches
 * the threshold, and the page says so.
 *
 * Walking the tree from the leaves up, a unit collects its own respondents and those its
 * children could not show; once the collection reaches the threshold it becomes one shown group
 * named for that unit. Groups are disjoint by construction, so no two of them can be subtracted
 * from each other. What is left at the top below the threshold is shown nowhere. A page that
 * also shows totals over subtrees must check those groups together with these (see
 * anonymity-overlap.ts).
 */

export interface UnitCount {
  id: string;
  /** null, or an id not in the list, makes the unit a top of the tree given. */
  parentId: string | null;
  respondents: number;
}

export type UnitPlacement =
  /** The unit's group is shown under its own name (it may hold smaller units rolled into it). */
  | { unitId: string; respondents: number; placement: 'own' }
  /** The unit's answers count in the group of `into`, an ancestor. */
  | { unitId: string; respondents: number; placement: 'rolled_up'; into: string }
  /** Not enough answers even at the top: shown nowhere. */
  | { unitId: string; respondents: number; placement: 'hidden' }
  /** No answers of its own and no group to host. */
  | { unitId: string; respondents: 0; placement: 'no_answers' };

export interface RolledUpGroup {
  /** The unit the group is shown as. */
  unitId: string;
  respondents: number;
  /** Units whose answers the group holds besides its own, so the page can name them. */
  rolledUp: string[];
}

export interface RollUp {
  placements: Map<string, UnitPlacement>;
  groups: RolledUpGroup[];
}

export function rollUpSmallUnits(units: readonly UnitCount[], threshold: number): RollUp {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`The threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  const byId = new Map<string, UnitCount>();
  for (const unit of units) {
    if (byId.has(unit.id)) throw new RangeError(`Unit ${unit.id} is listed twice`);
    if (!Number.isInteger(unit.respondents) || unit.respondents < 0) {
      throw new RangeError(
        `Unit ${unit.id} has ${unit.respondents} respondents; a count is a whole number ≥ 0`,
      );
    }
    byId.set(unit.id, unit);
  }
  const children = new Map<string, UnitCount[]>();
  const tops: UnitCount[] = [];
  for (const unit of units) {
    if (unit.parentId !== null && byId.has(unit.parentId)) {
      const list = children.get(unit.parentId) ?? [];
      list.push(unit);
      children.set(unit.parentId, list);
    } else tops.push(unit);
  }

  const placements = new Map<string, UnitPlacement>();
  const groups: RolledUpGroup[] = [];
  const visited = new Set<string>();

  /** Places what reaches the threshold at or below `unit`, and hands the rest up. */
  const collect = (unit: UnitCount): UnitCount[] => {
    visited.add(unit.id);
    const waiting = (children.get(unit.id) ?? []).flatMap(collect);
    if (unit.respondents > 0) waiting.unshift(unit);
    const total = waiting.reduce((sum, u) => sum + u.respondents, 0);
    if (total < threshold || total === 0) return waiting;
    const rolledUp = waiting.filter((u) => u.id !== unit.id);
    groups.push({ unitId: unit.id, respondents: total, rolledUp: rolledUp.map((u) => u.id) });
    placements.set(unit.id, { unitId: unit.id, respondents: unit.respondents, placement: 'own' });
    for (const u of rolledUp) {
      placements.set(u.id, {
        unitId: u.id,
        respondents: u.respondents,
        placement: 'rolled_up',
        into: unit.id,
      });
    }
    return [];
  };

  for (const top of tops) {
    for (const u of collect(top)) {
      placements.set(u.id, { unitId: u.id, respondents: u.respondents, placement: 'hidden' });
    }
  }
  for (const unit of units) {
    // A unit never reached from a top sits on a cycle: the tree is broken, not merely small.
    if (!visited.has(unit.id)) throw new RangeError(`Unit ${unit.id} is part of a cycle in the unit tree`);
    if (!placements.has(unit.id)) {
      placements.set(unit.id, { unitId: unit.id, respondents: 0, placement: 'no_answers' });
    }
  }
  return { placements, groups };
}
