import type { ParsedCsv } from '../../import/index.js';
import type { SourceData } from './fetch.js';

/*
 * What OS2mo sent, as the lines of the CSV import's two formats, so its checks, its reasons and
 * its writes serve the sync unchanged. A unit's code is its OS2mo uuid (a move keeps it); a
 * person's employee number is their OS2mo user key.
 */

export function unitRows(data: SourceData): ParsedCsv {
  return {
    rows: data.units.map((u, i) => ({
      line: i + 1,
      values: { unit_code: u.uuid, name: u.name, kind: '', parent_code: u.parent ?? '' },
    })),
    columns: new Set(['unit_code', 'name', 'kind', 'parent_code']),
    errors: [],
    total: data.units.length,
  };
}

export interface PeopleRows {
  parsed: ParsedCsv;
  /** Every role OS2mo gives, by employee number and unit uuid. */
  roles: { number: string; unit: string; role: 'employee' | 'leader' }[];
  /** Employee numbers of the people who are in OS2mo today: with an engagement or a manager post. */
  current: string[];
}

/**
 * One line per role: an engagement makes an employee of its unit, a manager post a leader (and no
 * employee line in the same unit). A person's email and job title go on their first line only:
 * two engagements with two job functions are not a conflict, the first one is the title.
 */
export function peopleRows(data: SourceData): PeopleRows {
  const byUuid = new Map(data.employees.map((e) => [e.uuid, e]));
  const places = new Map<string, { units: Map<string, 'employee' | 'leader'>; jobTitle: string | null }>();
  const placeOf = (person: string) => {
    let p = places.get(person);
    if (!p) places.set(person, (p = { units: new Map(), jobTitle: null }));
    return p;
  };
  for (const m of data.managers) if (byUuid.has(m.person)) placeOf(m.person).units.set(m.unit, 'leader');
  for (const e of data.engagements) {
    if (!byUuid.has(e.person)) continue;
    const place = placeOf(e.person);
    if (!place.units.has(e.unit)) place.units.set(e.unit, 'employee');
    place.jobTitle ??= e.jobTitle;
  }

  const rows: ParsedCsv['rows'] = [];
  const roles: PeopleRows['roles'] = [];
  const current: string[] = [];
  for (const employee of data.employees) {
    const place = places.get(employee.uuid);
    if (!place) continue;
    current.push(employee.number);
    let first = true;
    for (const [unit, role] of place.units) {
      rows.push({
        line: rows.length + 1,
        values: {
          employee_number: employee.number,
          name: employee.name,
          email: first ? (employee.email ?? '') : '',
          job_title: first ? (place.jobTitle ?? '') : '',
          unit_code: unit,
          role,
        },
      });
      roles.push({ number: employee.number, unit, role });
      first = false;
    }
  }
  return {
    parsed: {
      rows,
      columns: new Set(['employee_number', 'name', 'email', 'job_title', 'unit_code', 'role']),
      errors: [],
      total: rows.length,
    },
    roles,
    current,
  };
}
