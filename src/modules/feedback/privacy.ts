import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

interface FeedbackRow {
  kind: string;
  text: string;
  observation_focus: string | null;
  created_at: Date | string;
  given: boolean;
  other: string | null;
}

/**
 * Feedback the person received and gave. Erasure removes what they received (their record);
 * what they gave belongs to its recipient's record and stays, its author then read as a former
 * employee.
 */
export const feedbackPrivacy: PrivacySource = {
  key: 'feedback',
  order: 50,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<FeedbackRow>(
        db,
        sql`select f.kind, f.text, f.observation_focus, f.created_at, (f.from_id = ${personId}) as given,
            case when f.from_id = ${personId} then coalesce(tp.name, t.name) else fp.name end as other
          from feedback f
          left join people fp on fp.org_id = f.org_id and fp.id = f.from_id
          left join people tp on tp.org_id = f.org_id and tp.id = f.to_person_id
          left join teams t on t.org_id = f.org_id and t.id = f.to_team_id
          where f.org_id = ${orgId} and (f.to_person_id = ${personId} or f.from_id = ${personId})
          order by f.created_at`,
      )
    ).map((f) => ({
      title: f.text,
      at: when(f.created_at),
      fields: {
        direction: f.given ? 'given' : 'received',
        [f.given ? 'to' : 'from']: f.other,
        kind: f.kind,
        observationFocus: f.observation_focus,
      },
    })),
  erase: async ({ db, orgId, personId }) => ({
    received: await countOf(
      db,
      sql`delete from feedback where org_id = ${orgId} and to_person_id = ${personId} returning 1`,
    ),
  }),
};
