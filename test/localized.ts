import { expect } from 'vitest';

/** A text in Danish and English, as the built-in content writes it. */
interface Localized {
  da: string;
  en: string;
}

interface Found {
  path: string;
  text: Localized;
}

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).sort().join() === 'da,en';

/** Every {da, en} text anywhere inside a value, with the path it was found at. */
export function localizedTexts(value: unknown, path = ''): Found[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      localizedTexts(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Both languages are there and trimmed, and the English is not Danish left untranslated (no æ, ø
 * or å). Returns how many texts were checked, so a caller can assert it found what it expected.
 */
export function expectBothLanguages(value: unknown, maxLength: number): number {
  const texts = localizedTexts(value);
  for (const { path, text } of texts) {
    for (const language of ['da', 'en'] as const) {
      const s = text[language];
      expect(typeof s, `${path}.${language}`).toBe('string');
      expect(s.trim(), `${path}.${language} is empty or untrimmed`).toBe(s);
      expect(s.length, `${path}.${language} is empty`).toBeGreaterThan(0);
      expect(s.length, `${path}.${language} is too long`).toBeLessThanOrEqual(maxLength);
    }
    expect(text.en, `${path}.en looks Danish`).not.toMatch(/[æøåÆØÅ]/);
  }
  return texts.length;
}
