import { and, eq } from 'drizzle-orm';
import type { SignedInContext } from '../../../server/http/context.js';
import { inTransaction } from '../../../server/db/tx.js';
import { writeAudit } from '../../../server/audit/write.js';
import { ServiceError, conflict } from '../../../server/http/errors.js';
import { queueMail } from '../../../server/mail/send.js';
import { people } from '../../org/schema.js';
import { reminderPrefs } from '../schema.js';
import { gatherDigest, isEmpty } from '../digest/gather.js';
import { digestMail } from '../digest/mail.js';
import { loadSettings } from './settings.js';
import type { DigestNowAnswer } from '../answers.js';

/** A person may ask for their digest at most once a minute: each one is a real mail. */
export const DIGEST_NOW_INTERVAL_MS = 60_000;

/**
 * POST /reminders/digest: "send me a digest now". The same mail the morning scheduler sends, built
 * from the person's own settings as of now — also when they chose to get none on a schedule, since
 * they asked. Nothing is sent when there is nothing to tell. Counts as the day's digest
 * (lastDigestAt), so the scheduler does not repeat it, and "new feedback" starts again from here.
 */
export async function sendDigestNow({ ctx }: { ctx: SignedInContext }): Promise<DigestNowAnswer> {
  const { actor } = ctx;
  const orgId = actor.orgId;
  return inTransaction(ctx, async (tx) => {
    const now = tx.now();
    await tx.db.insert(reminderPrefs).values({ orgId, personId: actor.personId }).onConflictDoNothing();
    // Locked, so two quick clicks (or a click and the scheduler's job) cannot both send.
    await tx.db
      .select({ id: reminderPrefs.personId })
      .from(reminderPrefs)
      .where(and(eq(reminderPrefs.orgId, orgId), eq(reminderPrefs.personId, actor.personId)))
      .for('update');
    const settings = await loadSettings(tx.db, orgId, actor.personId);
    const last = settings.lastDigestAt ? new Date(settings.lastDigestAt).getTime() : null;
    if (last !== null && now.getTime() - last < DIGEST_NOW_INTERVAL_MS) {
      const wait = Math.max(1, Math.ceil((last + DIGEST_NOW_INTERVAL_MS - now.getTime()) / 1000));
      throw new ServiceError(
        'RATE_LIMITED',
        'A digest was sent less than a minute ago',
        undefined,
        undefined,
        wait,
      );
    }
    const [person] = await tx.db
      .select({ name: people.name, email: people.email, locale: people.locale })
      .from(people)
      .where(and(eq(people.orgId, orgId), eq(people.id, actor.personId)));
    if (!person?.email) throw conflict('You have no email address', 'person_no_email');

    const content = await gatherDigest(tx.db, orgId, actor.personId, settings, now);
    if (isEmpty(content)) return { sent: false };
    const mail = digestMail(person.locale, person.name, content, tx.config.publicUrl);
    await queueMail(tx.db, { orgId, to: person.email, subject: mail.subject, text: mail.text });
    await tx.db
      .update(reminderPrefs)
      .set({ lastDigestAt: now })
      .where(and(eq(reminderPrefs.orgId, orgId), eq(reminderPrefs.personId, actor.personId)));
    await writeAudit(
      tx.db,
      { actor, orgId },
      {
        action: 'reminders.digest_sent',
        entityType: 'reminder_prefs',
        entityId: actor.personId,
        subjectPersonId: actor.personId,
        details: {
          oneToOnes: content.oneToOnes.length,
          circles: content.circles.length,
          overdueAgreements: content.overdueAgreements.length,
          feedback: content.feedback.length,
        },
      },
    );
    return { sent: true };
  });
}
