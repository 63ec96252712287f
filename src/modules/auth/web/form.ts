import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { Translate } from '../../../web/i18n';
import { useZodResolver as useSharedResolver, type DescribeOverride } from '../../../web/forms/zod-resolver';
import { ApiError } from '../../../web/lib/api';
import { LIMITS } from '../../../shared/limits';

/**
 * Sign-in forms word two things themselves: their own refinements (the repeated password) carry
 * a translated message, and a too-short password says what the rule is.
 */
const describeAuthIssue: DescribeOverride = (t, issue) => {
  if (issue.code === 'custom') return issue.message;
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) > 1)
    return t('auth.form.tooShort', { min: Number(issue.minimum) });
  return undefined;
};

/** The shared resolver with the sign-in forms' wording. */
export function useZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(schema: S) {
  return useSharedResolver(schema, describeAuthIssue);
}

export const passwordHint = (t: Translate) => t('auth.form.passwordHint', { min: LIMITS.passwordMin });

/** The text for a sign-in failure; a locked account is told how long it must wait. */
export function lockedMessage(t: Translate, err: unknown): string | null {
  if (!(err instanceof ApiError) || err.reason !== 'account_locked' || !err.retryAfter) return null;
  const minutes = Math.max(1, Math.ceil(err.retryAfter / 60));
  return minutes === 1 ? t('auth.login.lockedMinute') : t('auth.login.lockedMinutes', { minutes });
}
