import { LIMITS } from '../../../shared/limits.js';
import type { UnitKind } from '../../../shared/roles.js';
import type { CsvRow } from '../csv/parse.js';
import { parseUnitKind } from '../formats.js';
import type { ImportLineError, SampleRow } from '../answers.js';
import { LineErrors, buildSample } from './common.js';

export interface ExistingUnit {
  id: string;
  externalId: string | null;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface PlannedUnit {
  line: number;
  code: string;
  name: string;
  kind: UnitKind;
  /** The parent's unit code, null for a top unit; undefined when the file has no parent column. */
  parentCode: string | null | undefined;
  /** Set for a unit that exists. */
  id?: string;
  changes: string[];
}

export interface UnitPlan {
  errors: ImportLineError[];
  create: PlannedUnit[];
  update: PlannedUnit[];
  unchanged: PlannedUnit[];
}

interface FileUnit {
  line: number;
  code: string;
  name: string;
  kind: UnitKind | null;
  parentCode: string | null | undefined;
}

/**
 * Checks a units file against the organisation's units and decides, per unit code, whether it
 * is created, updated or unchanged. Parents may be defined anywhere in the file or already exist.
 */
export function planUnits(rows: CsvRow[], columns: Set<string>, existing: ExistingUnit[]): UnitPlan {
  const errors = new LineErrors();
  const hasParent = columns.has('parent_code');
  const byCode = new Map<string, FileUnit>();

  for (const { line, values } of rows) {
    const code = values.unit_code ?? '';
    const okCode = errors.required(line, 'unit_code', code, LIMITS.shortText);
    errors.required(line, 'name', values.name ?? '', LIMITS.name);
    let kind: UnitKind | null = null;
    if (values.kind) {
      kind = parseUnitKind(values.kind);
      if (!kind) errors.add(line, 'kind', 'unknown_kind', 'Not a unit kind; see the format');
    }
    const parentCode = hasParent ? values.parent_code || null : undefined;
    if (parentCode && parentCode === code) {
      errors.add(line, 'parent_code', 'parent_cycle', 'A unit cannot be its own parent');
    }
    if (!okCode) continue;

    const unit: FileUnit = { line, code, name: values.name ?? '', kind, parentCode };
    const first = byCode.get(code);
    if (!first) {
      byCode.set(code, unit);
      continue;
    }
    // The same unit on several lines is fine as long as the lines agree.
    const conflict =
      first.name !== unit.name
        ? 'name'
        : unit.kind && first.kind && unit.kind !== first.kind
          ? 'kind'
          : first.parentCode !== unit.parentCode
            ? 'parent_code'
            : null;
    if (conflict) {
      errors.add(
        line,
        conflict,
        'duplicate_key_conflict',
        `unit_code ${code} appears on line ${first.line} with another ${conflict}`,
      );
    } else if (!first.kind && unit.kind) {
      first.kind = unit.kind;
    }
  }

  const existingByCode = new Map(existing.filter((u) => u.externalId).map((u) => [u.externalId!, u]));
  const existingById = new Map(existing.map((u) => [u.id, u]));

  for (const unit of byCode.values()) {
    if (
      unit.parentCode &&
      unit.parentCode !== unit.code &&
      !byCode.has(unit.parentCode) &&
      !existingByCode.has(unit.parentCode)
    ) {
      errors.add(unit.line, 'parent_code', 'parent_unknown', `No unit has the code ${unit.parentCode}`);
    }
  }
  findCycles(byCode, existingById, existingByCode, errors);

  const plan: UnitPlan = { errors: errors.sorted(), create: [], update: [], unchanged: [] };
  for (const unit of byCode.values()) {
    const current = existingByCode.get(unit.code);
    if (!current) {
      plan.create.push({ ...unit, kind: unit.kind ?? 'other', changes: [] });
      continue;
    }
    const kind = unit.kind ?? current.kind;
    const currentParentCode = current.parentId
      ? (existingById.get(current.parentId)?.externalId ?? `#${current.parentId}`)
      : null;
    const changes = [
      ...(unit.name !== current.name ? ['name'] : []),
      ...(kind !== current.kind ? ['kind'] : []),
      ...(unit.parentCode !== undefined && unit.parentCode !== currentParentCode ? ['parent_code'] : []),
    ];
    const planned: PlannedUnit = { ...unit, kind, id: current.id, changes };
    (changes.length ? plan.update : plan.unchanged).push(planned);
  }
  return plan;
}

/**
 * Follows each file unit's parent chain in the tree as it would be after the import (file
 * units with the file's parents, other units where they are) and reports every file unit on a
 * loop. The current tree has no loops, so every loop passes through the file.
 */
function findCycles(
  byCode: Map<string, FileUnit>,
  existingById: Map<string, ExistingUnit>,
  existingByCode: Map<string, ExistingUnit>,
  errors: LineErrors,
) {
  const nodeOf = (u: ExistingUnit) => (u.externalId ? `c:${u.externalId}` : `i:${u.id}`);
  const parentOf = (node: string): string | null => {
    if (node.startsWith('c:')) {
      const code = node.slice(2);
      const fileUnit = byCode.get(code);
      const current = existingByCode.get(code);
      if (fileUnit && fileUnit.parentCode !== undefined) {
        if (!fileUnit.parentCode || fileUnit.parentCode === code) return null;
        return byCode.has(fileUnit.parentCode) || existingByCode.has(fileUnit.parentCode)
          ? `c:${fileUnit.parentCode}`
          : null;
      }
      const parent = current?.parentId ? existingById.get(current.parentId) : undefined;
      return parent ? nodeOf(parent) : null;
    }
    const parent = existingById.get(node.slice(2))?.parentId;
    const unit = parent ? existingById.get(parent) : undefined;
    return unit ? nodeOf(unit) : null;
  };

  const done = new Set<string>();
  for (const code of byCode.keys()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let node: string | null = `c:${code}`;
    while (node && !done.has(node) && !onPath.has(node)) {
      onPath.set(node, path.length);
      path.push(node);
      node = parentOf(node);
    }
    if (node && onPath.has(node)) {
      for (const member of path.slice(onPath.get(node))) {
        const unit = member.startsWith('c:') ? byCode.get(member.slice(2)) : undefined;
        if (unit) {
          errors.add(
            unit.line,
            'parent_code',
            'parent_cycle',
            `unit_code ${unit.code} would end up below itself`,
          );
        }
      }
    }
    for (const n of path) done.add(n);
  }
}

export function unitSample(plan: UnitPlan) {
  const row = (u: PlannedUnit): SampleRow => ({
    line: u.line,
    key: u.code,
    name: u.name,
    changes: u.changes,
  });
  return buildSample(plan.create.map(row), plan.update.map(row), plan.unchanged.map(row));
}
