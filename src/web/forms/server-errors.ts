import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorMessage, type Translate } from '../i18n';
import { ApiError } from '../lib/api';
import type { ErrorReason } from '../../shared/errors';

/**
 * Puts an API error where the person will look: each field issue on its input, a reason that
 * belongs to one field (a taken email address) on that field, and anything else in the form's
 * alert. Returns the text for the alert, or null when every part of the error found its field.
 */
export function applyServerError<T extends FieldValues>(
  err: unknown,
  t: Translate,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  reasonFields: Partial<Record<ErrorReason, Path<T>>> = {},
): string | null {
  if (!(err instanceof ApiError)) return errorMessage(t, err);
  const reasonField = err.reason ? reasonFields[err.reason] : undefined;
  if (reasonField) {
    setError(reasonField, { type: 'server', message: errorMessage(t, err) }, { shouldFocus: true });
    return null;
  }
  let placed = 0;
  for (const issue of err.issues) {
    // The most specific field wins: "memberships.0.unitId" before "memberships".
    const field = fields
      .filter((f) => issue.path === f || issue.path.startsWith(`${f}.`))
      .sort((a, b) => b.length - a.length)[0];
    if (!field) continue;
    setError(
      field as Path<T>,
      { type: 'server', message: t('common.form.checkField') },
      { shouldFocus: placed === 0 },
    );
    placed += 1;
  }
  return placed > 0 && placed === err.issues.length ? null : errorMessage(t, err);
}
