import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import { buildOrg, buildPerson } from '../../../test/factories.js';
import { call } from '../../../test/http.js';
import { mailsTo } from '../../../test/outbox.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { createApp } from '../app.js';
import { resetRateLimits } from '../http/rate-limit.js';
import { jobHandlers } from '../jobs/start.js';
import { JobWorker } from '../jobs/worker.js';
import { jobs } from '../jobs/schema.js';
import { mailOutbox } from './schema.js';

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

describeEachEngine('mail over SMTP', (env) => {
  beforeEach(() => resetRateLimits());

  const setup = () => {
    const { database, config: base } = env();
    const config = { ...base, smtpUrl: sink.url, mailFrom: 'MUP <no-reply@mup.test>' };
    const app = createApp({ config, database, serveWeb: false });
    return { database, config, app, worker: new JobWorker(database.db, jobHandlers(database.db, config)) };
  };

  it('delivers the reset mail with its link, decoded, to the person’s address', async () => {
    const { database, config, app, worker } = setup();
    const org = await buildOrg(database.db, { name: 'Ærø Kommune' });
    const person = await buildPerson(database.db, org, { name: 'Søren Ørsted' });
    expect(
      (await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } })).status,
    ).toBe(200);
    const [queued] = await mailsTo(database.db, org.id, person.email!);
    expect(queued!.sentAt).toBeNull();

    await worker.drain();
    const mail = await sink.waitFor((m) => m.envelope.to.includes(person.email!));
    expect(mail.envelope.from).toBe('no-reply@mup.test');
    expect(mail.subject).toBe('Ny adgangskode til MUP');
    expect(mail.text).toContain('Hej Søren Ørsted');
    expect(mail.text).toContain('Ærø Kommune');
    const link = /(\S+\/set-password\?token=[\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(link).toBe(/(\S+\/set-password\?token=[\w-]+)/.exec(queued!.text)?.[1]);
    expect(link!.startsWith(`${config.publicUrl}/set-password?token=`)).toBe(true);

    // The link in the delivered mail works.
    const token = new URL(link!).searchParams.get('token')!;
    expect((await call(app, 'GET', `/api/auth/tokens/${token}`)).json.personName).toBe('Søren Ørsted');
    const [sent] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(sent!.sentAt).not.toBeNull();
  });

  it('sends a mail once, even when drained again or when its job is run a second time', async () => {
    const { database, app, worker } = setup();
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const delivered = () => sink.mails.filter((m) => m.envelope.to.includes(person.email!)).length;

    await worker.drain();
    await sink.waitFor((m) => m.envelope.to.includes(person.email!));
    // Other suites may queue mail in the same database meanwhile, so count deliveries, not jobs.
    await worker.drain();
    expect(delivered()).toBe(1);

    // A worker that died after sending leaves its job to be claimed again: the mail is not resent.
    const [queued] = await mailsTo(database.db, org.id, person.email!);
    await database.db
      .update(jobs)
      .set({ status: 'pending', finishedAt: null })
      .where(sql`${jobs.payload}->>'mailId' = ${queued!.id}`);
    expect(await worker.drain()).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(delivered()).toBe(1);
  });

  it('keeps a mail queued and retries later when the SMTP server cannot be reached', async () => {
    const { database, config: base } = env();
    const config = { ...base, smtpUrl: 'smtp://127.0.0.1:1' };
    const app = createApp({ config, database, serveWeb: false });
    const worker = new JobWorker(database.db, jobHandlers(database.db, config));
    const org = await buildOrg(database.db);
    const person = await buildPerson(database.db, org);
    await call(app, 'POST', '/api/auth/password-reset', { body: { email: person.email } });
    const [queued] = await mailsTo(database.db, org.id, person.email!);
    await worker.drain();
    const [job] = await database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'mailId' = ${queued!.id}`);
    expect(job!.status).toBe('pending');
    expect(job!.attempts).toBe(1);
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now());
    const [mail] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.id, queued!.id));
    expect(mail!.sentAt).toBeNull();
  });
});
