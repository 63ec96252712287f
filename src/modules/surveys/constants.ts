/** The instruments the forums ask (meeting evaluation, team safety check): their rounds are opened there. */
export const FORUM_INSTRUMENTS = ['meeting', 'safety'] as const;

/** The forums' answer route takes scores from 1 to 5, so their instruments' scales stay within it. */
export const FORUM_SCALE = { min: 1, max: 5 } as const;

export const DEFAULT_ROUND_DAYS = 14;
export const MAX_ROUND_DAYS = 60;

export const SURVEY_LIMITS = {
  items: 60,
  indices: 20,
  key: 40,
  text: 400,
  short: 60,
  name: 120,
  description: 1000,
  comment: 2000,
  title: 120,
  targets: 50,
} as const;

/** An item whose group mean lies at or below this share of the scale counts as weak (a third from the bottom). */
export const WEAK_POINTS = 50;
