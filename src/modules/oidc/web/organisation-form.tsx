import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError, put } from '../../../web/lib/api';
import { meQueryKey } from '../../../web/lib/session';
import { LIMITS } from '../../../shared/limits';
import {
  organisationInput,
  type OrganisationForm as FormValues,
  type OrganisationInput,
} from '../validation';
import type { OrganisationAnswer, OrganisationSettings } from '../answers';
import { organisationKey } from './api';
import { useFieldError } from './parts';

/** The organisation's name and the link to its accessibility statement. */
export function OrganisationForm({ organisation }: { organisation: OrganisationSettings }) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues, unknown, OrganisationInput>({
    resolver: zodResolver(organisationInput),
    defaultValues: { name: organisation.name, accessibilityUrl: organisation.accessibilityUrl ?? '' },
  });
  const { errors } = form.formState;

  const save = useMutation({
    mutationFn: (input: OrganisationInput) => put<OrganisationAnswer>('/organisation', input),
    onSuccess: async ({ organisation: saved }) => {
      queryClient.setQueryData(organisationKey, saved);
      form.reset({ name: saved.name, accessibilityUrl: saved.accessibilityUrl ?? '' });
      notifications.show({ message: t('oidc.details.saved'), color: 'teal', withBorder: true });
      // The header and footer read the name and link from the signed-in person's data.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (err) => {
      let placed = 0;
      if (err instanceof ApiError) {
        for (const issue of err.issues) {
          if (issue.path === 'name' || issue.path === 'accessibilityUrl') {
            form.setError(issue.path, { type: 'invalid' }, { shouldFocus: placed++ === 0 });
          }
        }
      }
      setFormError(placed ? t('oidc.form.checkFields') : errorMessage(t, err));
    },
  });

  return (
    <form
      noValidate
      aria-labelledby="organisation-details-heading"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate(values);
      })}
    >
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('oidc.details.name')}
          description={t('oidc.details.nameHelp')}
          required
          maxLength={LIMITS.name}
          {...form.register('name')}
          error={fieldError(errors.name, undefined, LIMITS.name)}
        />
        <TextInput
          label={t('oidc.details.accessibilityUrl')}
          description={t('oidc.details.accessibilityUrlHelp')}
          type="url"
          inputMode="url"
          placeholder="https://"
          {...form.register('accessibilityUrl')}
          error={fieldError(errors.accessibilityUrl, 'oidc.details.urlError', LIMITS.url)}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('oidc.details.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
