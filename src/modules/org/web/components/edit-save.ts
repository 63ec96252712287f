import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useI18n } from '../../../../web/i18n';
import { get, patch } from '../../../../web/lib/api';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { recoverStaleVersion } from '../../../../web/forms/stale-version';
import { refreshOrg } from '../api';

/**
 * Saves the edit of a unit or a team against the version the form was opened with. When someone
 * saved first, the newest version becomes the base of the next save (the typed values stay) and the
 * form says so; any other error goes to its field or the form's alert.
 */
export function useEditSave<Fresh, F extends FieldValues>({
  url,
  queryKey,
  versionOf,
  setVersion,
  setError,
  fields,
  savedText,
  onStale,
  onDone,
}: {
  /** Where the record is read and saved. */
  url: string;
  queryKey: QueryKey;
  versionOf: (fresh: Fresh) => number;
  setVersion: (version: number) => void;
  setError: UseFormSetError<F>;
  fields: readonly string[];
  savedText: string;
  /** What else must be reloaded once a stale save has brought the newest version in. */
  onStale?: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: object) => patch(url, input),
    onSuccess: async () => {
      notifySuccess(savedText);
      await refreshOrg(queryClient);
      onDone();
    },
    onError: async (err) => {
      const latest = { queryKey, queryFn: () => get<Fresh>(url), versionOf };
      const stale = await recoverStaleVersion(err, t, queryClient, latest, setVersion);
      if (stale) onStale?.();
      setFormError(stale ?? applyServerError(err, t, setError, fields));
    },
  });
  return {
    formError,
    pending: save.isPending,
    submit: (input: object) => {
      setFormError(null);
      save.mutate(input);
    },
  };
}
