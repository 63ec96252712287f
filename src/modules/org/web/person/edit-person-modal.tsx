import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage, useI18n } from '../../../../web/i18n';
import { ApiError, get, patch } from '../../../../web/lib/api';
import type { PersonRecord } from '../../answers';
import { orgKeys, refreshOrg } from '../api';
import { updatePersonInput } from '../../validation';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { useZodResolver } from '../../../../web/forms/zod-resolver';

type Person = PersonRecord['person'];
const TEXT_FIELDS = ['name', 'email', 'employeeNumber', 'jobTitle'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** HR edits a person's profile; a concurrent change is caught by the version and never overwritten. */
export function EditPersonModal({
  person,
  opened,
  onClose,
}: {
  person: Person;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('org.person.editTitle', { name: person.name })}
      size="lg"
      centered
    >
      {opened && <EditPersonForm person={person} onDone={onClose} />}
    </Modal>
  );
}

function EditPersonForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  // What the other person saved, for the fields where it differs from what this form started from.
  const [theirs, setTheirs] = useState<Partial<Record<TextField, string>>>({});
  const [base, setBase] = useState(person);
  const form = useForm({
    resolver: useZodResolver(updatePersonInput),
    defaultValues: {
      name: person.name,
      email: person.email ?? '',
      employeeNumber: person.employeeNumber ?? '',
      jobTitle: person.jobTitle ?? '',
      version: person.version,
    },
  });
  const { errors } = form.formState;

  const save = useMutation({
    mutationFn: (input: z.output<typeof updatePersonInput>) => patch(`/people/${person.id}`, input),
    onSuccess: async () => {
      notifySuccess(t('org.person.saved'));
      await refreshOrg(queryClient);
      onDone();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'stale_version') {
        setStale(true);
        setFormError(null);
        return;
      }
      setFormError(
        applyServerError(err, t, form.setError, TEXT_FIELDS, {
          email_taken: 'email',
          employee_number_taken: 'employeeNumber',
        }),
      );
    },
  });

  // Loads the newest version but keeps every typed value; the next save is checked against it.
  const reload = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({
        queryKey: orgKeys.person(person.id),
        queryFn: () => get<PersonRecord>(`/people/${person.id}`),
        staleTime: 0,
      }),
    onSuccess: ({ person: fresh }) => {
      const changed: Partial<Record<TextField, string>> = {};
      for (const field of TEXT_FIELDS) {
        if ((fresh[field] ?? '') !== (base[field] ?? '')) changed[field] = fresh[field] ?? '';
      }
      setTheirs(changed);
      setBase(fresh);
      form.setValue('version', fresh.version);
      setStale(false);
    },
  });

  const hint = (field: TextField) =>
    field in theirs
      ? t('org.person.staleNow', { value: theirs[field] || t('org.person.staleEmpty') })
      : undefined;

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate(values);
      })}
    >
      <Stack>
        {stale && (
          <Alert color="yellow" title={t('org.person.staleTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              {t('org.person.staleText')}
              <Button
                size="xs"
                variant="white"
                color="dark"
                onClick={() => reload.mutate()}
                loading={reload.isPending}
              >
                {t('org.person.staleReload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {(formError || reload.isError) && (
          <Alert color="red" role="alert">
            {formError ?? errorMessage(t, reload.error)}
          </Alert>
        )}
        <TextInput
          label={t('org.people.fields.name')}
          required
          data-autofocus
          description={hint('name')}
          {...form.register('name')}
          error={errors.name?.message}
        />
        <TextInput
          label={t('org.people.fields.email')}
          type="email"
          autoComplete="off"
          description={hint('email')}
          {...form.register('email')}
          error={errors.email?.message}
        />
        <TextInput
          label={t('org.people.fields.employeeNumber')}
          autoComplete="off"
          description={hint('employeeNumber')}
          {...form.register('employeeNumber')}
          error={errors.employeeNumber?.message}
        />
        <TextInput
          label={t('org.people.fields.jobTitle')}
          description={hint('jobTitle')}
          {...form.register('jobTitle')}
          error={errors.jobTitle?.message}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={stale}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
