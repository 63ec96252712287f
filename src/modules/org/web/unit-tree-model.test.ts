import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../answers';
import { buildUnitTree, flattenTree, matchingUnits, unitAndDescendants, unitPath } from './unit-tree-model';

const unit = (id: string, parentId: string | null, name: string): UnitRow => ({
  id,
  parentId,
  name,
  kind: 'institution',
  externalId: null,
  memberCount: 0,
  version: 1,
});

const units = [
  unit('room', 'inst', 'Rød stue'),
  unit('inst', 'area', 'Børnehuset'),
  unit('admin', null, 'Forvaltning'),
  unit('area', 'admin', 'Område Nord'),
  unit('inst2', 'area', 'Æblehaven'),
  unit('inst3', 'area', 'Asken'),
  unit('orphan', 'gone', 'Løs enhed'),
];

describe('unit tree model', () => {
  const tree = buildUnitTree(units);

  it('orders siblings by Danish alphabet and keeps orphans at the top', () => {
    expect(tree.roots.map((u) => u.id)).toEqual(['admin', 'orphan']);
    // Danish collation puts Æ after Z.
    expect(tree.children.get('area')!.map((u) => u.name)).toEqual(['Asken', 'Børnehuset', 'Æblehaven']);
  });

  it('gives the path from the top down', () => {
    expect(unitPath(tree, 'room')).toEqual(['Forvaltning', 'Område Nord', 'Børnehuset', 'Rød stue']);
  });

  it('excludes a unit and everything below it as move targets', () => {
    expect([...unitAndDescendants(tree, 'area')].sort()).toEqual(['area', 'inst', 'inst2', 'inst3', 'room']);
    expect([...unitAndDescendants(tree, 'room')]).toEqual(['room']);
  });

  it('flattens parents before children with depth', () => {
    const flat = flattenTree(tree).map(({ unit: u, depth }) => `${depth}:${u.id}`);
    expect(flat.indexOf('0:admin')).toBeLessThan(flat.indexOf('1:area'));
    expect(flat).toContain('3:room');
    expect(flat).toHaveLength(units.length);
  });

  it('finds matches and opens their ancestors', () => {
    const { matches, open } = matchingUnits(tree, 'stue');
    expect([...matches]).toEqual(['room']);
    expect([...open].sort()).toEqual(['admin', 'area', 'inst']);
    expect(matchingUnits(tree, '  ').matches.size).toBe(0);
  });

  it('survives a cycle in bad data without looping', () => {
    const looped = buildUnitTree([unit('a', 'b', 'A'), unit('b', 'a', 'B')]);
    expect(unitPath(looped, 'a')).toEqual(['B', 'A']);
    expect(unitAndDescendants(looped, 'a').size).toBe(2);
  });
});
