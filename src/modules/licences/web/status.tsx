import { Badge } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { LICENCE_LEVEL_TEXTS, LICENCE_STATUS_TEXTS, REVIEW_DECISION_TEXTS } from '../content';
import type { LicenceLevel, LicenceStatus, ReviewDecision } from '../constants';

// A licence's status shows as colour, an icon and a word, so it reads in black and white on the
// printed poster and for those who do not tell the colours apart.
const LOOK: Record<LicenceStatus, { color: string; text: string; icon: string }> = {
  valid: { color: 'green', text: '#14532d', icon: '✓' },
  expiring: { color: 'yellow', text: '#713f12', icon: '!' },
  expired: { color: 'red', text: '#7f1d1d', icon: '✕' },
};

export function StatusBadge({ status }: { status: LicenceStatus }) {
  const { locale } = useI18n();
  const look = LOOK[status];
  return (
    <Badge variant="light" color={look.color} c={look.text} className={`licence-status licence-${status}`}>
      <span aria-hidden="true">{look.icon} </span>
      {LICENCE_STATUS_TEXTS[status].name[locale]}
    </Badge>
  );
}

export function useLicenceTexts() {
  const { locale } = useI18n();
  return {
    levelName: (level: LicenceLevel) => LICENCE_LEVEL_TEXTS.find((l) => l.level === level)!.name[locale],
    levelMeaning: (level: LicenceLevel) =>
      LICENCE_LEVEL_TEXTS.find((l) => l.level === level)!.meaning[locale],
    decision: (d: ReviewDecision) => REVIEW_DECISION_TEXTS[d][locale],
    statusExplanation: (s: LicenceStatus) => LICENCE_STATUS_TEXTS[s].explanation[locale],
    statusName: (s: LicenceStatus) => LICENCE_STATUS_TEXTS[s].name[locale],
  };
}
