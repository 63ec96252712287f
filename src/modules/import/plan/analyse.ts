import { eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/client.js';
import { memberships, people, units } from '../../org/schema.js';
import type { ParsedCsv } from '../csv/parse.js';
import type { ImportKind, ImportLineError, ImportSample } from '../answers.js';
import { planPeople, peopleSample, type PeoplePlan } from './people.js';
import { planUnits, unitSample, type UnitPlan } from './units.js';

export type Analysis = {
  total: number;
  errors: ImportLineError[];
  counts: {
    create: number;
    update: number;
    unchanged: number;
    membershipsAdded: number;
    membershipsKept: number;
  };
  sample: ImportSample;
} & ({ kind: 'units'; plan: UnitPlan } | { kind: 'people'; plan: PeoplePlan });

/** Compares a parsed file with the organisation as it is now. Writes nothing. */
export async function analyseImport(
  db: Db,
  {
    orgId,
    kind,
    parsed,
    mayManageAdmins,
  }: { orgId: string; kind: ImportKind; parsed: ParsedCsv; mayManageAdmins: boolean },
): Promise<Analysis> {
  const fileErrors = parsed.errors;
  const withFileErrors = (errors: ImportLineError[]) =>
    [...fileErrors, ...errors].sort((a, b) => a.line - b.line);

  if (kind === 'units') {
    const existing = await db
      .select({
        id: units.id,
        externalId: units.externalId,
        name: units.name,
        kind: units.kind,
        parentId: units.parentId,
      })
      .from(units)
      .where(eq(units.orgId, orgId));
    const plan = planUnits(parsed.rows, parsed.columns, existing);
    return {
      kind,
      plan,
      total: parsed.total,
      errors: withFileErrors(plan.errors),
      counts: {
        create: plan.create.length,
        update: plan.update.length,
        unchanged: plan.unchanged.length,
        membershipsAdded: 0,
        membershipsKept: 0,
      },
      sample: unitSample(plan),
    };
  }

  const [existingPeople, unitRows, membershipRows] = await Promise.all([
    db
      .select({
        id: people.id,
        employeeNumber: people.employeeNumber,
        name: people.name,
        email: people.email,
        jobTitle: people.jobTitle,
      })
      .from(people)
      .where(eq(people.orgId, orgId)),
    db.select({ id: units.id, externalId: units.externalId }).from(units).where(eq(units.orgId, orgId)),
    db
      .select({ personId: memberships.personId, unitId: memberships.unitId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.orgId, orgId)),
  ]);
  const unitIds = new Map(unitRows.filter((u) => u.externalId).map((u) => [u.externalId!, u.id]));
  const plan = planPeople(parsed.rows, {
    people: existingPeople,
    unitIds,
    memberships: membershipRows,
    mayManageAdmins,
  });
  return {
    kind,
    plan,
    total: parsed.total,
    errors: withFileErrors(plan.errors),
    counts: {
      create: plan.create.length,
      update: plan.update.length,
      unchanged: plan.unchanged.length,
      membershipsAdded: plan.membershipsAdded,
      membershipsKept: plan.membershipsKept,
    },
    sample: peopleSample(plan),
  };
}
