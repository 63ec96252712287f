import { z } from 'zod';
import { LIMITS } from '../../shared/limits.js';
import { FRAME_ITEM_KINDS } from './constants.js';
import { dateField, versionField } from '../../shared/fields.js';

// Shared by the API and the frame forms, so a form never accepts what the server refuses.

export const FRAME_LIMITS = {
  title: LIMITS.shortText,
  intro: LIMITS.description,
  itemTitle: LIMITS.shortText,
  /** "A short description": enough for a few sentences on a phone. */
  itemDescription: 1000,
  items: 30,
} as const;

const blankToNull = (v: string) => (v === '' ? null : v);
const optionalText = (max: number) => z.string().trim().max(max).transform(blankToNull).nullable().optional();

export const frameItemKind = z.enum(FRAME_ITEM_KINDS);

export const frameItemInput = z.object({
  kind: frameItemKind,
  title: z.string().trim().min(1, 'Required').max(FRAME_LIMITS.itemTitle),
  description: optionalText(FRAME_LIMITS.itemDescription),
});
export type FrameItemInput = z.infer<typeof frameItemInput>;

export const updateFrameItemInput = frameItemInput.partial().extend({
  position: z.number().int().min(0).max(1000).optional(),
});
export type UpdateFrameItemInput = z.infer<typeof updateFrameItemInput>;

const periodInOrder = (v: { periodStart?: string | undefined; periodEnd?: string | undefined }) =>
  !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;
const periodIssue = { message: 'The period ends before it starts', path: ['periodEnd'] };

export const createFrameInput = z
  .object({
    unitId: z.uuid(),
    title: z.string().trim().min(1, 'Required').max(FRAME_LIMITS.title),
    intro: optionalText(FRAME_LIMITS.intro),
    periodStart: dateField,
    periodEnd: dateField,
    items: z.array(frameItemInput).max(FRAME_LIMITS.items).optional(),
  })
  .refine(periodInOrder, periodIssue);
export type CreateFrameInput = z.infer<typeof createFrameInput>;

export const updateFrameInput = z
  .object({
    title: z.string().trim().min(1, 'Required').max(FRAME_LIMITS.title).optional(),
    intro: optionalText(FRAME_LIMITS.intro),
    periodStart: dateField.optional(),
    periodEnd: dateField.optional(),
    version: versionField,
  })
  .refine(periodInOrder, periodIssue);
export type UpdateFrameInput = z.infer<typeof updateFrameInput>;

export const publishFrameInput = z.object({ version: versionField });
export type PublishFrameInput = z.infer<typeof publishFrameInput>;

export const listFramesQuery = z.object({ unitId: z.uuid().optional() });
export type ListFramesQuery = z.infer<typeof listFramesQuery>;
