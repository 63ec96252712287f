import { z } from 'zod';
import { day, id, instant } from '../../shared/answers.js';
import { UNIT_KINDS } from '../../shared/roles.js';
import { FRAME_ITEM_KINDS } from './constants.js';

// The answers of /api/frames: declared by the routes, returned by the services, read by the screens.

export const frameItem = z.object({
  id,
  kind: z.enum(FRAME_ITEM_KINDS),
  title: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
});
export type FrameItem = z.infer<typeof frameItem>;

/** A leader's frame for a unit and a period; `published` once the unit's people see it. */
export const frame = z.object({
  id,
  unitId: id,
  unitName: z.string(),
  title: z.string(),
  intro: z.string().nullable(),
  periodStart: day,
  periodEnd: day,
  status: z.enum(['draft', 'published']),
  publishedAt: instant.nullable(),
  version: z.number().int(),
  items: z.array(frameItem),
  can: z.object({ edit: z.boolean() }),
});
export type Frame = z.infer<typeof frame>;

export const frameAnswer = z.object({ frame });
export type FrameAnswer = z.infer<typeof frameAnswer>;

/** The published frames in force for the signed-in person. */
export const frameListAnswer = z.object({ frames: z.array(frame) });
export type FrameListAnswer = z.infer<typeof frameListAnswer>;

/** The frames a leader maintains, with the units they may frame. */
export const managedFramesAnswer = frameListAnswer.extend({
  units: z.array(z.object({ id, name: z.string(), kind: z.enum(UNIT_KINDS) })),
});
export type ManagedFramesAnswer = z.infer<typeof managedFramesAnswer>;
