import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { ADMIN_ROLES, type Role } from '../../../shared/roles.js';
import type { CsvRow } from '../csv/parse.js';
import { parseRole } from '../formats.js';
import type { ImportLineError, SampleRow } from '../answers.js';
import { LineErrors, buildSample } from './common.js';

export interface ExistingPerson {
  id: string;
  employeeNumber: string | null;
  name: string;
  email: string | null;
  jobTitle: string | null;
}

export interface ExistingState {
  people: ExistingPerson[];
  /** unit code → unit id, for the units that have a code. */
  unitIds: Map<string, string>;
  memberships: { personId: string; unitId: string; role: Role }[];
  /**
   * Whether the person importing is an organisation admin. Only they may grant the hr and
   * org_admin roles or change an org admin's record (as on the person page, see policy/admin-rights.ts):
   * otherwise HR could make itself admin, or take over an admin's account through its email.
   */
  mayManageAdmins: boolean;
}

export interface PlannedPerson {
  line: number;
  employeeNumber: string;
  name: string;
  /** The file's value, or null when the file leaves it empty (an existing value is kept). */
  email: string | null;
  jobTitle: string | null;
  /** Set for a person who exists. */
  id?: string;
  changes: string[];
  /** `unitId|role` pairs the person does not hold yet. */
  newMemberships: { unitId: string; role: Role }[];
}

export interface PeoplePlan {
  errors: ImportLineError[];
  create: PlannedPerson[];
  update: PlannedPerson[];
  unchanged: PlannedPerson[];
  membershipsAdded: number;
  membershipsKept: number;
}

interface FilePerson {
  line: number;
  employeeNumber: string;
  name: string;
  email: string | null;
  emailLine: number;
  jobTitle: string | null;
  memberships: Map<string, { unitId: string; role: Role; line: number }>;
}

const emailSchema = z.email();

/**
 * Checks a people file against the organisation and decides, per employee number, whether the
 * person is created, updated or unchanged and which roles in units they gain. A person may be
 * on several lines, one per unit and role.
 */
