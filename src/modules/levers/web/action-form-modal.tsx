import { Modal, Select, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { ApiError, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { createActionInput, LEVER_LIMITS, updateActionInput } from '../validation';
import type { Ref } from '../../../shared/answers';
import type { LeverAction } from '../answers';
import { fetchPlan, leverKeys, refreshLevers } from './api';

const FIELDS = ['text', 'ownerId', 'dueDate'] as const;
// The form edits these three; the plan lever and version come from the page.
const fields = createActionInput.pick({ text: true, ownerId: true, dueDate: true });
const editFields = updateActionInput
  .pick({ text: true, ownerId: true, dueDate: true })
  .required()
  .extend({ version: z.number() });

/** A new action under one of the plan's levers, or an edit of one, with its owner and due date. */
export function ActionFormModal(props: {
  opened: boolean;
  onClose: () => void;
  planId: string;
  planLeverId: string;
  leverName: string;
  owners: Ref[];
  action?: LeverAction | undefined;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={`${props.action ? t('levers.action.editTitle') : t('levers.action.createTitle')}: ${props.leverName}`}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {props.opened && <ActionForm {...props} />}
    </Modal>
  );
}

function ActionForm({ onClose, planId, planLeverId, owners, action }: Parameters<typeof ActionFormModal>[0]) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(action?.version ?? 1);
  const form = useForm({
    resolver: useZodResolver(action ? editFields.omit({ version: true }) : fields),
    defaultValues: {
      text: action?.text ?? '',
      ownerId: action?.owner.id ?? '',
      dueDate: action?.dueDate ?? '',
    },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (input: z.output<typeof fields>) =>
      action
        ? patch(`/lever-actions/${action.id}`, { ...input, version })
        : post(`/lever-plans/${planId}/actions`, { ...input, planLeverId }),
    onSuccess: async () => {
      notifySuccess(action ? t('levers.action.saved') : t('levers.action.created'));
      await refreshLevers(queryClient);
      onClose();
    },
    onError: async (err) => {
      if (action && err instanceof ApiError && err.reason === 'stale_version') {
        const fresh = await queryClient
          .fetchQuery({ queryKey: leverKeys.plan(planId), queryFn: () => fetchPlan(planId), staleTime: 0 })
          .catch(() => null);
        const current = fresh?.plan.levers.flatMap((l) => l.actions).find((a) => a.id === action.id);
        if (current) {
          setVersion(current.version);
          setFormError(t('levers.action.stale'));
          return;
        }
      }
      setFormError(applyServerError(err, t, form.setError, FIELDS));
    },
  });
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v as z.output<typeof fields>)))}
      error={formError}
      submitLabel={action ? t('common.actions.save') : t('levers.plan.addAction')}
      pending={save.isPending}
      onCancel={onClose}
    >
      <Textarea
        label={t('levers.action.text')}
        placeholder={t('levers.action.textPlaceholder')}
        required
        autosize
        minRows={2}
        maxLength={LEVER_LIMITS.actionText}
        data-autofocus
        {...form.register('text')}
        error={errors.text?.message}
      />
      <Controller
        control={form.control}
        name="ownerId"
        render={({ field }) => (
          <Select
            label={t('levers.action.owner')}
            required
            searchable
            data={owners.map((o) => ({ value: o.id, label: o.name }))}
            value={field.value || null}
            onChange={(v) => field.onChange(v ?? '')}
            error={errors.ownerId?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <TextInput
        type="date"
        label={t('levers.action.dueDate')}
        required
        {...form.register('dueDate')}
        error={errors.dueDate?.message}
      />
    </FormShell>
  );
}
