import { z } from 'zod';
import { id, instant } from '../../shared/answers.js';
import { PACKAGE_KINDS } from './constants.js';

// The answers of /api/library: declared by the routes, returned by the services, read by the screens.

/** A package in a list: a built-in (`builtInKey`) or the organisation's own (`id`). */
export const packageSummary = z.object({
  id: id.nullable(),
  builtInKey: z.string().nullable(),
  kind: z.enum(PACKAGE_KINDS),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  version: z.number().int(),
  updatedAt: instant.nullable(),
  hasSteps: z.boolean(),
});
export type PackageSummary = z.infer<typeof packageSummary>;

const step = z.object({ title: z.string(), text: z.string() });
export const steps = z.object({ before: z.array(step), during: z.array(step), after: z.array(step) });
export type Steps = z.infer<typeof steps>;

export const versionEntry = z.object({
  version: z.number().int(),
  changeNote: z.string().nullable(),
  author: z.string().nullable(),
  createdAt: instant,
});
export type VersionEntry = z.infer<typeof versionEntry>;

/** One package to read: its text as safe HTML (and as Markdown for the editor), steps and history. */
export const packageDetail = packageSummary.extend({
  html: z.string(),
  markdown: z.string(),
  steps: steps.nullable(),
  /** The toolbox of the twelve levers: their keys (texts and plans are the levers module's). */
  levers: z.array(z.string()).nullable(),
  versions: z.array(versionEntry),
  can: z.object({ edit: z.boolean() }),
});
export type PackageDetail = z.infer<typeof packageDetail>;

export const packageAnswer = z.object({ package: packageDetail });
export type PackageAnswer = z.infer<typeof packageAnswer>;

export const packageListAnswer = z.object({
  packages: z.array(packageSummary),
  can: z.object({ write: z.boolean() }),
});
export type PackageListAnswer = z.infer<typeof packageListAnswer>;

/** A piece of a search snippet; `hit` marks the words that matched. Plain text, never markup. */
export const snippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

export const searchAnswer = z.object({
  results: z.array(z.object({ package: packageSummary, rank: z.number(), snippet: z.array(snippetPart) })),
});
export type SearchAnswer = z.infer<typeof searchAnswer>;

export const diffLine = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });

/** What changed from one version to a later one: the change notes between and the changed lines. */
export const change = z.object({
  from: z.number().int(),
  to: z.number().int(),
  notes: z.array(versionEntry),
  lines: z.array(diffLine),
});
export type Change = z.infer<typeof change>;

export const changeAnswer = z.object({ change });

export const attachment = z.object({
  id,
  package: packageSummary,
  version: z.number().int(),
  attachedAt: instant,
  attachedBy: z.string().nullable(),
  /** Set when the package has a newer version than the one taken in here. */
  update: change.nullable(),
});
export type Attachment = z.infer<typeof attachment>;

export const attachmentsAnswer = z.object({
  attachments: z.array(attachment),
  can: z.object({ attach: z.boolean() }),
});
export type AttachmentsAnswer = z.infer<typeof attachmentsAnswer>;
