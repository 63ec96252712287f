import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
// Zod's core and two locales, not its whole schema library: the first chunk stays small.
import { config as zodConfig } from 'zod/v4/core';
import { catalogue, type MessageKey } from './catalogue';
import { loadLanguage, type LoadedLanguage } from './load';
import type { Locale } from '../../shared/roles';
import { ApiError } from '../lib/api';
import { TIME_ZONE } from '../../shared/time';

const STORAGE_KEY = 'mup.locale';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  formatDate: (value: string | Date, style?: 'date' | 'dateTime') => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'da' || stored === 'en') return stored;
  return 'da';
}

function lookup(messages: object, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node && typeof node === 'object') node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function format(messages: object, key: string, vars?: Record<string, string | number>): string {
  const text = lookup(messages, key) ?? key;
  return vars
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
    : text;
}

/**
 * A text from the whole catalogue, for tests and tools. The app itself translates from the one
 * language it has loaded (the build keeps this function, and both languages, out of its bundle).
 */
export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  return format(catalogue[locale], key, vars);
}

/** The language the app starts in, loaded before the first render (src/web/main.tsx). */
export const loadInitialLanguage = () => loadLanguage(initialLocale());

export function I18nProvider({ initial, children }: { initial: LoadedLanguage; children: ReactNode }) {
  const [language, setLanguage] = useState<LoadedLanguage>(initial);
  const { locale, messages } = language;

  useEffect(() => {
    document.documentElement.lang = language.locale;
    zodConfig(language.zodLocale());
  }, [language]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    void loadLanguage(next).then(setLanguage);
  }, []);

  const value = useMemo<I18n>(() => {
    const tag = locale === 'da' ? 'da-DK' : 'en-GB';
    const dateFmt = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: TIME_ZONE });
    const dateTimeFmt = new Intl.DateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: TIME_ZONE,
    });
    const numberFmt = new Intl.NumberFormat(tag);
    return {
      locale,
      setLocale,
      t: (key, vars) => format(messages, key, vars),
      formatDate: (v, style = 'date') => (style === 'date' ? dateFmt : dateTimeFmt).format(new Date(v)),
      formatNumber: (n) => numberFmt.format(n),
    };
  }, [locale, messages, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** A specific, translated message for any error a request can end in. */
export function errorMessage(t: Translate, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('common.errors.network');
    if (err.reason) return t(`common.errors.reasons.${err.reason}` as MessageKey);
    return t(`common.errors.${err.code}` as MessageKey);
  }
  return t('common.errors.INTERNAL');
}
