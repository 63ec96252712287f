import { describe, expect, it } from 'vitest';
import { rollUpSmallUnits, type UnitCount } from './anonymity-rollup.js';

// municipality → area → four institutions; the third has two small departments.
const TREE: UnitCount[] = [
  { id: 'municipality', parentId: null, respondents: 0 },
  { id: 'area', parentId: 'municipality', respondents: 0 },
  { id: 'i1', parentId: 'area', respondents: 12 },
  { id: 'i2', parentId: 'area', respondents: 3 },
  { id: 'i3', parentId: 'area', respondents: 4 },
  { id: 'd1', parentId: 'i3', respondents: 2 },
  { id: 'd2', parentId: 'i3', respondents: 1 },
  { id: 'i4', parentId: 'area', respondents: 2 },
];

describe('rolling small units up to the nearest unit that reaches the threshold', () => {
  it('shows a large unit as itself and counts small ones in the nearest unit above that reaches it', () => {
    const { placements, groups } = rollUpSmallUnits(TREE, 5);
    expect(groups).toEqual([
      { unitId: 'i1', respondents: 12, rolledUp: [] },
      // i3 has 4 of its own; with its departments' 3 it reaches 5.
      { unitId: 'i3', respondents: 7, rolledUp: ['d1', 'd2'] },
      // The area has no answers of its own, but hosts i2 and i4 together.
      { unitId: 'area', respondents: 5, rolledUp: ['i2', 'i4'] },
    ]);
    expect(placements.get('i1')).toEqual({ unitId: 'i1', respondents: 12, placement: 'own' });
    expect(placements.get('d1')).toEqual({
      unitId: 'd1',
      respondents: 2,
      placement: 'rolled_up',
      into: 'i3',
    });
    expect(placements.get('i4')).toMatchObject({ placement: 'rolled_up', into: 'area' });
    expect(placements.get('area')).toMatchObject({ placement: 'own', respondents: 0 });
    expect(placements.get('municipality')).toEqual({
      unitId: 'municipality',
      respondents: 0,
      placement: 'no_answers',
    });
    expect(placements.size).toBe(TREE.length);
  });

  it('threshold − 1 is rolled up, the threshold itself is shown', () => {
    const tree = (own: number): UnitCount[] => [
      { id: 'top', parentId: null, respondents: 5 },
      { id: 'team', parentId: 'top', respondents: own },
    ];
    expect(rollUpSmallUnits(tree(4), 5).placements.get('team')).toMatchObject({
      placement: 'rolled_up',
      into: 'top',
    });
    expect(rollUpSmallUnits(tree(4), 5).groups).toEqual([
      { unitId: 'top', respondents: 9, rolledUp: ['team'] },
    ]);
    expect(rollUpSmallUnits(tree(5), 5).placements.get('team')).toMatchObject({ placement: 'own' });
  });

  it('what stays below the threshold even at the top is shown nowhere', () => {
    const { placements, groups } = rollUpSmallUnits(
      [
        { id: 'top', parentId: null, respondents: 1 },
        { id: 'child', parentId: 'top', respondents: 3 },
      ],
      5,
    );
    expect(groups).toEqual([]);
    expect([placements.get('top')?.placement, placements.get('child')?.placement]).toEqual([
      'hidden',
      'hidden',
    ]);
  });

  it('takes the threshold as given: the higher one for comments rolls further up', () => {
    const { groups } = rollUpSmallUnits(TREE, 10);
    expect(groups).toEqual([
      { unitId: 'i1', respondents: 12, rolledUp: [] },
      { unitId: 'area', respondents: 12, rolledUp: ['i2', 'i3', 'd1', 'd2', 'i4'] },
    ]);
  });

  it('a parent outside the list makes a top; a cycle or a duplicate is refused', () => {
    const sub = rollUpSmallUnits([{ id: 'x', parentId: 'not-given', respondents: 6 }], 5);
    expect(sub.groups).toEqual([{ unitId: 'x', respondents: 6, rolledUp: [] }]);
    expect(() =>
      rollUpSmallUnits(
        [
          { id: 'a', parentId: 'b', respondents: 1 },
          { id: 'b', parentId: 'a', respondents: 1 },
        ],
        5,
      ),
    ).toThrow(/cycle/);
    expect(() => rollUpSmallUnits([TREE[0]!, TREE[0]!], 5)).toThrow(RangeError);
    expect(() => rollUpSmallUnits([{ id: 'a', parentId: null, respondents: -1 }], 5)).toThrow(RangeError);
    expect(() => rollUpSmallUnits(TREE, 0)).toThrow(RangeError);
  });
});
