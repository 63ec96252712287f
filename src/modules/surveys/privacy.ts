import { sql } from 'drizzle-orm';
import { countOf, rowsOf, type PrivacySource } from '../../server/privacy/sources.js';

/**
 * The survey rounds the person was invited to and whether they answered. Never the answers:
 * a participation is not joined to a response (there is no column to join on), so no export can
 * tell which answers were the person's.
 */
export const surveysPrivacy: PrivacySource = {
  key: 'surveys',
  order: 80,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{ title: string | null; instrument: string; opened_on: string; answered: boolean }>(
        db,
        sql`select r.title, r.instrument, r.opened_on::text as opened_on, p.answered
          from survey_participations p join survey_rounds r on r.org_id = p.org_id and r.id = p.round_id
          where p.org_id = ${orgId} and p.person_id = ${personId} order by r.opened_on`,
      )
    ).map((p) => ({
      title: p.title ?? p.instrument,
      at: p.opened_on,
      fields: { instrument: p.instrument, answered: p.answered },
    })),
  erase: async ({ db, orgId, personId }) => ({
    participations: await countOf(
      db,
      sql`delete from survey_participations where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
