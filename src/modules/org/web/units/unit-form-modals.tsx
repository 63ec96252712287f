import { Modal, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { Controller, useForm } from 'react-hook-form';
import { useI18n } from '../../../../web/i18n';
import { get, patch, post } from '../../../../web/lib/api';
import { UNIT_KINDS, type UnitKind } from '../../../../shared/roles';
import type { UnitAnswer, UnitDetail } from '../../answers';
import { orgKeys, refreshOrg } from '../api';
import { createUnitInput, updateUnitInput } from '../../validation';
import { applyServerError } from '../../../../web/forms/server-errors';
import { notifySuccess } from '../../../../web/components/notify';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { FormShell } from '../../../../web/forms/form-shell';
import { recoverStaleVersion } from '../../../../web/forms/stale-version';

function useKindOptions() {
  const { t } = useI18n();
  return UNIT_KINDS.map((k) => ({ value: k, label: t(`common.unitKinds.${k}`) }));
}

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
  const kinds = useKindOptions();
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
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('org.units.fields.kind')}
            data={kinds}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            allowDeselect={false}
            required
            error={errors.kind?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
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
  const kinds = useKindOptions();
  const [formError, setFormError] = useState<string | null>(null);
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
  const save = useMutation({
    mutationFn: (input: z.output<typeof updateUnitInput>) => patch(`/units/${unit.id}`, input),
    onSuccess: async () => {
      notifySuccess(t('org.units.saved'));
      await refreshOrg(queryClient);
      onDone();
    },
    onError: async (err) => {
      const stale = await recoverStaleVersion(
        err,
        t,
        queryClient,
        {
          queryKey: orgKeys.unit(unit.id),
          queryFn: () => get<UnitDetail>(`/units/${unit.id}`),
          versionOf: (fresh) => fresh.unit.version,
        },
        (version) => form.setValue('version', version),
      );
      if (stale) {
        void refreshOrg(queryClient);
        setFormError(stale);
        return;
      }
      setFormError(applyServerError(err, t, form.setError, ['name', 'kind', 'externalId']));
    },
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        save.mutate(values);
      })}
      error={formError}
      submitLabel={t('common.actions.save')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <TextInput
        label={t('org.units.fields.name')}
        required
        data-autofocus
        {...form.register('name')}
        error={errors.name?.message}
      />
      <Controller
        control={form.control}
        name="kind"
        render={({ field }) => (
          <Select
            label={t('org.units.fields.kind')}
            data={kinds}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v)}
            allowDeselect={false}
            required
            error={errors.kind?.message}
            comboboxProps={{ withinPortal: true }}
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
