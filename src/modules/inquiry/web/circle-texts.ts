import type { MessageKey } from '../../../web/i18n/catalogue';

/**
 * A person's circle speaks to "du"; a team's circle to "I" (the team together). The phase titles
 * are the same for both; intros, field labels and help texts come in the circle's voice.
 */
export type CircleVoice = 'learning_circle' | 'team_circle';

export const circleVoice = (circle: { team?: unknown }): CircleVoice =>
  circle.team ? 'team_circle' : 'learning_circle';

export const phaseTitle = (phase: string) => `inquiry.forms.learning_circle.${phase}.title` as MessageKey;
export const phaseIntro = (voice: CircleVoice, phase: string) =>
  `inquiry.forms.${voice}.${phase}.intro` as MessageKey;
export const fieldLabel = (voice: CircleVoice, phase: string, field: string) =>
  `inquiry.forms.${voice}.${phase}.${field}.label` as MessageKey;
export const fieldHelp = (voice: CircleVoice, phase: string, field: string) =>
  `inquiry.forms.${voice}.${phase}.${field}.help` as MessageKey;
