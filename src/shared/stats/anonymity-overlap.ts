/**
 * Can a group below the threshold be derived by subtraction from the groups a page shows?
 * (issue 13: "no result, filter combination or pair of overlapping groups lets anyone derive a
 * group below the threshold by subtraction").
 *
 * A group is a set of members — respondent ids (one each) or cells with a respondent count
 * (units, or unit × attribute for filter combinations). Three kinds of derivation are checked:
 *  1. a shown group itself below the threshold;
 *  2. any two overlapping groups: what one has and the other lacks (A − B when B lies inside A;
 *     A \ B for a partial overlap, the conservative reading);
 *  3. a group minus several disjoint groups inside it (a unit's total minus all its shown
 *     sub-units leaves its own staff) — searched over the largest groups inside it.
 * A derived set of zero respondents reveals nothing; one of 1 … threshold − 1 is a finding.
 * For groups that nest like a tree (units, or one filter at a time) these three cover every
 * subtraction. Combinations of three or more partly overlapping groups beyond (3) are not
 * searched: keep filters to one attribute on top of units that reach the threshold.
 *
 * The threshold is a parameter, so comments use their own (higher) one.
 */

export interface GroupSpec {
  id: string;
  members: readonly string[];
}

export interface DisclosureFinding {
  /** The group the subtraction starts from … */
  group: string;
  /** … the groups subtracted from it (none: the group itself is too small) … */
  minus: string[];
  /** … and how many respondents that isolates. */
  respondents: number;
}

export interface DisclosureCheck {
  safe: boolean;
  findings: DisclosureFinding[];
  /** Groups to leave out (or merge into a larger one) so that the rest is safe; smallest first, greedily. */
  suppress: string[];
}

interface Prepared {
  id: string;
  members: Set<string>;
  weight: number;
}

function prepare(groups: readonly GroupSpec[], weights: ReadonlyMap<string, number> | undefined): Prepared[] {
  const ids = new Set<string>();
  return groups.map((group) => {
    if (ids.has(group.id)) throw new RangeError(`Group ${group.id} is listed twice`);
    ids.add(group.id);
    const members = new Set(group.members);
    let weight = 0;
    for (const member of members) {
      const w = weights ? weights.get(member) : 1;
      if (w === undefined) throw new RangeError(`No respondent count for ${member} (group ${group.id})`);
      if (!Number.isInteger(w) || w < 0) throw new RangeError(`${member} has ${w} respondents`);
      weight += w;
    }
    return { id: group.id, members, weight };
  });
}

/** Shared members and shared respondents of every overlapping pair, via who is in which group. */
function overlaps(groups: Prepared[], weightOf: (member: string) => number) {
  const inGroups = new Map<string, number[]>();
  groups.forEach((group, i) => {
    for (const m of group.members) {
      const list = inGroups.get(m) ?? [];
      list.push(i);
      inGroups.set(m, list);
    }
  });
  const shared = new Map<number, { members: number; weight: number }>();
  for (const [member, list] of inGroups) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const key = list[a]! * groups.length + list[b]!;
        const entry = shared.get(key) ?? { members: 0, weight: 0 };
        entry.members += 1;
        entry.weight += weightOf(member);
        shared.set(key, entry);
      }
    }
  }
  return shared;
}

const isSmall = (respondents: number, threshold: number) => respondents > 0 && respondents < threshold;

interface Relation {
  disjoint: (a: Prepared, b: Prepared) => boolean;
  /** h lies strictly inside k. */
  within: (h: Prepared, k: Prepared) => boolean;
}

