import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { versionField } from '../../shared/fields.js';
import { PACKAGE_KINDS } from './constants.js';

// Shared by the API and the package form, so a form never accepts what the server refuses.

export const LIBRARY_LIMITS = {
  title: LIMITS.shortText,
  summary: 500,
  /** A package is a few pages of text, not a book. */
  body: 20_000,
  tags: 10,
  tag: 40,
  steps: 12,
  stepTitle: LIMITS.shortText,
  stepText: 1000,
  changeNote: 500,
  query: 200,
} as const;

const required = (max: number) => z.string().trim().min(1, 'Required').max(max);

const step = z.object({
  title: required(LIBRARY_LIMITS.stepTitle),
  text: z.string().trim().max(LIBRARY_LIMITS.stepText),
});
const phase = z.array(step).max(LIBRARY_LIMITS.steps);

export const stepsInput = z.object({ before: phase, during: phase, after: phase });
export type StepsInput = z.infer<typeof stepsInput>;

export const packageInput = z.object({
  kind: z.enum(PACKAGE_KINDS),
  title: required(LIBRARY_LIMITS.title),
  summary: required(LIBRARY_LIMITS.summary),
  body: required(LIBRARY_LIMITS.body),
  tags: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[\p{L}0-9-]{1,40}$/u, 'Letters, digits and hyphens'),
    )
    .max(LIBRARY_LIMITS.tags)
    .default([]),
  /** Only a training track has steps; left out, the package has none. */
  steps: stepsInput.nullable().optional(),
});
export type PackageInput = z.input<typeof packageInput>;

export const createPackageInput = packageInput;
export type CreatePackageInput = z.infer<typeof createPackageInput>;

/** An edit is a new version: what the writer read, and a word on what changed for those using it. */
export const updatePackageInput = packageInput.extend({
  version: versionField,
  changeNote: required(LIBRARY_LIMITS.changeNote),
});
export type UpdatePackageInput = z.infer<typeof updatePackageInput>;

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'Required').max(LIBRARY_LIMITS.query),
});

export const builtInKey = z.string().regex(/^[a-z][a-z0-9-]{0,60}$/, 'Not a package key');
/** Kinds are named by the modules that register them (attach-kinds.ts); unknown ones are a 404. */
const entityKind = z.string().regex(/^[a-z][a-z_]{0,39}$/, 'Not a kind');

export const attachmentTargetQuery = z.object({ entityKind, entityId: z.uuid() });
export type AttachmentTarget = z.infer<typeof attachmentTargetQuery>;

export const attachInput = z
  .object({
    entityKind,
    entityId: z.uuid(),
    packageId: z.uuid().optional(),
    builtInKey: builtInKey.optional(),
  })
  .refine((v) => (v.packageId === undefined) !== (v.builtInKey === undefined), {
    message: 'Choose one package',
    path: ['packageId'],
  });
export type AttachInput = z.infer<typeof attachInput>;

export const diffQuery = z.object({
  from: z.coerce.number().int().min(1).max(2_147_483_647),
  to: z.coerce.number().int().min(1).max(2_147_483_647),
});
