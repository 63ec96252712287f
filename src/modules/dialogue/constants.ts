// Shared by the server and the web app (no server imports here).
import { LIMITS } from '../../shared/limits.js';

export const TURN_STATES = ['waiting', 'spoken', 'passed'] as const;
export type TurnState = (typeof TURN_STATES)[number];

/**
 * Starting prompts a facilitator can pick for a round; the texts live in the web catalogue
 * (dialogue.prompts.<key>) so each screen shows them in its viewer's language.
 */
export const PROMPT_KEYS = [
  'checkIn',
  'plan',
  'action',
  'inAction',
  'response',
  'reflection',
  'learning',
  'checkOut',
] as const;
export type PromptKey = (typeof PROMPT_KEYS)[number];

/** Suggested guidelines a team can start from (texts in dialogue.suggestedGuidelines.<key>). */
export const SUGGESTED_GUIDELINE_KEYS = [
  'listen',
  'curious',
  'practice',
  'disagree',
  'mistakes',
  'share',
  'confidential',
] as const;

export const DIALOGUE_LIMITS = {
  purpose: 500,
  prompt: LIMITS.shortText,
  guideline: LIMITS.shortText,
  guidelines: 12,
} as const;
