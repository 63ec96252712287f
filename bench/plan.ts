import crypto from 'node:crypto';
import type { Role, TeamKind, UnitKind } from '../src/shared/roles.js';
import {
  AREA_NAMES,
  DEPARTMENT_WORDS,
  INSTITUTION_KINDS,
  INSTITUTION_WORDS,
  JOB_TITLES,
  emailSlug,
  personName,
  seededRandom,
  type Random,
} from './names.js';

export interface UnitRow {
  id: string;
  orgId: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  externalId: string;
}
export interface PersonRow {
  id: string;
  orgId: string;
  name: string;
  email: string;
  employeeNumber: string;
  jobTitle: string;
  passwordHash: string;
}
export interface MembershipRow {
  id: string;
  orgId: string;
  personId: string;
  unitId: string;
  role: Role;
}
export interface TeamRow {
  id: string;
  orgId: string;
  unitId: string | null;
  name: string;
  kind: TeamKind;
}
export interface TeamMemberRow {
  id: string;
  orgId: string;
  teamId: string;
  personId: string;
}

export type Layer = 'administration' | 'area' | 'institution' | 'department';

/** A leader and the people they are nearest leader of (the contract's derivation, known by construction). */
export interface PlannedLeader {
  personId: string;
  unitId: string;
  layer: Layer;
  reports: string[];
}

export interface Plan {
  orgId: string;
  units: UnitRow[];
  people: PersonRow[];
  memberships: MembershipRow[];
  teams: TeamRow[];
  teamMembers: TeamMemberRow[];
  leaders: PlannedLeader[];
  hrIds: string[];
}

/**
 * The shape of a municipality of `size` people: one administration, up to ten areas, about one
 * institution per 200 people with about nine departments (rooms) each, a leader in every unit,
 * HR and administrators at the top, and ~22 employees per department.
 */
export function planMunicipality(size: number, passwordHash: string, seed = 20260101): Plan {
  const random = seededRandom(seed);
  const orgId = crypto.randomUUID();
  const p: Plan = {
    orgId,
    units: [],
    people: [],
    memberships: [],
    teams: [],
    teamMembers: [],
    leaders: [],
    hrIds: [],
  };

  const departmentCount = Math.max(1, Math.round(size / 22));
  const institutionCount = Math.max(1, Math.round(departmentCount / 9));
  const areaCount = Math.min(10, institutionCount);

  const unit = (parentId: string | null, name: string, kind: UnitKind) => {
    const row: UnitRow = {
      id: crypto.randomUUID(),
      orgId,
      parentId,
      name,
      kind,
      externalId: `U${String(p.units.length + 1).padStart(5, '0')}`,
    };
    p.units.push(row);
    return row;
  };
  const person = (jobTitle: string) => {
    const n = p.people.length + 1;
    const name = personName(random);
    const row: PersonRow = {
      id: crypto.randomUUID(),
      orgId,
      name,
      // The running number keeps addresses unique, as a municipality's own scheme would.
      email: `${emailSlug(name)}.${n}@bench-kommune.dk`,
      employeeNumber: `M${String(n).padStart(6, '0')}`,
      jobTitle,
      passwordHash,
    };
    p.people.push(row);
    return row;
  };
  const member = (personId: string, unitId: string, role: Role) =>
    p.memberships.push({ id: crypto.randomUUID(), orgId, personId, unitId, role });
  const leader = (u: UnitRow, layer: Layer, title: string) => {
    const row = person(title);
    member(row.id, u.id, 'leader');
    const planned: PlannedLeader = { personId: row.id, unitId: u.id, layer, reports: [] };
    p.leaders.push(planned);
    return planned;
  };

  const admin = unit(null, 'Børne- og Velfærdsforvaltningen', 'administration');
  const director = leader(admin, 'administration', 'Direktør');
  const areas = Array.from({ length: areaCount }, (_, i) =>
    unit(admin.id, AREA_NAMES[i % AREA_NAMES.length]!, 'area'),
  );
  const areaLeaders = areas.map((a) => leader(a, 'area', 'Områdeleder'));
  director.reports.push(...areaLeaders.map((l) => l.personId));

  const institutions = Array.from({ length: institutionCount }, (_, i) => {
    const area = areas[i % areaCount]!;
    const name = `${INSTITUTION_KINDS[i % INSTITUTION_KINDS.length]} ${INSTITUTION_WORDS[i % INSTITUTION_WORDS.length]}${i >= INSTITUTION_WORDS.length ? ` ${Math.floor(i / INSTITUTION_WORDS.length) + 1}` : ''}`;
    return { unit: unit(area.id, name, 'institution'), areaIndex: i % areaCount };
  });
  const institutionLeaders = institutions.map(({ unit: u, areaIndex }) => {
    const l = leader(u, 'institution', 'Institutionsleder');
    areaLeaders[areaIndex]!.reports.push(l.personId);
    return l;
  });

  const departments = Array.from({ length: departmentCount }, (_, i) => {
    const instIndex = i % institutionCount;
    const name = DEPARTMENT_WORDS[Math.floor(i / institutionCount) % DEPARTMENT_WORDS.length]!;
    return { unit: unit(institutions[instIndex]!.unit.id, name, 'department'), instIndex };
  });
  const departmentLeaders = departments.map(({ unit: u, instIndex }) => {
    const l = leader(u, 'department', 'Afdelingsleder');
    institutionLeaders[instIndex]!.reports.push(l.personId);
    return l;
  });

  const hrCount = Math.max(2, Math.round(size / 2500));
  for (let i = 0; i < hrCount; i++) {
    const hr = person('HR-konsulent');
    member(hr.id, admin.id, 'hr');
    p.hrIds.push(hr.id);
  }
  for (let i = 0; i < 2; i++) member(person('Systemadministrator').id, admin.id, 'org_admin');
  for (const area of areas) {
    // Learning partners are employed centrally and partner with one area.
    const lp = person('Læringskonsulent');
    member(lp.id, admin.id, 'employee');
    member(lp.id, area.id, 'learning_partner');
    director.reports.push(lp.id);
  }
  institutions.forEach(({ unit: u }, i) => {
    const clerk = person('Administrativ medarbejder');
    member(clerk.id, u.id, 'employee');
    institutionLeaders[i]!.reports.push(clerk.id);
  });

  const staff: string[][] = departments.map(() => []);
  const remaining = Math.max(0, size - p.people.length);
  for (let i = 0; i < remaining; i++) {
    // Round-robin with a random jump now and then, so departments differ a little in size.
    const d = random.chance(0.2) ? random.int(0, departmentCount - 1) : i % departmentCount;
    const row = person(random.pick(JOB_TITLES));
    member(row.id, departments[d]!.unit.id, 'employee');
    staff[d]!.push(row.id);
    departmentLeaders[d]!.reports.push(row.id);
    if (random.chance(0.03)) member(row.id, departments[d]!.unit.id, 'resource_person');
    if (random.chance(0.05)) {
      // Some work in two rooms of the same institution.
      const other = (d + institutionCount) % departmentCount;
      if (other !== d) {
        member(row.id, departments[other]!.unit.id, 'employee');
        departmentLeaders[other]!.reports.push(row.id);
      }
    }
  }

  planTeams(p, random, {
    areas,
    institutions: institutions.map((i) => i.unit),
    departments,
    staff,
    institutionLeaders,
  });
  return p;
}

