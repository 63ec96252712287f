import { sql } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { forbidden } from '../../../server/http/errors.js';
import { readsAggregates } from '../../../server/policy/actor.js';
import { rollUpSmallUnits } from '../../../shared/stats/index.js';
import { addDays, localDay, startOfLocalDay } from '../../../shared/time.js';
import { COVERAGE_MIN_GROUP } from '../constants.js';
import { goalInFocusSql, staffSql } from '../staff.js';
import type { CoverageQuery } from '../validation.js';
import type { CoverageAnswer } from '../answers.js';

interface UnitRow {
  id: string;
  parent_id: string | null;
  name: string;
  employees: number;
  held: number;
  in_focus: number;
  neither: number;
}

/**
 * MUS coverage for HR and the MED committee: per group of units, how many of its staff had at
 * least one held 1:1 in the period, how many have a goal in focus, and how many neither — numbers
 * only. Everyone with a nearest leader counts once, in the unit of their first membership (a
 * leader's own unit first). Units with fewer than COVERAGE_MIN_GROUP staff count in the nearest
 * unit above that reaches it (shared/stats rollUpSmallUnits); the groups are disjoint, and the
 * total is their sum, so no number can be subtracted from another to reveal a small unit.
 */
export async function getCoverage({
  ctx,
  input,
}: {
  ctx: SignedInContext;
  input: CoverageQuery;
}): Promise<CoverageAnswer> {
  const { db, actor } = ctx;
  if (!readsAggregates(actor)) throw forbidden('Only HR, administrators and the MED committee read coverage');
  const today = localDay(ctx.now());
  const from = input.from ?? `${today.slice(0, 4)}-01-01`;
  const to = input.to ?? `${today.slice(0, 4)}-12-31`;
  const start = startOfLocalDay(from).toISOString();
  const end = startOfLocalDay(addDays(to, 1)).toISOString();
  const result = (await db.execute(sql`
    with staff as (${staffSql(actor.orgId)}),
    marked as (
      select s.unit_id,
        exists (
          select 1 from conversation_participants cp
          join conversations c on c.org_id = cp.org_id and c.id = cp.conversation_id
          where cp.org_id = ${actor.orgId} and cp.person_id = s.person_id and cp.role = 'subject'
            and c.kind = 'one_to_one' and c.status = 'held'
            and c.starts_at >= ${start}::timestamptz and c.starts_at < ${end}::timestamptz
        ) as held,
        ${goalInFocusSql(actor.orgId, sql`s.person_id`)} as in_focus
      from staff s
    )
    select u.id, u.parent_id, u.name,
      count(k.unit_id)::int as employees,
      count(*) filter (where k.held)::int as held,
      count(*) filter (where k.in_focus)::int as in_focus,
      count(*) filter (where k.unit_id is not null and not k.held and not k.in_focus)::int as neither
    from units u
    left join marked k on k.unit_id = u.id
    where u.org_id = ${actor.orgId}
    group by u.id, u.parent_id, u.name
    order by u.name`)) as unknown as { rows: UnitRow[] };
  const units = result.rows;
  const byId = new Map(units.map((u) => [u.id, u]));
  const rollUp = rollUpSmallUnits(
    units.map((u) => ({ id: u.id, parentId: u.parent_id, respondents: u.employees })),
    COVERAGE_MIN_GROUP,
  );

  const zero = { employees: 0, heldOneToOne: 0, goalInFocus: 0, neither: 0 };
  const sum = (ids: string[]) =>
    ids.reduce(
      (acc, id) => {
        const u = byId.get(id)!;
        return {
          employees: acc.employees + u.employees,
          heldOneToOne: acc.heldOneToOne + u.held,
          goalInFocus: acc.goalInFocus + u.in_focus,
          neither: acc.neither + u.neither,
        };
      },
      { ...zero },
    );
  const met = <T extends typeof zero>(c: T) => ({
    ...c,
    requirementMet: c.employees > 0 && c.heldOneToOne === c.employees,
  });
  const groups = rollUp.groups
    .map((g) => {
      const unit = byId.get(g.unitId)!;
      return met({
        unit: { id: unit.id, name: unit.name },
        includes: g.rolledUp.map((id) => ({ id, name: byId.get(id)!.name })),
        ...sum([g.unitId, ...g.rolledUp]),
      });
    })
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'da'));
  const total = groups.reduce(
    (acc, g) => ({
      employees: acc.employees + g.employees,
      heldOneToOne: acc.heldOneToOne + g.heldOneToOne,
      goalInFocus: acc.goalInFocus + g.goalInFocus,
      neither: acc.neither + g.neither,
    }),
    { ...zero },
  );
  const notShown = [...rollUp.placements.values()]
    .filter((p) => p.placement === 'hidden')
    .reduce((n, p) => n + p.respondents, 0);
  return { period: { from, to }, minGroup: COVERAGE_MIN_GROUP, groups, total: met(total), notShown };
}
