import { Modal, NativeSelect, Radio, Group, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { ApiError, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import type { Ref } from '../../../shared/answers';
import { LICENCE_LEVELS } from '../constants';
import { createDefinitionInput, LICENCE_LIMITS } from '../validation';
import type { DefinitionAnswer, LicenceDefinition } from '../answers';
import { refreshLicences } from './api';

const FIELDS = [
  'unitId',
  'task',
  'description',
  'meaningC',
  'meaningB',
  'meaningA',
  'requiredLevel',
  'belowRequired',
  'neededHolders',
  'validityMonths',
] as const;
type Values = z.output<typeof createDefinitionInput>;

const blankToNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : v);
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));

/** Describe a licence for a unit's task, or edit one: what C, B and A mean, the requirement and validity. */
export function DefinitionFormModal(props: {
  opened: boolean;
  onClose: () => void;
  units: Ref[];
  definition?: LicenceDefinition | undefined;
  /** A new licence for an initiative's task: linked to it, its unit and task proposed. */
  initiative?: { id: string; unitId: string; task: string } | undefined;
  onSaved?: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.definition ? t('licences.form.editTitle') : t('licences.form.createTitle')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {props.opened && <DefinitionForm {...props} />}
    </Modal>
  );
}

function DefinitionForm({
  onClose,
  units,
  definition,
  initiative,
  onSaved,
}: Parameters<typeof DefinitionFormModal>[0]) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(definition?.version ?? 1);
  const form = useForm({
    resolver: useZodResolver(createDefinitionInput),
    defaultValues: {
      unitId: definition?.unit.id ?? initiative?.unitId ?? units[0]?.id ?? '',
      task: definition?.task ?? initiative?.task ?? '',
      description: definition?.description ?? '',
      meaningC: definition?.meanings.C ?? '',
      meaningB: definition?.meanings.B ?? '',
      meaningA: definition?.meanings.A ?? '',
      requiredLevel: definition?.requiredLevel ?? null,
      belowRequired: definition?.belowRequired ?? 'warn',
      neededHolders: definition?.neededHolders ?? null,
      validityMonths: definition?.validityMonths ?? null,
      initiativeId: definition?.initiativeId ?? initiative?.id ?? null,
    } as z.input<typeof createDefinitionInput>,
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: Values) => {
      if (!definition) return post<DefinitionAnswer>('/licence-definitions', input);
      const { unitId: _unit, ...changes } = input;
      return patch<DefinitionAnswer>(`/licence-definitions/${definition.id}`, { ...changes, version });
    },
    onSuccess: async (saved) => {
      notifySuccess(definition ? t('licences.form.saved') : t('licences.form.created'));
      await refreshLicences(queryClient);
      onClose();
      onSaved?.(saved.definition.id);
    },
    onError: (err) => {
      if (err instanceof ApiError && err.reason === 'stale_version') {
        const current = (err.details.current ?? null) as LicenceDefinition | null;
        if (current) setVersion(current.version);
        setFormError(t('licences.form.stale'));
        return;
      }
      setFormError(applyServerError(err, t, form.setError, FIELDS));
    },
  });
  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message as string | undefined;
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v as Values)))}
      error={formError}
      submitLabel={definition ? t('common.actions.save') : t('licences.page.define')}
      pending={save.isPending}
      onCancel={onClose}
    >
      {!definition && (
        <NativeSelect
          label={t('licences.form.unit')}
          required
          data={units.map((u) => ({ value: u.id, label: u.name }))}
          {...form.register('unitId')}
          error={err('unitId')}
        />
      )}
      <TextInput
        label={t('licences.form.task')}
        placeholder={t('licences.form.taskPlaceholder')}
        required
        maxLength={LICENCE_LIMITS.task}
        data-autofocus
        {...form.register('task')}
        error={err('task')}
      />
      <Textarea
        label={t('licences.form.description')}
        autosize
        minRows={2}
        maxLength={LICENCE_LIMITS.description}
        {...form.register('description', { setValueAs: blankToNull })}
        error={err('description')}
      />
      {LICENCE_LEVELS.map((level) => (
        <Textarea
          key={level}
          label={t('licences.form.meaning', { level })}
          required
          autosize
          minRows={2}
          maxLength={LICENCE_LIMITS.meaning}
          {...form.register(`meaning${level}`)}
          error={err(`meaning${level}`)}
        />
      ))}
      <NativeSelect
        label={t('licences.form.requiredLevel')}
        data={[
          { value: '', label: t('licences.form.noRequirement') },
          ...LICENCE_LEVELS.map((l) => ({ value: l, label: l })),
        ]}
        {...form.register('requiredLevel', { setValueAs: blankToNull })}
        error={err('requiredLevel')}
      />
      <Controller
        control={form.control}
        name="belowRequired"
        render={({ field }) => (
          <Radio.Group
            label={t('licences.form.belowRequired')}
            value={String(field.value)}
            onChange={field.onChange}
            error={err('belowRequired')}
          >
            <Group mt={4}>
              <Radio value="refuse" label={t('licences.form.refuse')} />
              <Radio value="warn" label={t('licences.form.warn')} />
            </Group>
          </Radio.Group>
        )}
      />
      <TextInput
        type="number"
        min={0}
        max={LICENCE_LIMITS.neededHolders}
        label={t('licences.form.neededHolders')}
        {...form.register('neededHolders', { setValueAs: numberOrNull })}
        error={err('neededHolders')}
      />
      <TextInput
        type="number"
        min={1}
        max={LICENCE_LIMITS.validityMonths}
        label={t('licences.form.validityMonths')}
        description={t('licences.form.validityHint')}
        {...form.register('validityMonths', { setValueAs: numberOrNull })}
        error={err('validityMonths')}
      />
    </FormShell>
  );
}
