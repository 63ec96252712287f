import type { UnitRow } from '../answers';

/** The flat unit list from the API, indexed for drawing the tree and picking units. */
export interface UnitTree {
  byId: Map<string, UnitRow>;
  /** Children per parent id; top-level units under the key null. Sorted by name. */
  children: Map<string | null, UnitRow[]>;
  roots: UnitRow[];
}

export function buildUnitTree(units: readonly UnitRow[], locale = 'da'): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, UnitRow[]>();
  for (const unit of units) {
    // A unit whose parent is not in the list (should not happen) is shown at the top, not lost.
    const key = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(key);
    if (list) list.push(unit);
    else children.set(key, [unit]);
  }
  const collator = new Intl.Collator(locale === 'da' ? 'da' : 'en');
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  return { byId, children, roots: children.get(null) ?? [] };
}

/** The names from the top of the tree down to the unit itself. */
export function unitPath(tree: UnitTree, id: string): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  let current = tree.byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId ? tree.byId.get(current.parentId) : undefined;
  }
  return names;
}

/** The unit and everything below it: where it cannot be moved to. */
export function unitAndDescendants(tree: UnitTree, id: string): Set<string> {
  const result = new Set<string>([id]);
  const queue = [id];
  while (queue.length) {
    const next = queue.pop()!;
    for (const child of tree.children.get(next) ?? []) {
      if (!result.has(child.id)) {
        result.add(child.id);
        queue.push(child.id);
      }
    }
  }
  return result;
}

/** Every unit in tree order (parents before their children), with its depth. */
export function flattenTree(tree: UnitTree): { unit: UnitRow; depth: number }[] {
  const out: { unit: UnitRow; depth: number }[] = [];
  const visit = (list: UnitRow[], depth: number) => {
    for (const unit of list) {
      out.push({ unit, depth });
      visit(tree.children.get(unit.id) ?? [], depth + 1);
    }
  };
  visit(tree.roots, 0);
  return out;
}

/** Ids of the units whose name matches, plus their ancestors so the matches can be shown open. */
export function matchingUnits(tree: UnitTree, query: string): { matches: Set<string>; open: Set<string> } {
  const needle = query.trim().toLocaleLowerCase();
  const matches = new Set<string>();
  const open = new Set<string>();
  if (!needle) return { matches, open };
  for (const unit of tree.byId.values()) {
    const hit =
      unit.name.toLocaleLowerCase().includes(needle) || unit.externalId?.toLocaleLowerCase() === needle;
    if (!hit) continue;
    matches.add(unit.id);
    let parent = unit.parentId ? tree.byId.get(unit.parentId) : undefined;
    while (parent && !open.has(parent.id)) {
      open.add(parent.id);
      parent = parent.parentId ? tree.byId.get(parent.parentId) : undefined;
    }
  }
  return { matches, open };
}
