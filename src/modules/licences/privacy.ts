import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

/** The person's driving licences, the practice reviews of them, and the tasks they are assigned. */
export const licencesPrivacy: PrivacySource = {
  key: 'licences',
  order: 60,
  export: async ({ db, orgId, personId }) => [
    ...(
      await rowsOf<{ task: string; level: string; issued_on: string; expires_on: string | null }>(
        db,
        sql`select d.task, l.level, l.issued_on::text as issued_on, l.expires_on::text as expires_on
          from licences l join licence_definitions d on d.org_id = l.org_id and d.id = l.definition_id
          where l.org_id = ${orgId} and l.person_id = ${personId} order by d.task`,
      )
    ).map((l) => ({
      title: l.task,
      at: l.issued_on,
      fields: { level: l.level, expiresOn: l.expires_on },
    })),
    ...(
      await rowsOf<{
        task: string;
        starts_at: Date | string;
        focus: string;
        observed: string | null;
        decision: string | null;
        reason: string | null;
        next_steps: string | null;
      }>(
        db,
        sql`select d.task, r.starts_at, r.focus, r.observed, r.decision, r.reason, r.next_steps
          from practice_reviews r join licence_definitions d on d.org_id = r.org_id and d.id = r.definition_id
          where r.org_id = ${orgId} and r.person_id = ${personId} order by r.starts_at`,
      )
    ).map((r) => ({
      title: r.task,
      at: when(r.starts_at),
      fields: {
        review: true,
        focus: r.focus,
        observed: r.observed,
        decision: r.decision,
        reason: r.reason,
        nextSteps: r.next_steps,
      },
    })),
  ],
  erase: async ({ db, orgId, personId }) => ({
    licences: await countOf(
      db,
      sql`delete from licences where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    reviews: await countOf(
      db,
      sql`delete from practice_reviews where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    assignments: await countOf(
      db,
      sql`delete from licence_task_assignments where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
