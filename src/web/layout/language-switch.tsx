import { SegmentedControl } from '@mantine/core';
import { useI18n } from '../i18n';
import { patch } from '../lib/api';
import type { Locale } from '../../shared/roles';

/** Switches the language at once and remembers it on this device and, when signed in, on the account. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={locale}
      onChange={(value) => {
        setLocale(value as Locale);
        if (signedIn) void patch('/auth/me', { locale: value }).catch(() => undefined);
      }}
      data={[
        { value: 'da', label: 'Dansk' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
