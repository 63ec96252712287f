import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { LOCALES, ROLES, TEAM_KINDS, UNIT_KINDS } from '../../shared/roles.js';
import { versionField } from '../../shared/fields.js';
import { isHttpsUrl, isLocalHttpUrl } from '../../shared/urls.js';

// Shared by the API and the org screens' forms, so a form never accepts what the server refuses.

const blankToNull = (v: string) => (v === '' ? null : v);

/** Trimmed text without control characters (PostgreSQL refuses a NUL byte in text). */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => ![...v].some(isControl), 'Contains a character that is not allowed');

// Tab, line feed and carriage return are ordinary text; the other C0 controls are not.
const isControl = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 32 && code !== 9 && code !== 10 && code !== 13;
};

export const nameField = text(LIMITS.name).refine((v) => v.length > 0, 'Required');

/** Optional text where an empty form field means "none" (stored as null). */
const optionalText = (max: number) => text(max).transform(blankToNull).nullable().optional();

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email)
  .refine((v) => v === '' || z.email().safeParse(v).success, 'Not a valid email address')
  .transform(blankToNull)
  .nullable()
  .optional();

/** The version the client last read; a write against an older one is refused (stale_version). */

export const roleField = z.enum(ROLES);
export const unitKindField = z.enum(UNIT_KINDS);
export const teamKindField = z.enum(TEAM_KINDS);

// Units

export const createUnitInput = z.object({
  name: nameField,
  kind: unitKindField,
  parentId: z.uuid().nullable(),
  externalId: optionalText(LIMITS.shortText),
});
export type CreateUnitInput = z.infer<typeof createUnitInput>;

export const updateUnitInput = z.object({
  name: nameField.optional(),
  kind: unitKindField.optional(),
  externalId: optionalText(LIMITS.shortText),
  version: versionField,
});
export type UpdateUnitInput = z.infer<typeof updateUnitInput>;

export const moveUnitInput = z.object({ parentId: z.uuid().nullable() });
export type MoveUnitInput = z.infer<typeof moveUnitInput>;

// People

export const membershipInput = z.object({ unitId: z.uuid(), role: roleField });
export type MembershipInput = z.infer<typeof membershipInput>;

export const createPersonInput = z.object({
  name: nameField,
  email: optionalEmail,
  employeeNumber: optionalText(LIMITS.employeeNumber),
  jobTitle: optionalText(LIMITS.jobTitle),
  locale: z.enum(LOCALES).optional(),
  memberships: z.array(membershipInput).max(50).optional(),
});
export type CreatePersonInput = z.infer<typeof createPersonInput>;

export const updatePersonInput = z.object({
  name: nameField.optional(),
  email: optionalEmail,
  employeeNumber: optionalText(LIMITS.employeeNumber),
  jobTitle: optionalText(LIMITS.jobTitle),
  active: z.boolean().optional(),
  version: versionField,
});
export type UpdatePersonInput = z.infer<typeof updatePersonInput>;

export const movePersonInput = z.object({ fromUnitId: z.uuid(), toUnitId: z.uuid() });
export type MovePersonInput = z.infer<typeof movePersonInput>;

export const PEOPLE_PAGE_SIZE_MAX = 200;

export const listPeopleQuery = z.object({
  query: text(LIMITS.shortText).optional(),
  unitId: z.uuid().optional(),
  role: roleField.optional(),
  includeInactive: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PEOPLE_PAGE_SIZE_MAX).default(50),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const directoryQuery = z.object({ query: text(LIMITS.shortText).optional() });
export type DirectoryQuery = z.infer<typeof directoryQuery>;

// Teams

export const createTeamInput = z.object({
  name: nameField,
  kind: teamKindField,
  /** Null for a cross-unit team such as a leaders' peer group; only admins create those. */
  unitId: z.uuid().nullable(),
  description: optionalText(LIMITS.description),
});
export type CreateTeamInput = z.infer<typeof createTeamInput>;

export const updateTeamInput = z.object({
  name: nameField.optional(),
  kind: teamKindField.optional(),
  description: optionalText(LIMITS.description),
  version: versionField,
});
export type UpdateTeamInput = z.infer<typeof updateTeamInput>;

export const addTeamMemberInput = z.object({ personId: z.uuid() });
export type AddTeamMemberInput = z.infer<typeof addTeamMemberInput>;

/** The organisation's own details (the settings page, organisation admins). */
const optionalUrl = z
  .string()
  .trim()
  .max(LIMITS.url)
  .refine((v) => v === '' || isHttpsUrl(v) || isLocalHttpUrl(v))
  .transform((v) => (v === '' ? null : v));

export const organisationInput = z.object({
  name: z.string().trim().min(1).max(LIMITS.name),
  /** Empty or null removes the link. */
  accessibilityUrl: optionalUrl.nullable().transform((v) => v ?? null),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
export type OrganisationForm = z.input<typeof organisationInput>;
