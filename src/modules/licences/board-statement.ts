import { tablesVersionsText } from '../../server/db/data-versions.js';
import type { WatchedTable } from '../../server/db/data-versions-schema.js';
import { preparedStatement } from '../../server/db/prepared.js';
import { reviewedUnitsText } from '../../server/policy/task-reviewers.js';
import { leadsUnitOrAboveText } from '../../server/policy/unit-leadership.js';
import { peoplesUnitsText, unitPeopleText } from '../../server/policy/unit-people.js';
import { unitWithAncestorsText } from '../../server/policy/unit-tree.js';
import type { Ref } from '../../shared/answers.js';
import type { BoardAnswer } from './answers.js';
import type { LicenceLevel } from './constants.js';

type BoardDefinition = Omit<BoardAnswer['definitions'][number], 'holders' | 'short'>;

export interface BoardRow {
  unit: Ref;
  definitions: BoardDefinition[];
  people: Ref[];
  /** [definition id, person id, level, expires on] of each licence on the board. */
  licences: [string, string, LicenceLevel, string | null][];
  /** [definition id, person id] of each task assignment on the board. */
  assignments: [string, string][];
}

/** The reader's right to assign tasks on the board, and the board's counters. */
export interface BoardReaderRow {
  assign: boolean;
  versions: string;
}

/** The tables the board is read from: their counters key the kept board (services/board.ts). */
export const BOARD_TABLES = [
  'competence_initiatives',
  'licence_definitions',
  'licence_task_assignments',
  'licences',
  'memberships',
  'people',
  'units',
] as const satisfies readonly WatchedTable[];

/*
 * The licence board is read by a department's leader and people, so it is two prepared statements
 * (ADR 0005) and a board kept between writes (ADR 0022). The reader's statement decides, on every
 * request, the reader's access by boardAccess's rule (access.ts) on the policy layer's texts — the
 * leaders of the unit or above (who also assign), its reviewers and its people; no row for anyone
 * else or for a unit of another organisation (404) — and reads the board's counters.
 * $1 organisation, $2 the unit, $3 the reader.
 */
export const boardReaderStatement = preparedStatement<BoardReaderRow>(
  'licences_board_reader',
  `with u as (select id from units where org_id = $1::uuid and id = $2::uuid),
  acc as (
    select ${leadsUnitOrAboveText('$1::uuid', '$3::uuid', '$2::uuid')} as assign from u
  ),
  -- CASE, so a leader's read is decided without walking the reviewers and people.
  r as (
    select acc.assign, case when acc.assign then true
      when $2::uuid in (${reviewedUnitsText('$1::uuid', '$3::uuid')}) then true
      else $2::uuid in (${peoplesUnitsText('$1::uuid', '$3::uuid')}) end as read
    from acc
  )
  select r.assign,
    ${tablesVersionsText('$1::uuid', BOARD_TABLES)} as versions
  from r
  where r.read`,
);

/*
 * The board itself, the same for every reader: the tasks defined for the unit or a unit above
 * (with the initiative behind each), the unit's active people, and their licences and assignments
 * on those tasks. Holders and levels only: no review notes. The statuses and counts are worked out
 * in TypeScript (constants.ts), as elsewhere.
 *
 * Every row is reached by key from the few it hangs on: the tasks of the unit's few ancestors, the
 * subtree's people one by one, and each task's licences and assignments, kept where the holder is
 * one of the people. Joined from the subtree instead (guessed at ~1,000 units and 20,000 people),
 * the custom and the generic plan alike scanned every person, membership and licence of the
 * organisation: 40–90 ms per department board at 50,000 people, 0.4 ms now (docs/benchmarks.md,
 * issue 11). A lateral subquery with `limit 1` or `offset 0` stays a lookup per row.
 * $1 organisation, $2 the unit.
 */
export const boardStatement = preparedStatement<BoardRow>(
  'licences_board',
  `with u as (select id, name from units where org_id = $1::uuid and id = $2::uuid),
  defs as (
    select d.id, d.task, d.initiative_id, d.required_level, d.below_required, d.needed_holders
    from (${unitWithAncestorsText('$1::uuid', '$2::uuid')}) anc
    cross join lateral (
      select d.* from licence_definitions d where d.org_id = $1::uuid and d.unit_id = anc.id offset 0) d
  ),
  persons as (
    select p.id, p.name
    from (select distinct person_id from (${unitPeopleText('$1::uuid', '$2::uuid')}) up) x
    cross join lateral (
      select p.id, p.name from people p where p.org_id = $1::uuid and p.id = x.person_id and p.active limit 1) p
  )
  select json_build_object('id', u.id, 'name', u.name) as unit,
    coalesce((
      select json_agg(json_build_object('id', d.id, 'task', d.task,
        'initiative', (select json_build_object('id', i.id, 'name', i.title) from competence_initiatives i
          where i.org_id = $1::uuid and i.id = d.initiative_id),
        'requiredLevel', d.required_level, 'belowRequired', d.below_required, 'neededHolders', d.needed_holders)
        order by d.task, d.id)
      from defs d), '[]'::json) as definitions,
    coalesce((select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name, p.id) from persons p),
      '[]'::json) as people,
    coalesce((
      select json_agg(json_build_array(l.definition_id, l.person_id, l.level, l.expires_on))
      from defs d
      cross join lateral (
        select l.definition_id, l.person_id, l.level, l.expires_on from licences l
        where l.org_id = $1::uuid and l.definition_id = d.id offset 0) l
      where l.person_id in (select id from persons)
    ), '[]'::json) as licences,
    coalesce((
      select json_agg(json_build_array(a.definition_id, a.person_id))
      from defs d
      cross join lateral (
        select a.definition_id, a.person_id from licence_task_assignments a
        where a.org_id = $1::uuid and a.definition_id = d.id offset 0) a
      where a.person_id in (select id from persons)
    ), '[]'::json) as assignments
  from u`,
);