function planTeams(
  p: Plan,
  random: Random,
  org: {
    areas: UnitRow[];
    institutions: UnitRow[];
    departments: { unit: UnitRow; instIndex: number }[];
    staff: string[][];
    institutionLeaders: PlannedLeader[];
  },
) {
  const team = (unitId: string | null, name: string, kind: TeamKind, members: string[]) => {
    const row: TeamRow = { id: crypto.randomUUID(), orgId: p.orgId, unitId, name, kind };
    p.teams.push(row);
    for (const personId of new Set(members)) {
      p.teamMembers.push({ id: crypto.randomUUID(), orgId: p.orgId, teamId: row.id, personId });
    }
  };
  const sample = (ids: string[], n: number) =>
    Array.from({ length: Math.min(n, ids.length) }, () => random.pick(ids));

  org.departments.forEach(({ unit }, d) => {
    if (d % 4 === 0) team(unit.id, `Personalet i ${unit.name}`, 'unit_staff', org.staff[d]!);
  });
  org.institutions.forEach((unit, i) => {
    const pool = org.departments.flatMap((d, di) => (d.instIndex === i ? org.staff[di]! : []));
    team(unit.id, `Fagteam sprog – ${unit.name}`, 'subject', sample(pool, 8));
  });
  org.areas.forEach((unit, a) => {
    const pool = org.departments.flatMap((d, di) =>
      d.instIndex % org.areas.length === a ? org.staff[di]! : [],
    );
    team(unit.id, `Kvalitetsteam ${unit.name}`, 'quality', sample(pool, 6));
  });
  // The thesis's peer groups: four institution leaders across units.
  for (let i = 0; i + 4 <= org.institutionLeaders.length; i += 4) {
    team(
      null,
      `Ledersparring ${i / 4 + 1}`,
      'leader_peer_group',
      org.institutionLeaders.slice(i, i + 4).map((l) => l.personId),
    );
  }
}
