import { and, eq, isNull } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { enqueue } from '../jobs/queue.js';
import type { JobHandler } from '../jobs/worker.js';
import { mailOutbox } from './schema.js';

export interface OutgoingMail {
  orgId: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  ics?: string;
}

export const MAIL_JOB = 'mail.send';

/** Writes the mail to the outbox and queues its sending, in the caller's transaction. */
export async function queueMail(db: Db, mail: OutgoingMail): Promise<string> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      orgId: mail.orgId,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ics: mail.ics,
    })
    .returning({ id: mailOutbox.id });
  await enqueue(db, {
    orgId: mail.orgId,
    kind: MAIL_JOB,
    payload: { mailId: row!.id },
    dedupeKey: `mail:${row!.id}`,
  });
  return row!.id;
}

export function createTransport(config: Config): Transporter | null {
  return config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
}

/**
 * Sends one outbox mail over SMTP. Without SMTP configured, the mail stays in the outbox
 * (visible on the outbox page) and counts as delivered.
 */
export function mailJobHandler(db: Db, config: Config, transport: Transporter | null): JobHandler {
  return async (job) => {
    const mailId = String(job.payload.mailId);
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.id, mailId), eq(mailOutbox.orgId, job.orgId), isNull(mailOutbox.sentAt)));
    if (!mail) return; // already sent
    if (transport) {
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        // The MIME part's method must match the calendar's own METHOD (a cancellation is CANCEL).
        ...(mail.ics
          ? {
              icalEvent: { method: /^METHOD:(\w+)\r?$/m.exec(mail.ics)?.[1] ?? 'REQUEST', content: mail.ics },
            }
          : {}),
      });
    }
    await db
      .update(mailOutbox)
      .set({ sentAt: new Date(), error: null })
      .where(and(eq(mailOutbox.id, mailId), eq(mailOutbox.orgId, job.orgId)));
  };
}
