import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/stats/seeded-random.js';
import { publishRound } from './engine/publish.js';
import { indexPoints, itemMeans, type ResponseRow } from './engine/scores.js';
import { heatMapCsv, relationshipCsv, relationshipOf } from './analysis.js';
import type { Instrument } from './instruments/types.js';
import type { GroupScores, ResultsAnswer } from './answers.js';

// A 0–100 scale, so an answer is its own points and the known relationship survives the arithmetic.
const instrument: Instrument = {
  key: 'test',
  name: { da: 'Test', en: 'Test' },
  description: { da: 'Test', en: 'Test' },
  scale: { min: 0, max: 100, labels: [] },
  items: [
    { key: 'x1', text: { da: 'x1', en: 'x1' }, short: { da: 'x1', en: 'x1' }, index: 'x' },
    { key: 'x2', text: { da: 'x2', en: 'x2' }, short: { da: 'x2', en: 'x2' }, index: 'x' },
    { key: 'y1', text: { da: 'y1', en: 'y1' }, short: { da: 'y1', en: 'y1' }, index: 'y' },
    { key: 'y2', text: { da: 'y2', en: 'y2' }, short: { da: 'y2', en: 'y2' }, index: 'y' },
  ],
  indices: [
    { key: 'x', name: { da: 'Social kapital', en: 'Social capital' } },
    { key: 'y', name: { da: 'Læringsfællesskab', en: 'Learning community' } },
  ],
  comment: false,
};

/**
 * Departments under one area with a known relationship: y = 0.9 · x + 10 + noise (sd 2) at
 * department level, each respondent answering around their department's values. `small` departments
 * get three respondents, below the threshold of five.
 */
function municipality(departments: number, small: number, seed: number) {
  const random = seededRandom(seed);
  const tree = [{ id: 'area', parentId: null as string | null }];
  const responses: ResponseRow[] = [];
  for (let d = 0; d < departments + small; d++) {
    const id = `dept-${d}`;
    tree.push({ id, parentId: 'area' });
    const x = 30 + random.next() * 50;
    const y = 0.9 * x + 10 + random.normal(0, 2);
    const n = d < departments ? 8 : 3;
    for (let r = 0; r < n; r++) {
      // Individual answers spread around the department's value and cancel out in pairs.
      const spread = r % 2 === 0 ? 4 : -4;
      const px = Math.round(x + spread);
      const py = Math.round(y - spread);
      responses.push({ unitId: id, scores: [px, px, py, py], comment: null });
    }
  }
  return { tree, responses };
}

function shownGroups(m: ReturnType<typeof municipality>, threshold: number): GroupScores[] {
  const counts = new Map<string, number>();
  for (const r of m.responses) counts.set(r.unitId!, (counts.get(r.unitId!) ?? 0) + 1);
  const published = publishRound(m.tree, counts, threshold, 10);
  return published.groups.map((g) => {
    const answers = m.responses.filter((r) => g.units.includes(r.unitId!));
    return {
      unit: { id: g.id, name: g.id },
      respondents: answers.length,
      rolledUp: g.rolledUp.map((id) => ({ id, name: id })),
      items: itemMeans(instrument, answers),
      indices: indexPoints(instrument, answers),
    };
  });
}

describe('the relationship between two indices at department level', () => {
  it('finds a known slope with its interval and R² across 40 departments', () => {
    const groups = shownGroups(municipality(40, 0, 7), 5);
    expect(groups).toHaveLength(40);
    const { points, regression } = relationshipOf(groups, 'x', 'y');
    expect(points).toHaveLength(40);
    if (!regression.ok) throw new Error('expected a line');
    // Within the tolerance that whole-point rounding of each department's index leaves.
    expect(Math.abs(regression.slope - 0.9)).toBeLessThan(0.07);
    expect(regression.lower).toBeLessThan(0.9);
    expect(regression.upper).toBeGreaterThan(0.9);
    expect(regression.upper - regression.lower).toBeLessThan(0.15);
    expect(regression.rSquared!).toBeGreaterThan(0.9);
    expect(regression.intercept).toBeGreaterThan(5);
    expect(regression.intercept).toBeLessThan(15);
  });

  it('departments below the threshold roll up and are not points of their own; few departments give a wide interval', () => {
    const m = municipality(6, 2, 11);
    const groups = shownGroups(m, 5);
    // Two departments of three: together six, counted in the area (a group of its own that holds them).
    expect(groups.map((g) => g.unit!.id).sort()).toEqual(
      ['area', ...Array.from({ length: 6 }, (_, d) => `dept-${d}`)].sort(),
    );
    expect(groups.find((g) => g.unit!.id === 'area')!.rolledUp.map((u) => u.id)).toEqual([
      'dept-6',
      'dept-7',
    ]);
    const few = relationshipOf(
      groups.filter((g) => g.unit!.id !== 'area'),
      'x',
      'y',
    ).regression;
    if (!few.ok) throw new Error('expected a line');
    expect(few.n).toBe(6);
    expect(few.upper - few.lower).toBeGreaterThan(0.1);
    expect(few.lower).toBeLessThan(0.9);
    expect(few.upper).toBeGreaterThan(0.9);
  });

  it('refuses a line with fewer than three departments', () => {
    const groups = shownGroups(municipality(2, 0, 3), 5);
    expect(relationshipOf(groups, 'x', 'y').regression).toEqual({
      ok: false,
      n: 2,
      reason: 'too_few_points',
    });
  });
});

describe('exports hold exactly what the page shows', () => {
  it('the heat map’s CSV: the shown groups and the organisation, nothing else', () => {
    const groups = shownGroups(municipality(3, 1, 5), 5);
    const organisation: GroupScores = { ...groups[0]!, unit: null, respondents: 99, rolledUp: [] };
    const results = { instrument, groups, organisation } as unknown as ResultsAnswer;
    const lines = heatMapCsv(results, 'da').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Enhed,Besvarelser,Indeholder,Social kapital (Point),Læringsfællesskab (Point),x1 (Gennemsnit),x2 (Gennemsnit),y1 (Gennemsnit),y2 (Gennemsnit)',
    );
    expect(lines).toHaveLength(1 + groups.length + 1);
    const g = groups[0]!;
    expect(lines[1]).toBe(
      [
        g.unit!.name,
        g.respondents,
        g.rolledUp.map((u) => u.name).join('; '),
        ...g.indices.map((i) => i.points),
        ...g.items.map((i) => i.mean),
      ].join(','),
    );
    expect(lines.at(-1)!.startsWith('Hele organisationen,99,')).toBe(true);
    const rel = relationshipOf(groups, 'x', 'y');
    const csv = relationshipCsv(
      {
        round: { id: 'r', name: 'r' },
        x: { key: 'x', name: instrument.indices[0]!.name },
        y: { key: 'y', name: instrument.indices[1]!.name },
        leftOut: 0,
        ...rel,
      },
      'en',
    );
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + rel.points.length);
  });
});
