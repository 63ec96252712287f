import { z } from 'zod';
import { DIALOGUE_LIMITS, PROMPT_KEYS } from './constants.js';
import { versionFromZeroField as versionField } from '../../shared/fields.js';

// Shared by the API and the frame's forms, so a form never accepts what the server refuses.

/** Setting the stage: the meeting's purpose, against the version read. */
export const purposeInput = z.object({
  purpose: z.string().trim().max(DIALOGUE_LIMITS.purpose),
  version: versionField,
});
export type PurposeInput = z.infer<typeof purposeInput>;

/**
 * Opening a round: a prompt (free text, or one of the suggested ones by key) and, optionally, the
 * order in which the participants take their turns (all of them, each once).
 */
export const openRoundInput = z.object({
  prompt: z.string().trim().min(1, 'Required').max(DIALOGUE_LIMITS.prompt),
  promptKey: z.enum(PROMPT_KEYS).nullable().optional(),
  order: z.array(z.uuid()).max(200).optional(),
});
export type OpenRoundInput = z.infer<typeof openRoundInput>;

/** Marking a turn: spoken, passed, or back to waiting (an undo). */
export const markTurnInput = z.object({
  state: z.enum(['waiting', 'spoken', 'passed']),
});
export type MarkTurnInput = z.infer<typeof markTurnInput>;

/** Pointing to one of the team's guidelines on the shared screen (null: none). */
export const highlightInput = z.object({
  guidelineId: z.uuid().nullable(),
});
export type HighlightInput = z.infer<typeof highlightInput>;

export const guidelineText = z.string().trim().min(1, 'Required').max(DIALOGUE_LIMITS.guideline);

/**
 * The team's whole ordered list at once; an item keeps its id (so a highlight survives an edit)
 * when it carries one. Version 0 means "there was no list yet".
 */
export const guidelinesInput = z.object({
  version: versionField,
  items: z.array(z.object({ id: z.uuid().optional(), text: guidelineText })).max(DIALOGUE_LIMITS.guidelines),
});
export type GuidelinesInput = z.infer<typeof guidelinesInput>;
