import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import { writeAudit } from '../../../server/audit/write.js';
import { conflict, notFound } from '../../../server/http/errors.js';
import type { Actor } from '../../../server/policy/actor.js';
import { addDays, localDay } from '../../../shared/time.js';
import { people } from '../../org/schema.js';
import { FORMER_EMPLOYEE } from '../constants.js';
import { countOf, privacySources } from '../../../server/privacy/sources.js';
import { erasures } from '../schema.js';
import type { ErasureAnswer } from '../answers.js';
import { scrubMentions } from './scrub.js';
import { loadRetention } from '../records.js';

export interface ErasureTarget {
  orgId: string;
  personId: string;
  /** The admin answering a request; null when the retention rules erase a departed person. */
  actor: Actor | null;
  reason: 'request' | 'retention';
}

/**
 * Erases a person's personal data inside the caller's transaction: each module removes what is
 * the person's own record (its privacy source), mail to them goes, their name, address and
 * employee number are replaced wherever others' records mention them, and their row is kept as
 * "Tidligere medarbejder" without any personal field, so others' records still read. What the law
 * keeps — the audit of changes and of who read the record — stays for the audit period.
 */
export async function erasePersonIn(
  db: Db,
  config: Config,
  target: ErasureTarget,
  now: Date,
): Promise<ErasureAnswer> {
  const { orgId, personId } = target;
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)))
    .for('update');
  if (!person) throw notFound();
  const [done] = await db
    .select({ at: erasures.erasedAt })
    .from(erasures)
    .where(and(eq(erasures.orgId, orgId), eq(erasures.personId, personId)));
  if (done) throw conflict('This person’s data has already been erased');

  const removed: Record<string, number> = {};
  const scope = { db, config, orgId, personId };
  for (const source of privacySources()) {
    if (!source.erase) continue;
    for (const [kind, count] of Object.entries(await source.erase(scope))) {
      if (count > 0) removed[`${source.key}.${kind}`] = count;
    }
  }
  if (person.email) {
    removed['mail.messages'] = await countOf(
      db,
      sql`delete from mail_outbox where org_id = ${orgId} and lower("to") = lower(${person.email}) returning 1`,
    );
  }
  removed['mentions.rows'] = await scrubMentions(db, orgId, [
    person.name,
    person.email,
    person.employeeNumber,
  ]);
  await db
    .update(people)
    .set({
      name: FORMER_EMPLOYEE.da,
      email: null,
      employeeNumber: null,
      jobTitle: null,
      passwordHash: null,
      lastSignInAt: null,
      active: false,
      deactivatedAt: person.deactivatedAt ?? now,
      version: person.version + 1,
      updatedAt: now,
    })
    .where(and(eq(people.orgId, orgId), eq(people.id, personId)));
  await db
    .insert(erasures)
    .values({ orgId, personId, erasedBy: target.actor?.personId ?? null, erasedAt: now });
  for (const key of Object.keys(removed)) if (removed[key] === 0) delete removed[key];

  const kept = await keptByLaw(db, orgId, personId);
  await writeAudit(
    db,
    { actor: target.actor, orgId },
    {
      action: 'person.erased',
      entityType: 'person',
      entityId: personId,
      details: {
        reason: target.reason,
        removed,
        kept: Object.fromEntries(kept.map((k) => [k.key, k.count])),
      },
    },
  );
  return { person: { id: personId, name: person.name }, applied: true, removed, kept };
}

/**
 * What stays after an erasure, with the reason the screens give: the audit rows about the person
 * (accountability and the logging of access, until the audit period ends) and others' sealed
 * private notes, which only their authors can read and which are theirs.
 */
async function keptByLaw(db: Db, orgId: string, personId: string) {
  const policy = await loadRetention(db, orgId);
  const [audit] = (
    (await db.execute(sql`
      select count(*)::int as count, max(at) as latest from audit_events
      where org_id = ${orgId} and subject_person_id = ${personId}`)) as unknown as {
      rows: { count: number; latest: string | Date | null }[];
    }
  ).rows;
  const [notes] = (
    (await db.execute(sql`
      select count(*)::int as count from private_notes n
      where n.org_id = ${orgId} and n.author_id <> ${personId} and n.conversation_id in (
        select cp.conversation_id from conversation_participants cp
        where cp.org_id = ${orgId} and cp.person_id = ${personId})`)) as unknown as {
      rows: { count: number }[];
    }
  ).rows;
  const latest = audit?.latest ? localDay(new Date(audit.latest)) : null;
  return [
    {
      key: 'audit',
      count: audit?.count ?? 0,
      until: latest ? addDays(latest, policy.periods.auditDays) : null,
    },
    { key: 'othersPrivateNotes', count: notes?.count ?? 0, until: null },
  ].filter((k) => k.count > 0);
}
