import type zodDa from 'zod/v4/locales/da.js';
import type { Locale } from '../../shared/roles';

export interface LoadedLanguage {
  locale: Locale;
  messages: object;
  zodLocale: typeof zodDa;
}

/** One language's texts, fetched when the app starts in it or someone switches to it. */
export async function loadLanguage(locale: Locale): Promise<LoadedLanguage> {
  const module = locale === 'en' ? await import('./catalogue-en') : await import('./catalogue-da');
  return { locale, messages: module.messages, zodLocale: module.zodLocale };
}
