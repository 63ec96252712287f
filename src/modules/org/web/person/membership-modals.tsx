import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../../web/i18n';
import { post } from '../../../../web/lib/api';
import { meQueryKey } from '../../../../web/lib/session';
import type { Role } from '../../../../shared/roles';
import type { PersonRecord } from '../../answers';
import { refreshOrg } from '../api';
import { membershipInput, movePersonInput } from '../../validation';
import { notifySuccess } from '../../../../web/components/notify';
import { applyServerError } from '../../../../web/forms/server-errors';
import { UnitSelect } from '../components/unit-select';
import { useZodResolver } from '../../../../web/forms/zod-resolver';
import { RoleSelect } from '../components/role-select';

interface ModalProps {
  record: PersonRecord;
  opened: boolean;
  onClose: () => void;
}

function FormButtons({
  onCancel,
  loading,
  label,
}: {
  onCancel: () => void;
  loading: boolean;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.actions.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {label}
      </Button>
    </Group>
  );
}

/** Gives the person a role in a unit. */
export function AddRoleModal({ record, opened, onClose }: ModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('org.person.addRoleTitle', { name: record.person.name })}
      centered
    >
      {opened && (
        <AddRoleForm personId={record.person.id} isSelf={record.relation === 'self'} onDone={onClose} />
      )}
    </Modal>
  );
}

function AddRoleForm({
  personId,
  isSelf,
  onDone,
}: {
  personId: string;
  isSelf: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(membershipInput),
    defaultValues: { unitId: '', role: 'employee' as Role },
  });
  const { errors } = form.formState;
  const add = useMutation({
    mutationFn: (input: z.output<typeof membershipInput>) => post(`/people/${personId}/memberships`, input),
    onSuccess: async () => {
      notifySuccess(t('org.person.roleAdded'));
      await refreshOrg(queryClient);
      // One's own roles decide what the navigation shows.
      if (isSelf) await queryClient.invalidateQueries({ queryKey: meQueryKey });
      onDone();
    },
    onError: (err) =>
      setFormError(
        applyServerError(err, t, form.setError, ['unitId', 'role'], { membership_exists: 'role' }),
      ),
  });

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        add.mutate(values);
      })}
    >
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="unitId"
          render={({ field }) => (
            <UnitSelect
              label={t('org.people.fields.firstUnit')}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              required
              autoFocus
              error={errors.unitId?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <RoleSelect
              label={t('org.unit.role')}
              value={field.value}
              onChange={field.onChange}
              error={errors.role?.message}
            />
          )}
        />
        <FormButtons onCancel={onDone} loading={add.isPending} label={t('common.actions.add')} />
      </Stack>
    </form>
  );
}

/** Moves all the person's roles in one unit to another unit. */
export function MovePersonModal({ record, opened, onClose }: ModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('org.person.moveTitle', { name: record.person.name })}
      centered
    >
      {opened && <MovePersonForm record={record} onDone={onClose} />}
    </Modal>
  );
}

function MovePersonForm({ record, onDone }: { record: PersonRecord; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const fromUnits = [...new Map(record.memberships.map((m) => [m.unitId, m.unitName])).entries()];
  const form = useForm({
    resolver: useZodResolver(movePersonInput),
    defaultValues: { fromUnitId: fromUnits.length === 1 ? fromUnits[0]![0] : '', toUnitId: '' },
  });
  const { errors } = form.formState;
  const fromUnitId = useWatch({ control: form.control, name: 'fromUnitId' });
  const move = useMutation({
    mutationFn: (input: z.output<typeof movePersonInput>) => post(`/people/${record.person.id}/move`, input),
    onSuccess: async () => {
      notifySuccess(t('org.person.moved', { name: record.person.name }));
      await refreshOrg(queryClient);
      if (record.relation === 'self') await queryClient.invalidateQueries({ queryKey: meQueryKey });
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, ['fromUnitId', 'toUnitId'])),
  });

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setFormError(null);
        move.mutate(values);
      })}
    >
      <Stack>
        <Text size="sm">{t('org.person.moveHelp')}</Text>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="fromUnitId"
          render={({ field }) => (
            <Select
              label={t('org.person.moveFrom')}
              data={fromUnits.map(([value, label]) => ({ value, label }))}
              value={field.value || null}
              onChange={(v) => {
                field.onChange(v ?? '');
                if (v && v === form.getValues('toUnitId')) form.setValue('toUnitId', '');
              }}
              allowDeselect={false}
              required
              error={errors.fromUnitId?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <Controller
          control={form.control}
          name="toUnitId"
          render={({ field }) => (
            <UnitSelect
              label={t('org.person.moveTo')}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              exclude={fromUnitId ? [fromUnitId] : []}
              required
              error={errors.toUnitId?.message}
            />
          )}
        />
        <FormButtons onCancel={onDone} loading={move.isPending} label={t('common.actions.move')} />
      </Stack>
    </form>
  );
}
