import { z } from 'zod';
import { day, id, instant, ref } from '../../shared/answers.js';
import { overviewAnswer } from '../progression/index.js';
import { TALK_CADENCES } from './constants.js';

// The answers of /api/learning-talks: declared by the routes, returned by the services, read by the screens.

export const learningTalk = z.object({
  id,
  unit: ref,
  cadence: z.enum(TALK_CADENCES),
  heldOn: day,
  periodStart: day,
  focus: z.string(),
  unitNotes: z.string(),
  links: z.array(z.object({ title: z.string(), url: z.string() })),
  conversationNotes: z.string(),
  followUp: z.string(),
  nextStep: z.string(),
  /** The next step agreed last time, which this conversation follows up. */
  previous: z.object({ id, heldOn: day, nextStep: z.string() }).nullable(),
  version: z.number().int(),
  updatedAt: instant,
});
export type LearningTalk = z.infer<typeof learningTalk>;
export const talkAnswer = z.object({ talk: learningTalk });
export type TalkAnswer = z.infer<typeof talkAnswer>;

export const talkListAnswer = z.object({
  talks: z.array(learningTalk.pick({ id: true, unit: true, cadence: true, heldOn: true, focus: true })),
  /** The units whose conversation the actor is a party to. */
  units: z.array(ref),
});
export type TalkListAnswer = z.infer<typeof talkListAnswer>;

/**
 * One section of the data package: counts under stable keys (the screen words them), items with a
 * title and detail in the unit's own words, and for progression the overview itself.
 */
export const packageSection = z.object({
  key: z.string(),
  facts: z.array(z.object({ key: z.string(), value: z.number() })),
  items: z.array(
    z.object({
      title: z.string(),
      detail: z.string().nullable(),
      /** Stable keys the screen words (a trial's outcome, a measure's signal). */
      tags: z.array(z.string()).optional(),
      /** Named figures in both languages (a survey round's index points). */
      scores: z
        .array(z.object({ name: z.object({ da: z.string(), en: z.string() }), value: z.number().nullable() }))
        .optional(),
    }),
  ),
  progression: overviewAnswer.nullable(),
});
export type PackageSection = z.infer<typeof packageSection>;

export const packageAnswer = z.object({
  talk: learningTalk,
  sections: z.array(packageSection),
});
export type PackageAnswer = z.infer<typeof packageAnswer>;
