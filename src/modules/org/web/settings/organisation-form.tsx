import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../../web/i18n';
import { put } from '../../../../web/lib/api';
import { meQueryKey } from '../../../../web/lib/session';
import { useZodResolver, type DescribeOverride } from '../../../../web/forms/zod-resolver';
import { applyServerError } from '../../../../web/forms/server-errors';
import { LIMITS } from '../../../../shared/limits';
import { organisationInput } from '../../validation';
import type { OrganisationAnswer, OrganisationSettings } from '../../answers';
import { organisationKey } from './api';

/** The address must be a full https link: said in the field's own words. */
const describeUrl: DescribeOverride = (t, issue) =>
  issue.path[0] === 'accessibilityUrl' && issue.code === 'custom'
    ? t('org.settings.details.urlError')
    : undefined;

/** The organisation's name and the link to its accessibility statement. */
export function OrganisationForm({ organisation }: { organisation: OrganisationSettings }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(organisationInput, describeUrl),
    defaultValues: { name: organisation.name, accessibilityUrl: organisation.accessibilityUrl ?? '' },
  });
  const { errors } = form.formState;

  const save = useMutation({
    mutationFn: (input: z.output<typeof organisationInput>) =>
      put<OrganisationAnswer>('/organisation', input),
    onSuccess: async ({ organisation: saved }) => {
      queryClient.setQueryData(organisationKey, saved);
      form.reset({ name: saved.name, accessibilityUrl: saved.accessibilityUrl ?? '' });
      notifications.show({ message: t('org.settings.details.saved'), color: 'teal', withBorder: true });
      // The header and footer read the name and link from the signed-in person's data.
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, ['name', 'accessibilityUrl'])),
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
          label={t('org.settings.details.name')}
          description={t('org.settings.details.nameHelp')}
          required
          maxLength={LIMITS.name}
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput
          label={t('org.settings.details.accessibilityUrl')}
          description={t('org.settings.details.accessibilityUrlHelp')}
          type="url"
          inputMode="url"
          placeholder="https://"
          {...form.register('accessibilityUrl')}
          error={errors.accessibilityUrl?.message}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('org.settings.details.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
