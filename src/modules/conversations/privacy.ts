import { sql } from 'drizzle-orm';
import { openNote } from '../../server/crypto/note-keys.js';
import { countOf, rowsOf, when, type PrivacySource } from '../../server/privacy/sources.js';

interface ConversationRow {
  id: string;
  kind: string;
  role: string;
  status: string;
  starts_at: Date | string;
  shared_notes: string;
  summary: string;
  team: string | null;
  sealed: string | null;
  key_version: number | null;
  note_text: string | null;
}

/**
 * The conversations a person took part in, with the shared notes and summary and the person's
 * OWN private note opened. The join to private notes is on the person as author, so another
 * participant's note (the leader's, in the person's own 1:1) is never read.
 */
export const conversationsPrivacy: PrivacySource = {
  key: 'conversations',
  order: 40,
  export: async ({ db, config, orgId, personId }) => {
    const rows = await rowsOf<ConversationRow>(
      db,
      sql`select c.id, c.kind, cp.role, c.status, c.starts_at, c.shared_notes, c.summary, t.name as team,
          n.sealed, n.key_version, n.text as note_text
        from conversation_participants cp
        join conversations c on c.org_id = cp.org_id and c.id = cp.conversation_id
        left join teams t on t.org_id = c.org_id and t.id = c.team_id
        left join private_notes n on n.org_id = cp.org_id and n.conversation_id = c.id and n.author_id = ${personId}
        where cp.org_id = ${orgId} and cp.person_id = ${personId}
        order by c.starts_at`,
    );
    const items = [];
    for (const r of rows) {
      const place = { orgId, conversationId: r.id, authorId: personId };
      const privateNote =
        r.sealed !== null && r.key_version !== null
          ? await openNote(db, config, place, { sealed: r.sealed, keyVersion: r.key_version })
          : r.note_text;
      items.push({
        title: r.team ? `${r.kind}: ${r.team}` : r.kind,
        at: when(r.starts_at),
        fields: {
          role: r.role,
          status: r.status,
          sharedNotes: r.shared_notes,
          summary: r.summary,
          myPrivateNote: privateNote ?? null,
        },
      });
    }
    return items;
  },
  /*
   * The person's own 1:1s are their development record and go whole (with every note in them);
   * team and peer conversations stay, the person's part of them anonymised; the person's own
   * private notes everywhere go.
   */
  erase: async ({ db, orgId, personId }) => ({
    oneToOnes: await countOf(
      db,
      sql`delete from conversations c where c.org_id = ${orgId} and c.kind = 'one_to_one' and exists (
          select 1 from conversation_participants cp where cp.org_id = c.org_id and cp.conversation_id = c.id
            and cp.person_id = ${personId} and cp.role = 'subject') returning 1`,
    ),
    privateNotes: await countOf(
      db,
      sql`delete from private_notes where org_id = ${orgId} and author_id = ${personId} returning 1`,
    ),
    agreements: await countOf(
      db,
      sql`delete from agreements where org_id = ${orgId} and subject_person_id = ${personId} returning 1`,
    ),
    cadences: await countOf(
      db,
      sql`delete from cadences where org_id = ${orgId} and (person_id = ${personId} or leader_id = ${personId}) returning 1`,
    ),
  }),
};

/** Agreements in the person's record, and those they own in others' conversations. */
export const agreementsPrivacy: PrivacySource = {
  key: 'agreements',
  order: 45,
  export: async ({ db, orgId, personId }) =>
    (
      await rowsOf<{
        text: string;
        due_date: string | null;
        done_at: Date | string | null;
        created_at: Date | string;
        mine: boolean;
      }>(
        db,
        sql`select text, due_date::text as due_date, done_at, created_at, (subject_person_id = ${personId}) as mine
          from agreements where org_id = ${orgId} and (subject_person_id = ${personId} or owner_id = ${personId})
          order by created_at`,
      )
    ).map((a) => ({
      title: a.text,
      at: when(a.created_at),
      fields: { dueDate: a.due_date, doneAt: when(a.done_at), inMyRecord: a.mine },
    })),
};
