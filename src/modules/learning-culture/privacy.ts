import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

/**
 * A leader's own learning-culture self-assessments (a team's belong to the team and stay): the
 * scores as taken and the reflection in their own words; erased with whether the trend was shared.
 */
export const learningCulturePrivacy: PrivacySource = {
  key: 'learningCulture',
  order: 75,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{ taken_on: string; scores: number[]; note: string }>(
        db,
        sql`select taken_on::text as taken_on, scores, note from culture_assessments
          where org_id = ${orgId} and person_id = ${personId} order by taken_on, created_at`,
      )
    ).map((r) => ({
      title: r.taken_on,
      at: when(r.taken_on),
      fields: { scores: r.scores.join(', '), note: r.note },
    })),
  erase: async ({ db, orgId, personId }) => ({
    assessments: await countOf(
      db,
      sql`delete from culture_assessments where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    shares: await countOf(
      db,
      sql`delete from culture_shares where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
