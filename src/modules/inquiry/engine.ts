import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.js';
import type { SignedInContext } from '../../server/http/context.js';
import { invalid } from '../../server/http/errors.js';
import { people } from '../org/schema.js';
import { FORMS } from './forms/index.js';
import { currentPhase, emptyData, mergeChanges, progress } from './merge.js';
import { inquiries, inquiryRevisions, type RevisionChanges } from './schema.js';
import type { InquiryForm } from './constants.js';
import type { InquirySaveInput } from './validation.js';
import type { CircleRevision, FieldConflict, InquiryView } from './answers.js';

/*
 * The engine for other modules' forms (a quality team's trial action, a data work): the same
 * rows, the same field-level merge and the same history as the learning circle, while the owning
 * module decides who may read and write (its own access rule) and writes its own audit row.
 */

export type InquiryRow = typeof inquiries.$inferSelect;

/** A new, empty inquiry of `form` whose subject is a team. */
export async function createTeamInquiry(
  tx: SignedInContext,
  form: Exclude<InquiryForm, 'learning_circle'>,
  teamId: string,
): Promise<InquiryRow> {
  const [row] = await tx.db
    .insert(inquiries)
    .values({
      orgId: tx.actor.orgId,
      form,
      subjectTeamId: teamId,
      data: emptyData(FORMS[form]),
      createdBy: tx.actor.personId,
      createdAt: tx.now(),
      updatedAt: tx.now(),
    })
    .returning();
  return row!;
}

/** The inquiry of `form` in the organisation; with `lock`, held until the transaction ends. */
export async function loadInquiry(
  db: Db,
  orgId: string,
  id: string,
  form: InquiryForm,
  lock = false,
): Promise<InquiryRow | undefined> {
  const query = db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.orgId, orgId), eq(inquiries.id, id), eq(inquiries.form, form)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Every phase in the form's order with every field present, where the inquiry stands, its version. */
export function presentInquiry(row: InquiryRow): InquiryView {
  const form = FORMS[row.form];
  const data = row.data;
  return {
    id: row.id,
    form: row.form,
    phases: form.phases.map((p) => ({
      key: p.key,
      done: data.phases[p.key]?.done ?? false,
      fields: Object.fromEntries(p.fields.map((f) => [f.key, data.phases[p.key]?.fields[f.key] ?? ''])),
    })),
    currentPhase: currentPhase(form, data),
    progress: progress(form, data),
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export interface InquirySaved {
  row: InquiryRow;
  saved: { phase: string; field: string }[];
  conflicts: FieldConflict[];
  changed: boolean;
}

/**
 * Merges a save into the row (locked by the caller), field by field (ADR 0004): what someone
 * else changed since the saver's base comes back as a conflict, untouched; the rest is written
 * with a new version and a revision.
 */
export async function saveInquiry(
  tx: SignedInContext,
  row: InquiryRow,
  input: InquirySaveInput,
): Promise<InquirySaved> {
  if (input.baseVersion > row.version) {
    throw invalid('The base version is newer than the inquiry', undefined, [
      { path: 'baseVersion', message: `At most ${row.version}` },
    ]);
  }
  const doneChanges = input.done.filter((d) => (row.data.phases[d.phase]?.done ?? false) !== d.done);
  const merged = mergeChanges(row.data, input.changes, doneChanges);
  const saved = merged.applied.map((c) => ({ phase: c.phase, field: c.field }));
  if (merged.applied.length === 0 && doneChanges.length === 0)
    return { row, saved, conflicts: merged.conflicts, changed: false };
  const version = row.version + 1;
  const [updated] = await tx.db
    .update(inquiries)
    .set({ data: merged.data, version, updatedAt: tx.now() })
    .where(and(eq(inquiries.orgId, row.orgId), eq(inquiries.id, row.id)))
    .returning();
  const changes: RevisionChanges = { fields: merged.applied, done: doneChanges };
  await tx.db.insert(inquiryRevisions).values({
    orgId: row.orgId,
    inquiryId: row.id,
    version,
    actorId: tx.actor.personId,
    changes,
    at: tx.now(),
  });
  return { row: updated!, saved, conflicts: merged.conflicts, changed: true };
}

/** Every save of an inquiry, newest first: who, when, which fields and their values. */
export async function inquiryHistory(db: Db, orgId: string, inquiryId: string): Promise<CircleRevision[]> {
  const rows = await db
    .select({
      version: inquiryRevisions.version,
      at: inquiryRevisions.at,
      actorId: inquiryRevisions.actorId,
      actorName: people.name,
      changes: inquiryRevisions.changes,
    })
    .from(inquiryRevisions)
    .leftJoin(people, and(eq(people.orgId, inquiryRevisions.orgId), eq(people.id, inquiryRevisions.actorId)))
    .where(and(eq(inquiryRevisions.orgId, orgId), eq(inquiryRevisions.inquiryId, inquiryId)))
    .orderBy(desc(inquiryRevisions.version));
  return rows.map((r) => ({
    version: r.version,
    at: new Date(r.at).toISOString(),
    actor: r.actorId ? { id: r.actorId, name: r.actorName ?? '' } : null,
    fields: r.changes.fields.map((f) => ({ phase: f.phase, field: f.field, from: f.from, to: f.to })),
    done: r.changes.done,
    deadline: r.changes.deadline ?? null,
  }));
}
