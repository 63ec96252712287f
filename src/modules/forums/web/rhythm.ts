import type { Translate } from '../../../web/i18n';
import type { Forum } from '../answers';

type Rhythm = Pick<Forum, 'cadenceEvery' | 'cadenceUnit' | 'meetingTime'>;

/** "Hver 2. uge kl. 13:30", or null when the forum has no set cadence. */
export function describeCadence(t: Translate, f: Rhythm): string | null {
  if (!f.cadenceEvery || !f.cadenceUnit) return null;
  const one = f.cadenceEvery === 1;
  const text =
    f.cadenceUnit === 'week'
      ? one
        ? t('forumStructure.every.week')
        : t('forumStructure.every.weeks', { n: f.cadenceEvery })
      : one
        ? t('forumStructure.every.month')
        : t('forumStructure.every.months', { n: f.cadenceEvery });
  return f.meetingTime ? `${text} ${t('forumStructure.at', { time: f.meetingTime })}` : text;
}

export function describeDuration(t: Translate, minutes: number | null): string | null {
  return minutes ? t('forumStructure.minutes', { n: minutes }) : null;
}
