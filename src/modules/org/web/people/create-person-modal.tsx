import { Fieldset, Modal, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../../web/i18n';
import { post } from '../../../../web/lib/api';
import type { Locale, Role } from '../../../../shared/roles';
import type { PersonAnswer } from '../../answers';
import { refreshOrg } from '../api';
import { createPersonInput } from '../../validation';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { RoleSelect } from '../components/role-select';
import { FormShell } from '../../../../web/forms/form-shell';

type Input = z.output<typeof createPersonInput>;
const FIELDS = [
  'name',
  'email',
  'employeeNumber',
  'jobTitle',
  'locale',
  'memberships.0.unitId',
  'memberships.0.role',
] as const;

/** HR creates a person with their first place in the organisation. */
export function CreatePersonModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('org.people.createTitle')} size="lg" centered>
      {opened && <CreatePersonForm onDone={onClose} />}
    </Modal>
  );
}

function CreatePersonForm({ onDone }: { onDone: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(createPersonInput),
    // One first membership is part of the form, so the unit is required here though the API allows none.
    defaultValues: {
      name: '',
      email: '',
      employeeNumber: '',
      jobTitle: '',
      locale: locale as Locale,
      memberships: [{ unitId: '', role: 'employee' as Role }],
    },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: Input) => post<PersonAnswer>('/people', input),
    onSuccess: async ({ person }) => {
      notifySuccess(t('org.people.created', { name: person.name }));
      await refreshOrg(queryClient);
      onDone();
      await navigate({ to: `/people/${person.id}` });
    },
    onError: (err) =>
      setFormError(
        applyServerError(err, t, form.setError, FIELDS, {
          email_taken: 'email',
          employee_number_taken: 'employeeNumber',
        }),
      ),
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        create.mutate(values);
      })}
      error={formError}
      submitLabel={t('common.actions.create')}
      pending={create.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.people.fields.name')}
        required
        data-autofocus
        autoComplete="off"
        {...form.register('name')}
        error={errors.name?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('org.people.fields.email')}
          type="email"
          autoComplete="off"
          {...form.register('email')}
          error={errors.email?.message}
        />
        <TextInput
          label={t('org.people.fields.employeeNumber')}
          autoComplete="off"
          {...form.register('employeeNumber')}
          error={errors.employeeNumber?.message}
        />
        <TextInput
          label={t('org.people.fields.jobTitle')}
          {...form.register('jobTitle')}
          error={errors.jobTitle?.message}
        />
        <Controller
          control={form.control}
          name="locale"
          render={({ field }) => (
            <Select
              label={t('org.people.fields.language')}
              data={[
                { value: 'da', label: t('common.languages.da') },
                { value: 'en', label: t('common.languages.en') },
              ]}
              value={field.value ?? 'da'}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      </SimpleGrid>
      <Fieldset
        legend={t('org.people.fields.placement')}
        variant="unstyled"
        styles={{
          legend: {
            fontWeight: 700,
            fontSize: 'var(--mantine-font-size-md)',
            marginBottom: 'var(--mantine-spacing-xs)',
          },
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="memberships.0.unitId"
            render={({ field }) => (
              <UnitSelect
                label={t('org.people.fields.firstUnit')}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                required
                error={errors.memberships?.[0]?.unitId?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="memberships.0.role"
            render={({ field }) => (
              <RoleSelect
                label={t('org.people.fields.firstRole')}
                value={field.value}
                onChange={field.onChange}
                error={errors.memberships?.[0]?.role?.message}
              />
            )}
          />
        </SimpleGrid>
      </Fieldset>
    </FormShell>
  );
}
