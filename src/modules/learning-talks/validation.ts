import { z } from 'zod';
import { dateField, versionField } from '../../shared/fields.js';
import { TALK_CADENCES, TALK_LIMITS } from './constants.js';

const text = (max: number) => z.string().trim().max(max);
const link = z.object({
  title: z.string().trim().min(1, 'Required').max(200),
  url: z
    .string()
    .trim()
    .max(TALK_LIMITS.link)
    .regex(/^https?:\/\//, 'Use a web address starting with https://'),
});

export const createTalkInput = z.object({
  unitId: z.uuid(),
  cadence: z.enum(TALK_CADENCES),
  heldOn: dateField,
  focus: text(TALK_LIMITS.focus).optional(),
});
export type CreateTalkInput = z.infer<typeof createTalkInput>;

export const updateTalkInput = z.object({
  heldOn: dateField.optional(),
  focus: text(TALK_LIMITS.focus).optional(),
  unitNotes: text(TALK_LIMITS.text).optional(),
  links: z.array(link).max(TALK_LIMITS.links).optional(),
  conversationNotes: text(TALK_LIMITS.text).optional(),
  followUp: text(TALK_LIMITS.text).optional(),
  nextStep: text(TALK_LIMITS.text).optional(),
  version: versionField,
});
export type UpdateTalkInput = z.infer<typeof updateTalkInput>;

export const listTalksQuery = z.object({ unitId: z.uuid().optional() });
