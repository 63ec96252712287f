import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

/** The competence initiatives the person takes part in, and their courses with what they wrote. */
export const initiativesPrivacy: PrivacySource = {
  key: 'initiatives',
  order: 70,
  export: async ({ db, orgId, personId }) => [
    ...(
      await rowsOf<{
        title: string;
        current_level: string;
        target_level: string;
        proposed_goal: string | null;
        proposal_status: string | null;
        created_at: Date | string;
      }>(
        db,
        sql`select i.title, p.current_level, p.target_level, p.proposed_goal, p.proposal_status, p.created_at
          from competence_initiative_participants p
          join competence_initiatives i on i.org_id = p.org_id and i.id = p.initiative_id
          where p.org_id = ${orgId} and p.person_id = ${personId} order by p.created_at`,
      )
    ).map((p) => ({
      title: p.title,
      at: when(p.created_at),
      fields: {
        currentLevel: p.current_level,
        targetLevel: p.target_level,
        proposedGoal: p.proposed_goal,
        proposalStatus: p.proposal_status,
      },
    })),
    ...(
      await rowsOf<{
        title: string;
        course_on: string;
        expectations: string | null;
        commitment: string | null;
        application: string | null;
        follow_up: string | null;
      }>(
        db,
        sql`select title, course_on::text as course_on, expectations, commitment, application, follow_up
          from competence_courses where org_id = ${orgId} and person_id = ${personId} order by course_on`,
      )
    ).map((c) => ({
      title: c.title,
      at: c.course_on,
      fields: {
        course: true,
        expectations: c.expectations,
        commitment: c.commitment,
        application: c.application,
        followUp: c.follow_up,
      },
    })),
  ],
  erase: async ({ db, orgId, personId }) => ({
    participations: await countOf(
      db,
      sql`delete from competence_initiative_participants where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    courses: await countOf(
      db,
      sql`delete from competence_courses where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
