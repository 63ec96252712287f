import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
// Zod's core and two locales, not its whole schema library: the first chunk stays small.
import { config as zodConfig } from 'zod/v4/core';
import zodDa from 'zod/v4/locales/da.js';
import zodEn from 'zod/v4/locales/en.js';
import { catalogue, type MessageKey } from './catalogue';
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

function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogue[locale];
  for (const part of key.split('.')) {
    if (node && typeof node === 'object') node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(locale: Locale, key: string, vars?: Record<string, string | number>): string {
  const text = lookup(locale, key) ?? lookup('da', key) ?? key;
  return vars
    ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
    : text;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
    zodConfig(locale === 'da' ? zodDa() : zodEn());
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
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
      t: (key, vars) => translate(locale, key, vars),
      formatDate: (v, style = 'date') => (style === 'date' ? dateFmt : dateTimeFmt).format(new Date(v)),
      formatNumber: (n) => numberFmt.format(n),
    };
  }, [locale, setLocale]);

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
