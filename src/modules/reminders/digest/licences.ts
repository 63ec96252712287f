import type { Db } from '../../../server/db/client.js';
import type { Locale } from '../../../shared/roles.js';
import { licencesExpiringFor } from '../../licences/index.js';
import { formatDay } from './time.js';

/*
 * The digest's section on driving licences: a person's licences that expire within 90 days, so a
 * new practice review is arranged before the licence lapses (PRODUCT.md module 3).
 */

export type ExpiringLicence = Awaited<ReturnType<typeof licencesExpiringFor>>[number];

export const gatherExpiringLicences = (db: Db, orgId: string, personId: string, today: string) =>
  licencesExpiringFor(db, orgId, personId, today);

const texts: Record<Locale, { title: string; item: (task: string, level: string, day: string) => string }> = {
  da: {
    title: 'Kørekort, der snart udløber',
    item: (task, level, day) => `${task} (kørekort ${level}) udløber ${day}. Aftal en ny praksisgennemgang:`,
  },
  en: {
    title: 'Licences expiring soon',
    item: (task, level, day) => `${task} (licence ${level}) expires ${day}. Arrange a new practice review:`,
  },
};

/** The section's title and one item per licence, for digestMail's `section`. */
export function licenceSection(
  locale: Locale,
  items: readonly ExpiringLicence[],
  link: (path: string) => string,
): [string, string[][]] {
  const t = texts[locale];
  return [
    t.title,
    items.map((l) => [
      `• ${t.item(l.task, l.level, formatDay(locale, l.expiresOn))}`,
      `  ${link('/licences')}`,
    ]),
  ];
}
