import { z } from 'zod';
import { day, id, ref } from '../../shared/answers.js';

// The answers of /api/learning-culture: declared by the routes, returned by the services, read by the screens.

const localized = z.object({ da: z.string(), en: z.string() });

export const cultureAssessment = z.object({
  id,
  takenOn: day,
  scores: z.array(z.number().int()),
  /** The beacons' themes on 0–100, as the survey's indices are read. */
  indices: z.array(z.object({ key: z.string(), points: z.number().int().nullable() })),
  note: z.string(),
});
export type CultureAssessment = z.infer<typeof cultureAssessment>;

export const cultureTrendAnswer = z.object({
  /** Whose trend: the actor, a team, or someone who shared theirs with the actor. */
  subject: z.object({ kind: z.enum(['person', 'team']), ref }),
  items: z.array(z.object({ key: z.string(), text: localized, short: localized })),
  indices: z.array(z.object({ key: z.string(), name: localized })),
  scale: z.array(z.object({ value: z.number().int(), text: localized })),
  /** Oldest first. */
  assessments: z.array(cultureAssessment),
  shared: z.boolean(),
  /** Who sees it when shared: the person's nearest leaders, or the team's unit's leaders. */
  sharedWith: z.array(ref),
  /** The teams the actor may take the assessment for; and others' trends shared with the actor. */
  teams: z.array(ref),
  sharedWithMe: z.array(z.object({ kind: z.enum(['person', 'team']), ref })),
  can: z.object({ take: z.boolean(), share: z.boolean() }),
});
export type CultureTrendAnswer = z.infer<typeof cultureTrendAnswer>;

export const takenAnswer = z.object({ assessment: cultureAssessment, duplicate: z.boolean() });
export type TakenAnswer = z.infer<typeof takenAnswer>;
