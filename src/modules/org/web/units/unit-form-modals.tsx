import { Modal, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { Controller, useForm } from 'react-hook-form';
import { useI18n } from '../../../../web/i18n';
import { post } from '../../../../web/lib/api';
import type { UnitKind } from '../../../../shared/roles';
import type { UnitAnswer, UnitDetail } from '../../answers';
import { orgKeys, refreshOrg } from '../api';
import { createUnitInput, updateUnitInput } from '../../validation';
import { applyServerError } from '../../../../web/forms/server-errors';
import { notifySuccess } from '../../../../web/components/notify';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { FormShell } from '../../../../web/forms/form-shell';
import { KindSelect } from '../components/kind-select';
import { useEditSave } from '../components/edit-save';

/** Creates a unit under a chosen parent (or at the top). */
export function CreateUnitModal({
  opened,
  onClose,
  parentId,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  parentId: string | null;
  onCreated?: (unit: { id: string; parentId: string | null }) => void;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('org.units.createTitle')} centered>
      {opened && <CreateUnitForm parentId={parentId} onDone={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function CreateUnitForm({
  parentId,
  onDone,
  onCreated,
}: {
  parentId: string | null;
  onDone: () => void;
  onCreated?: ((unit: { id: string; parentId: string | null }) => void) | undefined;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(createUnitInput),
    defaultValues: { name: '', kind: 'institution' as UnitKind, parentId, externalId: '' },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: z.output<typeof createUnitInput>) => post<UnitAnswer>('/units', input),
    onSuccess: async ({ unit }) => {
      notifySuccess(t('org.units.created', { name: unit.name }));
      onCreated?.(unit);
      await refreshOrg(queryClient);
      onDone();
    },
    onError: (err) =>
      setFormError(applyServerError(err, t, form.setError, ['name', 'kind', 'parentId', 'externalId'])),
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
        label={t('org.units.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <KindSelect of="unit" control={form.control as never} error={errors.kind?.message} />
      <Controller
        control={form.control}
        name="parentId"
        render={({ field }) => (
          <UnitSelect
            label={t('org.units.fields.parent')}
            value={field.value}
            onChange={field.onChange}
            allowTopLevel
            error={errors.parentId?.message}
          />
        )}
      />
      <TextInput
        label={t('org.units.fields.externalId')}
        description={t('org.units.fields.externalIdHelp')}
        {...form.register('externalId')}
        error={errors.externalId?.message}
      />
    </FormShell>
  );
}

export interface EditableUnit {
  id: string;
  name: string;
  kind: UnitKind;
  externalId: string | null;
  version: number;
}

/** Renames a unit, changes its kind or its code in the HR system. */
export function EditUnitModal({ unit, onClose }: { unit: EditableUnit | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('org.units.editTitle', { name: unit.name }) : ''}
      centered
    >
      {unit && <EditUnitForm unit={unit} onDone={onClose} />}
    </Modal>
  );
}

function EditUnitForm({ unit, onDone }: { unit: EditableUnit; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const form = useForm({
    resolver: useZodResolver(updateUnitInput),
    defaultValues: {
      name: unit.name,
      kind: unit.kind,
      externalId: unit.externalId ?? '',
      version: unit.version,
    },
  });
  const { errors } = form.formState;
  const save = useEditSave({
    url: `/units/${unit.id}`,
    queryKey: orgKeys.unit(unit.id),
    versionOf: (fresh: UnitDetail) => fresh.unit.version,
    setVersion: (version) => form.setValue('version', version),
    setError: form.setError,
    fields: ['name', 'kind', 'externalId'],
    savedText: t('org.units.saved'),
    // The tree the dialog was opened from shows the unit's name and kind too.
    onStale: () => void refreshOrg(queryClient),
    onDone,
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit(save.submit)}
      error={save.formError}
      submitLabel={t('common.actions.save')}
      pending={save.pending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.units.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <KindSelect of="unit" control={form.control as never} error={errors.kind?.message} />
      <TextInput
        label={t('org.units.fields.externalId')}
        description={t('org.units.fields.externalIdHelp')}
        {...form.register('externalId')}
        error={errors.externalId?.message}
      />
    </FormShell>
  );
}
