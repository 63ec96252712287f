import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';
import type { InquiryData } from './schema.js';

interface CircleRow {
  form: string;
  status: string;
  deadline: string | null;
  data: unknown;
  created_at: Date | string;
  finished_at: Date | string | null;
}

/** What was written in a circle, one field per phase field (`plan.question`), empty ones left out. */
function contentFields(data: unknown): Record<string, string> {
  const phases = (data as Partial<InquiryData> | null)?.phases ?? {};
  const fields: Record<string, string> = {};
  for (const [phase, { fields: written }] of Object.entries(phases))
    for (const [field, value] of Object.entries(written ?? {}))
      if (value) fields[`${phase}.${field}`] = value;
  return fields;
}

/** A person's own learning circles, with everything written in them. */
export const circlesPrivacy: PrivacySource = {
  key: 'circles',
  order: 30,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<CircleRow>(
        db,
        sql`select form, status, deadline::text as deadline, data, created_at, finished_at from inquiries
          where org_id = ${orgId} and subject_person_id = ${personId} order by created_at`,
      )
    ).map((c) => ({
      title: c.form,
      at: when(c.created_at),
      fields: {
        status: c.status,
        deadline: c.deadline,
        finishedAt: when(c.finished_at),
        ...contentFields(c.data),
      },
    })),
  erase: async ({ db, orgId, personId }) => ({
    circles: await countOf(
      db,
      sql`delete from inquiries where org_id = ${orgId} and subject_person_id = ${personId} returning 1`,
    ),
    collaborations: await countOf(
      db,
      sql`delete from inquiry_collaborators where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
