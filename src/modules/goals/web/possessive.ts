import type { Locale } from '../../../shared/roles';

/** "Dorthes", "Hans'" in Danish; "Dorthe’s" in English — for titles such as "{owner} læringsmål". */
export function possessive(locale: Locale, name: string): string {
  if (locale === 'en') return `${name}’s`;
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}