export function planPeople(rows: CsvRow[], state: ExistingState): PeoplePlan {
  const errors = new LineErrors();
  const byNumber = new Map<string, FilePerson>();

  for (const { line, values } of rows) {
    const number = values.employee_number ?? '';
    const name = values.name ?? '';
    const email = (values.email ?? '').toLowerCase();
    const jobTitle = values.job_title ?? '';
    const okNumber = errors.required(line, 'employee_number', number, LIMITS.employeeNumber);
    errors.required(line, 'name', name, LIMITS.name);
    if (
      email &&
      errors.maxLength(line, 'email', email, LIMITS.email) &&
      !emailSchema.safeParse(email).success
    ) {
      errors.add(line, 'email', 'invalid_email', 'Not a valid email address');
    }
    errors.maxLength(line, 'job_title', jobTitle, LIMITS.jobTitle);
    const unitCode = values.unit_code ?? '';
    let unitId: string | undefined;
    if (errors.required(line, 'unit_code', unitCode, LIMITS.shortText)) {
      unitId = state.unitIds.get(unitCode);
      if (!unitId) errors.add(line, 'unit_code', 'unknown_unit', `No unit has the code ${unitCode}`);
    }
    const role = values.role ? parseRole(values.role) : 'employee';
    if (!role) errors.add(line, 'role', 'unknown_role', 'Not a role; see the format');
    if (!okNumber) continue;

    let person = byNumber.get(number);
    if (!person) {
      person = {
        line,
        employeeNumber: number,
        name,
        email: email || null,
        emailLine: line,
        jobTitle: jobTitle || null,
        memberships: new Map(),
      };
      byNumber.set(number, person);
    } else {
      // The same person on several lines: the lines must agree where they say something.
      const conflict =
        name && name !== person.name
          ? 'name'
          : email && person.email && email !== person.email
            ? 'email'
            : jobTitle && person.jobTitle && jobTitle !== person.jobTitle
              ? 'job_title'
              : null;
      if (conflict) {
        errors.add(
          line,
          conflict,
          'duplicate_key_conflict',
          `employee_number ${number} appears on line ${person.line} with another ${conflict}`,
        );
      }
      if (email && !person.email) Object.assign(person, { email, emailLine: line });
      if (jobTitle && !person.jobTitle) person.jobTitle = jobTitle;
    }
    const key = `${unitId}|${role}`;
    if (unitId && role && !person.memberships.has(key)) person.memberships.set(key, { unitId, role, line });
  }

  const existingByNumber = new Map(
    state.people.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber!, p]),
  );
  checkEmails(byNumber, state.people, existingByNumber, errors);

  const held = new Map<string, Set<string>>();
  for (const m of state.memberships) {
    let set = held.get(m.personId);
    if (!set) held.set(m.personId, (set = new Set()));
    set.add(`${m.unitId}|${m.role}`);
  }

  const admins = new Set(state.memberships.filter((m) => m.role === 'org_admin').map((m) => m.personId));
  const plan: PeoplePlan = {
    errors: [],
    create: [],
    update: [],
    unchanged: [],
    membershipsAdded: 0,
    membershipsKept: 0,
  };
  for (const person of byNumber.values()) {
    const current = existingByNumber.get(person.employeeNumber);
    const base = {
      line: person.line,
      employeeNumber: person.employeeNumber,
      name: person.name,
      email: person.email,
      jobTitle: person.jobTitle,
    };
    const holds = (current && held.get(current.id)) ?? new Set<string>();
    const added = [...person.memberships].filter(([key]) => !holds.has(key)).map(([, m]) => m);
    if (!state.mayManageAdmins) {
      for (const m of added.filter((m) => ADMIN_ROLES.includes(m.role))) {
        errors.add(
          m.line,
          'role',
          'admin_role_not_allowed',
          'Only organisation administrators may grant administrator roles',
        );
      }
    }
    const newMemberships = added.map(({ unitId, role }) => ({ unitId, role }));
    if (!current) {
      plan.membershipsAdded += newMemberships.length;
      plan.create.push({ ...base, changes: [], newMemberships });
      continue;
    }
    plan.membershipsAdded += newMemberships.length;
    plan.membershipsKept += [...holds].filter((key) => !person.memberships.has(key)).length;
    const changes = [
      ...(person.name !== current.name ? ['name'] : []),
      ...(person.email && person.email !== current.email?.toLowerCase() ? ['email'] : []),
      ...(person.jobTitle && person.jobTitle !== current.jobTitle ? ['job_title'] : []),
      ...(newMemberships.length ? ['memberships'] : []),
    ];
    const fieldChange = changes.find((c) => c !== 'memberships');
    if (fieldChange && admins.has(current.id) && !state.mayManageAdmins) {
      errors.add(
        person.line,
        fieldChange,
        'admin_person_protected',
        'Only organisation administrators may change an organisation administrator',
      );
    }
    const planned: PlannedPerson = { ...base, id: current.id, changes, newMemberships };
    (changes.length ? plan.update : plan.unchanged).push(planned);
  }
  plan.errors = errors.sorted();
  return plan;
}

/**
 * An email address may belong to one person only, as the organisation will look after the
 * import: people the file does not mention keep theirs; the file's people get the file's
 * address, or keep their own when the file leaves it empty.
 */
function checkEmails(
  byNumber: Map<string, FilePerson>,
  people: ExistingPerson[],
  existingByNumber: Map<string, ExistingPerson>,
  errors: LineErrors,
) {
  const owner = new Map<string, string>();
  for (const p of people) {
    if (p.email && !(p.employeeNumber && byNumber.has(p.employeeNumber)))
      owner.set(p.email.toLowerCase(), `id:${p.id}`);
  }
  for (const person of byNumber.values()) {
    const email = person.email ?? existingByNumber.get(person.employeeNumber)?.email?.toLowerCase() ?? null;
    if (!email) continue;
    const taken = owner.get(email);
    if (taken && taken !== `no:${person.employeeNumber}`) {
      errors.add(person.emailLine, 'email', 'email_taken', 'The email address belongs to another person');
    } else {
      owner.set(email, `no:${person.employeeNumber}`);
    }
  }
}

export function peopleSample(plan: PeoplePlan) {
  const row = (p: PlannedPerson): SampleRow => ({
    line: p.line,
    key: p.employeeNumber,
    name: p.name,
    changes: p.changes,
  });
  return buildSample(
    plan.create.slice(0, 5).map(row),
    plan.update.slice(0, 5).map(row),
    plan.unchanged.slice(0, 5).map(row),
  );
}