/** Finding (3): `group` minus disjoint selections of the largest shown groups inside it. */
function coverFindings(
  group: Prepared,
  inside: Prepared[],
  relation: Relation,
  weightOf: (member: string) => number,
  threshold: number,
): DisclosureFinding[] {
  const maximal = inside.filter((h) => !inside.some((k) => relation.within(h, k)));
  if (maximal.length < 2) return [];
  let uncovered = 0;
  for (const m of group.members) if (!maximal.some((h) => h.members.has(m))) uncovered += weightOf(m);
  if (uncovered >= threshold) return [];
  // What a group covers that no other candidate does stays uncovered whenever it is left out.
  const exclusive = maximal.map((h) => {
    let w = 0;
    for (const m of h.members) if (!maximal.some((k) => k !== h && k.members.has(m))) w += weightOf(m);
    return w;
  });
  const findings: DisclosureFinding[] = [];
  const search = (i: number, chosen: Prepared[], covered: number, leftOut: number) => {
    if (uncovered + leftOut >= threshold) return;
    if (i === maximal.length) {
      const remainder = group.weight - covered;
      if (chosen.length >= 2 && isSmall(remainder, threshold)) {
        findings.push({ group: group.id, minus: chosen.map((h) => h.id), respondents: remainder });
      }
      return;
    }
    const candidate = maximal[i]!;
    if (chosen.every((h) => relation.disjoint(h, candidate))) {
      search(i + 1, [...chosen, candidate], covered + candidate.weight, leftOut);
    }
    search(i + 1, chosen, covered, leftOut + exclusive[i]!);
  };
  search(0, [], 0, 0);
  return findings;
}

function findingsOf(
  groups: Prepared[],
  weightOf: (member: string) => number,
  threshold: number,
): DisclosureFinding[] {
  const findings: DisclosureFinding[] = groups
    .filter((g) => isSmall(g.weight, threshold))
    .map((g) => ({ group: g.id, minus: [], respondents: g.weight }));
  const shared = overlaps(groups, weightOf);
  for (const [key, common] of shared) {
    const a = groups[Math.floor(key / groups.length)]!;
    const b = groups[key % groups.length]!;
    for (const [from, minus] of [
      [a, b],
      [b, a],
    ] as const) {
      const rest = from.weight - common.weight;
      if (isSmall(rest, threshold)) findings.push({ group: from.id, minus: [minus.id], respondents: rest });
    }
  }
  const index = new Map(groups.map((g, i) => [g, i]));
  const sharedOf = (a: Prepared, b: Prepared) => {
    const i = index.get(a)!;
    const j = index.get(b)!;
    return shared.get(Math.min(i, j) * groups.length + Math.max(i, j));
  };
  const relation: Relation = {
    disjoint: (a, b) => !sharedOf(a, b),
    within: (h, k) =>
      h !== k && h.members.size < k.members.size && sharedOf(h, k)?.members === h.members.size,
  };
  for (const group of groups) {
    const inside = groups.filter((h) => relation.within(h, group));
    findings.push(...coverFindings(group, inside, relation, weightOf, threshold));
  }
  return findings;
}

/**
 * Checks the groups a page will show. `weights` gives the respondents per member when members
 * are cells; without it each member is one respondent.
 */
export function checkDisclosure(
  groups: readonly GroupSpec[],
  threshold: number,
  weights?: ReadonlyMap<string, number>,
): DisclosureCheck {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`The threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  const weightOf = (member: string) => (weights ? weights.get(member)! : 1);
  let shown = prepare(groups, weights);
  const findings = findingsOf(shown, weightOf, threshold);
  const suppress: string[] = [];
  for (let current = findings; current.length > 0; current = findingsOf(shown, weightOf, threshold)) {
    // Each finding not yet resolved in this round loses its group with the fewest respondents;
    // then the rest is checked again, since hiding one group can expose another difference.
    const left = new Set<string>();
    for (const finding of current) {
      const involved = [finding.group, ...finding.minus];
      if (involved.some((id) => left.has(id))) continue;
      const smallest = shown
        .filter((g) => involved.includes(g.id))
        .reduce((min, g) => (g.weight < min.weight ? g : min));
      left.add(smallest.id);
      suppress.push(smallest.id);
    }
    shown = shown.filter((g) => !left.has(g.id));
  }
  return { safe: findings.length === 0, findings, suppress };
}
