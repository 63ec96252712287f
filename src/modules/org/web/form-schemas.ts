import { z } from 'zod';
import { LIMITS } from '../../../shared/limits';
import { LOCALES, ROLES, TEAM_KINDS, UNIT_KINDS } from '../../../shared/roles';

// Stand-in for src/modules/org/validation.ts until the API's schemas land; same limits.

const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** An optional text field: an empty input means "none". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const id = z.uuid();

export const createUnitInput = z.object({
  name: requiredText(LIMITS.name),
  kind: z.enum(UNIT_KINDS),
  parentId: id.nullable(),
  externalId: optionalText(LIMITS.shortText),
});

export const updateUnitInput = z.object({
  name: requiredText(LIMITS.name).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  externalId: optionalText(LIMITS.shortText),
  version: z.number().int(),
});

export const moveUnitInput = z.object({ parentId: id.nullable() });

export const membershipInput = z.object({ unitId: id, role: z.enum(ROLES) });

const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(LIMITS.email)
  .pipe(z.union([z.literal(''), z.email()]))
  .nullish()
  .transform((v) => (v ? v : null));

export const createPersonInput = z.object({
  name: requiredText(LIMITS.name),
  email: emailField,
  employeeNumber: optionalText(LIMITS.employeeNumber),
  jobTitle: optionalText(LIMITS.jobTitle),
  locale: z.enum(LOCALES).optional(),
  memberships: z.array(membershipInput).max(50).optional(),
});

export const updatePersonInput = z.object({
  name: requiredText(LIMITS.name).optional(),
  email: emailField,
  employeeNumber: optionalText(LIMITS.employeeNumber),
  jobTitle: optionalText(LIMITS.jobTitle),
  active: z.boolean().optional(),
  version: z.number().int(),
});

export const movePersonInput = z
  .object({ fromUnitId: id, toUnitId: id })
  .refine((v) => v.fromUnitId !== v.toUnitId, { path: ['toUnitId'] });

export const createTeamInput = z.object({
  name: requiredText(LIMITS.name),
  kind: z.enum(TEAM_KINDS),
  unitId: id.nullable(),
  description: optionalText(LIMITS.description),
});

export const updateTeamInput = z.object({
  name: requiredText(LIMITS.name).optional(),
  kind: z.enum(TEAM_KINDS).optional(),
  description: optionalText(LIMITS.description),
  version: z.number().int(),
});

export const teamMemberInput = z.object({ personId: id });
