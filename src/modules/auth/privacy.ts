import { sql } from 'drizzle-orm';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

/** The person's sign-in sessions (when and how, never a token); erased with their invitations and resets. */
export const signInPrivacy: PrivacySource = {
  key: 'sessions',
  order: 95,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{ method: string; created_at: Date | string; last_seen_at: Date | string }>(
        db,
        sql`select method, created_at, last_seen_at from sessions
          where org_id = ${orgId} and person_id = ${personId} order by created_at desc`,
      )
    ).map((s) => ({ title: s.method, at: when(s.created_at), fields: { lastSeenAt: when(s.last_seen_at) } })),
  erase: async ({ db, orgId, personId }) => ({
    sessions: await countOf(
      db,
      sql`delete from sessions where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
    links: await countOf(
      db,
      sql`delete from auth_tokens where org_id = ${orgId} and person_id = ${personId} returning 1`,
    ),
  }),
};
