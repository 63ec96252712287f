import { toNestErrors } from '@hookform/resolvers';
import { useMemo } from 'react';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import { LIMITS } from '../../../shared/limits';

/** A plain message in the person's language for a problem the shared schema found. */
function describeIssue(t: Translate, issue: z.core.$ZodIssue): string {
  const field = String(issue.path.at(-1) ?? '');
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1
      ? t('auth.form.required')
      : t('auth.form.tooShort', { min: Number(issue.minimum) });
  }
  if (issue.code === 'too_big' && issue.origin === 'string')
    return t('auth.form.tooLong', { max: Number(issue.maximum) });
  if (field === 'email') return t('auth.form.email');
  return t('auth.form.required');
}

/** A react-hook-form resolver for a shared zod schema, with translated messages. */
export function useZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const { t } = useI18n();
  return useMemo(() => {
    const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, _context, options) => {
      const result = await schema.safeParseAsync(values);
      if (result.success) return { values: result.data, errors: {} };
      const flat: Record<string, FieldError> = {};
      for (const issue of result.error.issues) {
        flat[issue.path.join('.')] ??= { type: issue.code, message: describeIssue(t, issue) };
      }
      return { values: {}, errors: toNestErrors(flat, options) };
    };
    return resolver;
  }, [schema, t]);
}

export const passwordHint = (t: Translate) => t('auth.form.passwordHint', { min: LIMITS.passwordMin });

/** The text for a sign-in failure; a locked account is told how long it must wait. */
export function lockedMessage(t: Translate, err: unknown): string | null {
  if (!(err instanceof ApiError) || err.reason !== 'account_locked' || !err.retryAfter) return null;
  const minutes = Math.max(1, Math.ceil(err.retryAfter / 60));
  return minutes === 1 ? t('auth.login.lockedMinute') : t('auth.login.lockedMinutes', { minutes });
}
