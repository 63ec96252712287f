import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

interface GoalRow {
  title: string;
  why: string | null;
  progress_signs: string | null;
  status: string;
  status_reason: string | null;
  source: string;
  created_at: Date | string;
}

/** A person's own learning goals; erased with their history and shares, and shares with them removed. */
export const goalsPrivacy: PrivacySource = {
  key: 'goals',
  order: 20,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<GoalRow>(
        db,
        sql`select title, why, progress_signs, status, status_reason, source, created_at from goals
          where org_id = ${orgId} and subject_person_id = ${personId} order by created_at`,
      )
    ).map((g) => ({
      title: g.title,
      at: when(g.created_at),
      fields: {
        why: g.why,
        progressSigns: g.progress_signs,
        status: g.status,
        statusReason: g.status_reason,
        source: g.source,
      },
    })),
  erase: async ({ db, orgId, personId }) => ({
    goals: await countOf(
      db,
      sql`delete from goals where org_id = ${orgId} and subject_person_id = ${personId} returning 1`,
    ),
    sharesWithPerson: await countOf(
      db,
      sql`delete from goal_shares where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
