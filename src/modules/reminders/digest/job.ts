import { and, eq } from 'drizzle-orm';
import type { Config } from '../../../server/config.js';
import type { Db } from '../../../server/db/client.js';
import type { JobHandler } from '../../../server/jobs/worker.js';
import { queueMail } from '../../../server/mail/send.js';
import { people } from '../../org/schema.js';
import { reminderPrefs } from '../schema.js';
import { loadSettings } from '../services/settings.js';
import { gatherDigest, isEmpty } from './gather.js';
import { digestMail } from './mail.js';
import { localDay } from '../../../shared/time.js';
import { localHourAndWeekday } from './time.js';

export const DIGEST_JOB = 'reminders.digest';

/**
 * Builds and queues one person's digest for one day. Safe to run twice: the person's row is locked,
 * and a digest already sent that day (lastDigestAt on or after the job's day) is not sent again —
 * also when a worker died after queueing the mail but before marking the job done.
 */
export function digestJobHandler(db: Db, config: Config, now: () => Date = () => new Date()): JobHandler {
  return async (job) => {
    const orgId = job.orgId;
    const personId = String(job.payload.personId);
    const day = String(job.payload.day);
    await db.transaction(async (transaction) => {
      const tx = transaction as unknown as Db;
      const [person] = await tx
        .select({ name: people.name, email: people.email, locale: people.locale })
        .from(people)
        .where(and(eq(people.orgId, orgId), eq(people.id, personId), eq(people.active, true)));
      if (!person?.email) return;
      await tx.insert(reminderPrefs).values({ orgId, personId }).onConflictDoNothing();
      await tx
        .select({ id: reminderPrefs.personId })
        .from(reminderPrefs)
        .where(and(eq(reminderPrefs.orgId, orgId), eq(reminderPrefs.personId, personId)))
        .for('update');
      const settings = await loadSettings(tx, orgId, personId);
      const at = now();
      // Settings may have changed since the job was queued.
      if (settings.frequency === 'off') return;
      if (settings.frequency === 'weekly' && localHourAndWeekday(at).weekday !== 'Mon') return;
      if (settings.lastDigestAt && localDay(settings.lastDigestAt) >= day) return;
      const content = await gatherDigest(tx, orgId, personId, settings, at);
      if (isEmpty(content)) return;
      const mail = digestMail(person.locale, person.name, content, config.publicUrl);
      await queueMail(tx, { orgId, to: person.email, subject: mail.subject, text: mail.text });
      await tx
        .update(reminderPrefs)
        .set({ lastDigestAt: at })
        .where(and(eq(reminderPrefs.orgId, orgId), eq(reminderPrefs.personId, personId)));
    });
  };
}
