import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { ENTRY_KINDS } from './constants.js';
import { FORUM_LEVELS } from '../../shared/vocabulary.js';

// The answers of /api/year-wheel and /api/units/{id}/year-wheel: declared by the routes, returned by the services, read by the screens.

export const entry = z.object({
  id,
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  data: z.string().nullable(),
  note: z.string().nullable(),
  startsOn: day,
  endsOn: day.nullable(),
  forum: ref.extend({ level: z.enum(FORUM_LEVELS) }).nullable(),
  remindDaysBefore: z.number().int().nullable(),
  version: z.number().int(),
});
export type Entry = z.infer<typeof entry>;

/** A forum of the unit with its meeting days in the year shown, computed from its cadence. */
export const wheelForum = ref.extend({
  level: z.enum(FORUM_LEVELS),
  meetings: z.array(day),
});
export type WheelForum = z.infer<typeof wheelForum>;

export const wheelAnswer = z.object({
  unit: ref,
  year: z.number().int(),
  entries: z.array(entry),
  forums: z.array(wheelForum),
  /** The actor's own feed of this unit: when it was made, or null when they have none. */
  feed: z.object({ createdAt: instant }).nullable(),
  can: z.object({ edit: z.boolean() }),
});
export type WheelAnswer = z.infer<typeof wheelAnswer>;

export const entryAnswer = z.object({ entry });
export type EntryAnswer = z.infer<typeof entryAnswer>;

/** The units whose year-wheel the actor may see, and whether they edit it. */
export const wheelUnitsAnswer = z.object({ units: z.array(ref.extend({ edit: z.boolean() })) });
export type WheelUnitsAnswer = z.infer<typeof wheelUnitsAnswer>;

/** A new feed: its address is shown this once (only its hash is kept). */
export const feedAnswer = z.object({ feed: z.object({ url: z.string(), createdAt: instant }) });
export type FeedAnswer = z.infer<typeof feedAnswer>;
