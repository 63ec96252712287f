import { toNestErrors } from '@hookform/resolvers';
import { useMemo } from 'react';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../i18n';
import { DATE_YEARS } from '../../shared/fields';

/**
 * A plain-language message in the person's language for each problem the shared schema finds.
 * The schema's own messages are written for the API (English) and zod's defaults are technical
 * ("forventede streng havde >= 1 tegn"), so the form words them itself from the issue's facts.
 */
export function describeIssue(t: Translate, issue: z.core.$ZodIssue): string {
  const input: unknown = (issue as { input?: unknown }).input;
  const empty = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
  const field = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin !== 'string') return t('common.form.checkField');
      return Number(issue.minimum) <= 1
        ? t('common.form.required')
        : t('common.form.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('common.form.tooLong', { max: Number(issue.maximum) })
        : t('common.form.checkField');
    case 'invalid_format':
      // Ids come from pickers, so a malformed one means nothing was picked.
      return issue.format === 'email' ? t('common.form.email') : t('common.form.choose');
    case 'invalid_type':
    case 'invalid_value':
    case 'invalid_union':
      return empty ? t('common.form.choose') : t('common.form.checkField');
    case 'custom':
      if (issue.params?.reason === 'date_out_of_range')
        return t('common.form.dateRange', { min: DATE_YEARS.min, max: DATE_YEARS.max });
      if (empty) return t('common.form.required');
      return field === 'email' ? t('common.form.email') : t('common.form.checkField');
    default:
      // Refinements: the shared schema refines "required" and the email format itself.
      if (empty) return t('common.form.required');
      return field === 'email' ? t('common.form.email') : t('common.form.checkField');
  }
}

/** Words one issue differently for one form (undefined: the shared wording). */
export type DescribeOverride = (t: Translate, issue: z.core.$ZodIssue) => string | undefined;

/**
 * A react-hook-form resolver for a shared schema, with messages from describeIssue; a form whose
 * own refinements carry translated messages, or whose field needs its own words, passes `override`.
 */
export function useZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  override?: DescribeOverride,
): Resolver<z.input<S>, unknown, z.output<S>> {
  const { t } = useI18n();
  return useMemo(() => {
    const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, _context, options) => {
      const result = await schema.safeParseAsync(values, { reportInput: true });
      if (result.success) return { values: result.data, errors: {} };
      const flat: Record<string, FieldError> = {};
      for (const issue of result.error.issues) {
        const path = issue.path.join('.');
        flat[path] ??= { type: issue.code, message: override?.(t, issue) ?? describeIssue(t, issue) };
      }
      return { values: {}, errors: toNestErrors(flat, options) };
    };
    return resolver;
  }, [schema, t, override]);
}
