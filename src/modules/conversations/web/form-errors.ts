import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { Translate } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import type { DescribeOverride } from '../../../web/forms/zod-resolver';

/** An API issue this form words itself: the API's path (or its prefix), the form's field and the words. */
export interface IssueWords<T extends FieldValues> {
  path: string;
  field: Path<T>;
  message: (issue: { path: string; message: string }) => string;
}

/**
 * Like applyServerError, but the issues a conversation form knows best get their own words on
 * their own field first: the API checks `startsAt`, the form has `startsAtLocal`; "not on the
 * team" says more than "check this field".
 */
export function applyConversationError<T extends FieldValues>(
  err: unknown,
  t: Translate,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  words: IssueWords<T>[] = [],
): string | null {
  if (!(err instanceof ApiError) || err.issues.length === 0)
    return applyServerError(err, t, setError, fields);
  const all = [...words, ...timeWords<T>(t)];
  const rest: { path: string; message: string }[] = [];
  let placed = 0;
  for (const issue of err.issues) {
    const word = all.find((w) => issue.path === w.path || issue.path.startsWith(`${w.path}.`));
    if (!word) {
      rest.push(issue);
      continue;
    }
    setError(word.field, { type: 'server', message: word.message(issue) }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  if (rest.length === 0) return null;
  return applyServerError(
    new ApiError(err.status, err.code, err.reason, err.message, rest),
    t,
    setError,
    fields,
  );
}

function timeWords<T extends FieldValues>(t: Translate): IssueWords<T>[] {
  return [
    {
      path: 'startsAt',
      field: 'startsAtLocal' as Path<T>,
      message: (issue) =>
        issue.message === 'Too far ahead'
          ? t('conversations.schedule.tooFarAhead')
          : issue.message === 'In the past'
            ? t('conversations.schedule.inPast')
            : t('conversations.schedule.chooseTime'),
    },
  ];
}

/** The local time field's own words for a missing or malformed time. */
export const timeFieldOverride: DescribeOverride = (t, issue) =>
  issue.path.at(-1) === 'startsAtLocal' ? t('conversations.schedule.chooseTime') : undefined;
