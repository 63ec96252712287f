import { z } from 'zod';
import { id, instant, ref } from '../../shared/answers.js';
import { LOCALES, ROLES, TEAM_KINDS, UNIT_KINDS } from '../../shared/roles.js';

// The answers of /api/units, /api/people, /api/teams and /api/me/access-log: declared by the
// routes, returned by the services, read by the org screens.

const role = z.enum(ROLES);
const unitKind = z.enum(UNIT_KINDS);
const teamKind = z.enum(TEAM_KINDS);

export const unit = z.object({
  id,
  parentId: id.nullable(),
  name: z.string(),
  kind: unitKind,
  externalId: z.string().nullable(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof unit>;

export const unitAnswer = z.object({ unit });
export type UnitAnswer = z.infer<typeof unitAnswer>;

/** memberCount: memberships of active people, i.e. the rows of the unit's member list. */
export const unitRow = unit.extend({ memberCount: z.number().int() });
export type UnitRow = z.infer<typeof unitRow>;

export const unitListAnswer = z.object({ units: z.array(unitRow) });
export type UnitListAnswer = z.infer<typeof unitListAnswer>;

export const unitDetailAnswer = z.object({
  unit,
  /** The units above, from the top. */
  path: z.array(ref),
  children: z.array(z.object({ id, name: z.string(), kind: unitKind, memberCount: z.number().int() })),
  members: z.array(
    z.object({
      personId: id,
      name: z.string(),
      jobTitle: z.string().nullable(),
      role,
      membershipId: id,
      /** Only admins see deactivated members. */
      active: z.boolean(),
    }),
  ),
  teams: z.array(z.object({ id, name: z.string(), kind: teamKind })),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type UnitDetail = z.infer<typeof unitDetailAnswer>;

export const person = z.object({
  id,
  name: z.string(),
  email: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  jobTitle: z.string().nullable(),
  locale: z.enum(LOCALES),
  active: z.boolean(),
  version: z.number().int(),
  lastSignInAt: instant.nullable(),
  hasPassword: z.boolean(),
});
export type Person = z.infer<typeof person>;

export const personAnswer = z.object({ person });
export type PersonAnswer = z.infer<typeof personAnswer>;

const unitRole = z.object({ unitId: id, unitName: z.string(), role });

export const personListItem = z.object({
  id,
  name: z.string(),
  jobTitle: z.string().nullable(),
  email: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  active: z.boolean(),
  memberships: z.array(unitRole),
});
export type PersonListItem = z.infer<typeof personListItem>;

/** One page of people; `total` counts every match. */
export const peopleListAnswer = z.object({ people: z.array(personListItem), total: z.number().int() });
export type PeopleListAnswer = z.infer<typeof peopleListAnswer>;

/** Colleagues to pick from (names, job titles and unit names only). */
export const directoryEntry = z.object({
  id,
  name: z.string(),
  jobTitle: z.string().nullable(),
  units: z.array(z.string()),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;

export const directoryAnswer = z.object({ people: z.array(directoryEntry) });
export type DirectoryAnswer = z.infer<typeof directoryAnswer>;

export const membership = unitRole.extend({ id });
export type Membership = z.infer<typeof membership>;

export const personRecordAnswer = z.object({
  person,
  memberships: z.array(membership),
  nearestLeaders: z.array(ref),
  teams: z.array(z.object({ id, name: z.string(), kind: teamKind })),
  relation: z.enum(['self', 'leader', 'admin']),
  can: z.object({ update: z.boolean(), manageRoles: z.boolean(), invite: z.boolean() }),
});
export type PersonRecord = z.infer<typeof personRecordAnswer>;

export const membershipAnswer = z.object({ membership });
export type MembershipAnswer = z.infer<typeof membershipAnswer>;

/** Who read my record, and when. */
export const accessEvent = z.object({
  at: instant,
  actor: ref.nullable(),
  action: z.string(),
  /** How many times that day (the log has a line per reader, kind of read and day). */
  count: z.number().int(),
});
export type AccessEvent = z.infer<typeof accessEvent>;

export const accessLogAnswer = z.object({ events: z.array(accessEvent) });
export type AccessLogAnswer = z.infer<typeof accessLogAnswer>;

export const team = z.object({
  id,
  name: z.string(),
  kind: teamKind,
  unitId: id.nullable(),
  unitName: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
});
export type Team = z.infer<typeof team>;

export const teamAnswer = z.object({ team });
export type TeamAnswer = z.infer<typeof teamAnswer>;

export const teamRow = team
  .omit({ description: true, version: true })
  .extend({ memberCount: z.number().int() });
export type TeamRow = z.infer<typeof teamRow>;

export const teamListAnswer = z.object({ teams: z.array(teamRow) });
export type TeamListAnswer = z.infer<typeof teamListAnswer>;

export const teamDetailAnswer = z.object({
  team,
  members: z.array(z.object({ personId: id, name: z.string(), jobTitle: z.string().nullable() })),
  /** seeDevelopment: the team's development page is open to the actor. */
  can: z.object({
    update: z.boolean(),
    manageMembers: z.boolean(),
    delete: z.boolean(),
    seeDevelopment: z.boolean(),
  }),
});
export type TeamDetail = z.infer<typeof teamDetailAnswer>;

/** The organisation's own details, for its settings page. */
export const organisationSettings = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  accessibilityUrl: z.string().nullable(),
});
export type OrganisationSettings = z.infer<typeof organisationSettings>;

export const organisationAnswer = z.object({ organisation: organisationSettings });
export type OrganisationAnswer = z.infer<typeof organisationAnswer>;
