import type { Db } from '../../server/db/client.js';
import { preparedStatement } from '../../server/db/prepared.js';
import { teamLeadersText } from '../../server/policy/team-leaders.js';
import type { Annotation, DataPoint } from './answers.js';
import type { MeasureKind, MeasureFrequency, QualityRole, TrialOutcome } from './constants.js';

/*
 * The run chart is read far more often than it is written, so its read is one prepared statement
 * (docs/benchmarks.md, "Quality work and progression"): the measure, its team, how the reader
 * stands to the team, its points in time order and its trials and changes as annotations, each
 * list built as JSON by PostgreSQL. The series part is shared with the unit's work page, which
 * charts several measures.
 */

/** The measure's points and annotations as two JSON columns; `org` and `measure` are SQL expressions. */
const seriesColumns = (org: string, measure: string) => `
  coalesce((select json_agg(json_build_array(p.id, p."on", p.value) order by p."on")
    from quality_data_points p where p.org_id = ${org} and p.measure_id = ${measure}), '[]') as points,
  coalesce((select json_agg(json_build_array(a."on", a.label, a.kind, a.starts_phase, a.trial_id, a.outcome)
      order by a."on", a.kind, a.label)
    from (
      select c."on", c.label, 'change' as kind, c.starts_phase, null::uuid as trial_id, null::text as outcome
      from quality_measure_changes c where c.org_id = ${org} and c.measure_id = ${measure}
      union all
      select t.started_on, t.title, 'trial', false, t.id, t.outcome
      from quality_trials t where t.org_id = ${org} and t.measure_id = ${measure}
    ) a), '[]') as annotations`;

type PointTuple = [string, string, number];
type AnnotationTuple = [string, string, 'change' | 'trial', boolean, string | null, TrialOutcome | null];

interface SeriesRow {
  points: PointTuple[];
  annotations: AnnotationTuple[];
}

export interface ChartRow extends SeriesRow {
  id: string;
  team_id: string;
  name: string;
  description: string;
  kind: MeasureKind;
  unit: string;
  frequency: MeasureFrequency;
  recorder: string;
  direction: 'higher' | 'lower';
  min_value: number;
  max_value: number;
  baseline_points: number | null;
  team_name: string;
  team_unit_id: string | null;
  team_unit_name: string | null;
  role: QualityRole | null;
  leads: boolean;
}

/*
 * Every value is a parameter the plan does not depend on, so PostgreSQL keeps one generic plan per
 * connection. A boolean parameter once skipped the leaders' walk for readers who lead no unit: the
 * plans made for such values left the walk out, looked cheaper than the generic plan, and so
 * PostgreSQL planned the statement afresh on every read (0.4-0.5 ms of planning for 0.2 ms of
 * running; docs/benchmarks.md, issue 12). The walk is three index lookups, and finds no one for a
 * reader who leads nothing.
 */
const chartStatement = preparedStatement<ChartRow>(
  'quality_measure_chart',
  `select m.id, m.team_id, m.name, m.description, m.kind, m.unit, m.frequency, m.recorder, m.direction,
    m.min_value, m.max_value, m.baseline_points,
    qt.name as team_name, qt.unit_id as team_unit_id, u.name as team_unit_name,
    (select qr.role from quality_team_roles qr
      where qr.org_id = $1::uuid and qr.team_id = qt.id and qr.person_id = $3::uuid limit 1) as role,
    ($3::uuid in (${teamLeadersText('$1::uuid', 'qt.id')})) as leads,
    ${seriesColumns('$1::uuid', 'm.id')}
  from quality_measures m
  join teams qt on qt.org_id = m.org_id and qt.id = m.team_id and qt.kind = 'quality'
  left join units u on u.org_id = qt.org_id and u.id = qt.unit_id
  where m.org_id = $1::uuid and m.id = $2::uuid`,
);

const seriesStatement = preparedStatement<SeriesRow>(
  'quality_measure_series',
  `select ${seriesColumns('$1::uuid', '$2::uuid')}`,
);

/**
 * The measure with its team, the reader's role on it and whether they are one of its unit's
 * nearest leaders, and its series.
 */
export async function loadChartRow(
  db: Db,
  orgId: string,
  measureId: string,
  personId: string,
): Promise<ChartRow | undefined> {
  return (await chartStatement(db, [orgId, measureId, personId]))[0];
}

/** The measure's points (time order) and annotations (date order), as the answers give them. */
export function presentSeries(row: SeriesRow): { points: DataPoint[]; annotations: Annotation[] } {
  return {
    points: row.points.map(([id, on, value]) => ({ id, on, value })),
    annotations: row.annotations.map(([on, label, kind, startsPhase, trialId, outcome]) => ({
      on,
      label,
      kind,
      startsPhase,
      trialId,
      outcome,
    })),
  };
}

/** The series alone, for a measure the caller has already found the reader may see. */
export async function loadSeries(db: Db, orgId: string, measureId: string) {
  return presentSeries((await seriesStatement(db, [orgId, measureId]))[0]!);
}
