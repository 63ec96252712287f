import { LICENCE_LEVELS, type LicenceLevel } from '../../shared/vocabulary.js';
import { EXPIRY_WARNING_DAYS, type LicenceStatus } from './content.js';
import { addDays } from '../../shared/time.js';

// The levels are shared vocabulary (src/shared/vocabulary.ts) (a participant's target level maps onto them); the statuses,
// decisions and their texts are this module's built-in content (content.ts).
export { EXPIRY_WARNING_DAYS, REVIEW_DECISIONS, LICENCE_STATUSES } from './content.js';
export type { LicenceStatus, ReviewDecision } from './content.js';
export { LICENCE_LEVELS, type LicenceLevel } from '../../shared/vocabulary.js';

/** What happens when someone is assigned a task below the level it requires to be carried alone. */
export const BELOW_REQUIRED = ['refuse', 'warn'] as const;
export type BelowRequired = (typeof BELOW_REQUIRED)[number];

/** C < B < A: a licence at a level covers every level below it. */
export const levelRank = (level: LicenceLevel): number => LICENCE_LEVELS.indexOf(level) + 1;

/** A review lasts an hour in the calendar invitation. */
export const REVIEW_MINUTES = 60;

/** A licence's status on `today` (both YYYY-MM-DD): valid, expiring within 90 days, or expired. */
export function licenceStatus(expiresOn: string | null, today: string): LicenceStatus {
  if (expiresOn === null) return 'valid';
  if (expiresOn < today) return 'expired';
  return expiresOn <= addDays(today, EXPIRY_WARNING_DAYS) ? 'expiring' : 'valid';
}

/** The day `months` calendar months after `day`, clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
