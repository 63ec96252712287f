import { describe, expect, it } from 'vitest';
import { checkDisclosure } from './anonymity-overlap.js';
import { rollUpSmallUnits, type UnitCount } from './anonymity-rollup.js';

const people = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `r${from + i}`);

describe('no group below the threshold can be derived by subtraction', () => {
  it('a group of threshold − 1 is a finding, a group of the threshold is not, an empty group reveals nothing', () => {
    expect(checkDisclosure([{ id: 'team', members: people(1, 4) }], 5)).toEqual({
      safe: false,
      findings: [{ group: 'team', minus: [], respondents: 4 }],
      suppress: ['team'],
    });
    expect(checkDisclosure([{ id: 'team', members: people(1, 5) }], 5)).toEqual({
      safe: true,
      findings: [],
      suppress: [],
    });
    expect(checkDisclosure([{ id: 'none', members: [] }], 5).safe).toBe(true);
  });

  it('two nested groups that differ by one respondent: the smaller is suppressed', () => {
    const check = checkDisclosure(
      [
        { id: 'unit', members: people(1, 6) },
        { id: 'team', members: people(1, 5) },
      ],
      5,
    );
    expect(check.findings).toEqual([{ group: 'unit', minus: ['team'], respondents: 1 }]);
    expect(check.suppress).toEqual(['team']);
  });

  it('nested groups differing by threshold − 1 are a finding, by the threshold they are not', () => {
    const nested = (inner: number) =>
      checkDisclosure(
        [
          { id: 'unit', members: people(1, 10) },
          { id: 'team', members: people(1, inner) },
        ],
        5,
      );
    expect(nested(6).findings).toEqual([{ group: 'unit', minus: ['team'], respondents: 4 }]);
    expect(nested(5).safe).toBe(true);
  });

  it('two overlapping groups that differ by one respondent each way', () => {
    const check = checkDisclosure(
      [
        { id: 'a', members: people(1, 6) },
        { id: 'b', members: people(2, 7) },
      ],
      5,
    );
    expect(check.findings).toEqual([
      { group: 'a', minus: ['b'], respondents: 1 },
      { group: 'b', minus: ['a'], respondents: 1 },
    ]);
    expect(check.suppress).toEqual(['a']);
  });

  it('a unit minus all its shown sub-units leaves its own staff', () => {
    // Units as cells with counts: the institution's own 2 plus two departments of 10.
    const weights = new Map([
      ['own', 2],
      ['d1', 10],
      ['d2', 10],
    ]);
    const groups = [
      { id: 'institution', members: ['own', 'd1', 'd2'] },
      { id: 'dep1', members: ['d1'] },
      { id: 'dep2', members: ['d2'] },
    ];
    const check = checkDisclosure(groups, 5, weights);
    // Neither pair is close (22 − 10 = 12), but both subtracted leave 2.
    expect(check.findings).toEqual([{ group: 'institution', minus: ['dep1', 'dep2'], respondents: 2 }]);
    expect(check.suppress).toEqual(['dep1']);
    // With 5 of its own the institution is safe.
    expect(checkDisclosure(groups, 5, new Map([...weights, ['own', 5]])).safe).toBe(true);
  });

  it('filter combinations: a unit split by a second attribute', () => {
    // Cells unit × gender: 8 women and 3 men in unit U.
    const weights = new Map([
      ['U:f', 8],
      ['U:m', 3],
    ]);
    const check = checkDisclosure(
      [
        { id: 'U', members: ['U:f', 'U:m'] },
        { id: 'U women', members: ['U:f'] },
        { id: 'U men', members: ['U:m'] },
      ],
      5,
      weights,
    );
    expect(check.findings).toEqual([
      { group: 'U men', minus: [], respondents: 3 },
      { group: 'U', minus: ['U women'], respondents: 3 },
    ]);
    // Hiding the men alone is not enough: U − U women still gives them away.
    expect(check.suppress).toEqual(['U men', 'U women']);
  });

  it('an organisation-wide filter minus a unit’s filtered group isolates the other unit’s cell', () => {
    const weights = new Map([
      ['U:f', 8],
      ['U:m', 7],
      ['V:f', 2],
      ['V:m', 9],
    ]);
    const check = checkDisclosure(
      [
        { id: 'women', members: ['U:f', 'V:f'] },
        { id: 'U women', members: ['U:f'] },
      ],
      5,
      weights,
    );
    expect(check.findings).toEqual([{ group: 'women', minus: ['U women'], respondents: 2 }]);
  });

  it('the comment threshold is the caller’s: safe at 5, not at 10', () => {
    const groups = [
      { id: 'unit', members: people(1, 12) },
      { id: 'team', members: people(1, 6) },
    ];
    expect(checkDisclosure(groups, 5).safe).toBe(true);
    expect(checkDisclosure(groups, 10).findings).toEqual([
      { group: 'team', minus: [], respondents: 6 },
      { group: 'unit', minus: ['team'], respondents: 6 },
    ]);
  });

  it('rolled-up groups are safe together, and a subtree total next to them is checked too', () => {
    const tree = (i4: number): UnitCount[] => [
      { id: 'area', parentId: null, respondents: 0 },
      { id: 'i1', parentId: 'area', respondents: 12 },
      { id: 'i2', parentId: 'area', respondents: 3 },
      { id: 'i4', parentId: 'area', respondents: i4 },
    ];
    const shown = (units: UnitCount[]) => ({
      // A group holds the unit it is named for and the units rolled into it.
      groups: rollUpSmallUnits(units, 5).groups.map((g) => ({
        id: g.unitId,
        members: [g.unitId, ...g.rolledUp],
      })),
      cells: new Map(units.map((u) => [u.id, u.respondents])),
    });
    const fine = shown(tree(2));
    expect(checkDisclosure(fine.groups, 5, fine.cells).safe).toBe(true);
    const total = { id: 'area total', members: ['area', 'i1', 'i2', 'i4'] };
    expect(checkDisclosure([...fine.groups, total], 5, fine.cells).safe).toBe(true);
    // With one fewer in i4, i2 and i4 are hidden (4) — and the area's total minus i1 would reveal them.
    const short = shown(tree(1));
    expect(short.groups.map((g) => g.id)).toEqual(['i1']);
    expect(checkDisclosure([...short.groups, total], 5, short.cells).findings).toEqual([
      { group: 'area total', minus: ['i1'], respondents: 4 },
    ]);
  });

  it('refuses malformed input', () => {
    expect(() =>
      checkDisclosure(
        [
          { id: 'a', members: [] },
          { id: 'a', members: [] },
        ],
        5,
      ),
    ).toThrow(RangeError);
    expect(() => checkDisclosure([{ id: 'a', members: ['x'] }], 5, new Map())).toThrow(/No respondent count/);
    expect(() => checkDisclosure([], 0)).toThrow(RangeError);
  });
});
