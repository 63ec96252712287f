import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

/** The person's reminder settings. */
export const remindersPrivacy: PrivacySource = {
  key: 'reminders',
  order: 85,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{ frequency: string; prepare_days_before: number; updated_at: Date | string }>(
        db,
        sql`select frequency, prepare_days_before, updated_at from reminder_prefs
          where org_id = ${orgId} and person_id = ${personId}`,
      )
    ).map((r) => ({
      title: r.frequency,
      at: when(r.updated_at),
      fields: { frequency: r.frequency, prepareDaysBefore: r.prepare_days_before },
    })),
  erase: async ({ db, orgId, personId }) => ({
    settings: await countOf(
      db,
      sql`delete from reminder_prefs where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
