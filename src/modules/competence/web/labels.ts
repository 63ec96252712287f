import type { Locale } from '../../../shared/roles';
import type { Localized } from '../content/types';
import { CURRENT_LEVEL_TEXTS, TARGET_LEVEL_TEXTS } from '../content/levels';
import { FORMATS } from '../content/formats';

/** A built-in text in the page's language. */
export const say = (text: Localized | null | undefined, locale: Locale) => (text ? text[locale] : '');

export const currentLevelName = (key: string, locale: Locale) =>
  say(CURRENT_LEVEL_TEXTS.find((l) => l.key === key)?.name, locale);
export const targetLevelName = (key: string, locale: Locale) =>
  say(TARGET_LEVEL_TEXTS.find((l) => l.key === key)?.name, locale);
export const formatName = (key: string, locale: Locale) =>
  say(FORMATS.find((f) => f.id === key)?.name, locale) || key;
