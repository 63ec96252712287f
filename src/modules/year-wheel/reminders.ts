import { sql } from 'drizzle-orm';
import type { Config } from '../../server/config.js';
import type { Db } from '../../server/db/client.js';
import { logger } from '../../server/log.js';
import { claimPeriod } from '../../server/jobs/periods.js';
import { queueMail } from '../../server/mail/send.js';
import { unitLeadersText } from '../../server/policy/unit-leaders.js';
import { unitPeopleText } from '../../server/policy/unit-people.js';
import type { Locale } from '../../shared/roles.js';
import { TIME_ZONE, localDay } from '../../shared/time.js';
import { entryEvent } from './calendar.js';
import { buildFeed } from './ics-feed.js';
import { entryQuery } from './records.js';
import { WHEEL_TEXTS } from './texts.js';

export const WHEEL_REMINDER_TASK = 'year_wheel.reminders';
export const WHEEL_REMINDER_TICK_MS = 15 * 60_000;

interface Due {
  id: string;
  org_id: string;
  unit_id: string;
  unit_name: string;
  starts_on: string;
}

const whenText = (locale: Locale, day: string) =>
  new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(new Date(`${day}T12:00:00Z`));

/**
 * Sends the reminders that are due today (Copenhagen): for each entry whose reminder day has come
 * and whose start has not passed, a mail with the entry as a calendar event to each of the unit's
 * people and nearest leaders who has none yet. A row per entry, start day and person is written in
 * the same transaction as the mail, so a second tick, process or restart sends nothing twice; an
 * entry moved to another day reminds again. `orgIds` narrows the run (tests share one database).
 */
export async function sendDueWheelReminders(
  db: Db,
  config: Config,
  now: Date,
  options: { orgIds?: string[] } = {},
): Promise<number> {
  const today = localDay(now);
  const inOrgs = options.orgIds
    ? options.orgIds.length
      ? sql`and e.org_id in ${options.orgIds}`
      : sql`and false`
    : sql``;
  const due = (await db.execute(sql`
    select e.id, e.org_id, e.unit_id, u.name as unit_name, e.starts_on::text as starts_on
    from year_wheel_entries e
    join units u on u.org_id = e.org_id and u.id = e.unit_id
    where e.remind_days_before is not null
      and e.starts_on >= ${today}::date
      and e.starts_on - e.remind_days_before <= ${today}::date ${inOrgs}`)) as unknown as { rows: Due[] };
  let sent = 0;
  for (const entry of due.rows) {
    const recipients = (await db.execute(sql`
      insert into year_wheel_reminders (org_id, entry_id, starts_on, person_id)
      select ${entry.org_id}::uuid, ${entry.id}::uuid, ${entry.starts_on}::date, p.id
      from people p
      where p.org_id = ${entry.org_id}::uuid and p.active and p.email is not null
        and (p.id in (${unitPeopleText.bound(entry.org_id, entry.unit_id)})
          or p.id in (${unitLeadersText.bound(entry.org_id, entry.unit_id)}))
      on conflict do nothing
      returning person_id`)) as unknown as { rows: { person_id: string }[] };
    if (recipients.rows.length === 0) continue;
    const [row] = await entryQuery(db, entry.org_id, { id: entry.id });
    const people = (await db.execute(sql`
      select id, email, locale from people
      where org_id = ${entry.org_id}::uuid and id in ${recipients.rows.map((r) => r.person_id)}`)) as unknown as {
      rows: { id: string; email: string; locale: Locale }[];
    };
    for (const person of people.rows) {
      const texts = WHEEL_TEXTS[person.locale];
      const when = whenText(person.locale, entry.starts_on);
      await queueMail(db, {
        orgId: entry.org_id,
        to: person.email,
        subject: texts.reminderSubject(row!.title, when),
        text: [
          texts.reminderBody(entry.unit_name, row!.title, when),
          ...(row!.data ? ['', `${texts.data}: ${row!.data}`] : []),
          ...(row!.note ? ['', row!.note] : []),
          '',
          `${texts.seeWheel}: ${config.publicUrl}/year-wheel/${entry.unit_id}`,
        ].join('\n'),
        ics: buildFeed(texts.calendarName(entry.unit_name), [entryEvent(row!, person.locale)], now),
      });
      sent++;
    }
  }
  return sent;
}

/** One tick across processes: the first to claim the period sends, in one transaction. */
export async function wheelRemindersOncePerPeriod(db: Db, config: Config, now: Date): Promise<number | null> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    if (!(await claimPeriod(tx, WHEEL_REMINDER_TASK, now, WHEEL_REMINDER_TICK_MS))) return null;
    return sendDueWheelReminders(tx, config, now);
  });
}

/** Ticks every quarter of an hour, as the digest scheduler does; `stop` waits for a running tick. */
export function startWheelReminders(db: Db, config: Config, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= wheelRemindersOncePerPeriod(db, config, now())
      .then(() => undefined)
      .catch((err: unknown) => logger.warn(`year-wheel reminder tick failed: ${(err as Error).message}`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), WHEEL_REMINDER_TICK_MS);
  timer.unref();
  return {
    tick,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
