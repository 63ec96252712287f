import { invalid } from '../../../server/http/errors.js';
import { CONVERSATION_LIMITS } from '../validation.js';

const DAY = 24 * 60 * 60 * 1000;

/** A start time must lie within a sensible window: not long past, not years ahead. */
export function assertSensibleStart(startsAt: Date, now: Date) {
  if (startsAt.getTime() < now.getTime() - DAY)
    throw invalid('The conversation cannot start in the past', undefined, [
      { path: 'startsAt', message: 'In the past' },
    ]);
  if (startsAt.getTime() > now.getTime() + CONVERSATION_LIMITS.daysAhead * DAY) {
    throw invalid('The conversation is too far ahead', undefined, [
      { path: 'startsAt', message: 'Too far ahead' },
    ]);
  }
}
