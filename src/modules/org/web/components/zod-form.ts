import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../../../../web/i18n';

/**
 * Plain-language field messages ("Skal udfyldes", "Højst 200 tegn") for the shared schemas
 * instead of zod's technical defaults; anything not covered keeps zod's own localised text.
 */
export function friendlyIssue(t: Translate) {
  return (iss: z.core.$ZodRawIssue): string | undefined => {
    const empty = iss.input === undefined || iss.input === null || iss.input === '';
    switch (iss.code) {
      case 'too_small':
        if (iss.origin !== 'string') return undefined;
        return Number(iss.minimum) <= 1 ? t('org.form.required') : t('org.form.tooShort', { min: Number(iss.minimum) });
      case 'too_big':
        return iss.origin === 'string' ? t('org.form.tooLong', { max: Number(iss.maximum) }) : undefined;
      case 'invalid_format':
        // Ids come from pickers, so a bad one means nothing was picked.
        return iss.format === 'email' ? t('org.form.email') : t('org.form.choose');
      case 'invalid_type':
      case 'invalid_value':
      case 'invalid_union':
        return empty ? t('org.form.choose') : undefined;
      default:
        return undefined;
    }
  };
}

/** zodResolver for a shared schema, with messages in the person's language. */
export function useZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const { t } = useI18n();
  return useMemo(
    () => zodResolver(schema, { error: friendlyIssue(t) as never }) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    [schema, t],
  );
}
