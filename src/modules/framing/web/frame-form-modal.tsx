import { Alert, Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { createFrameInput, updateFrameInput } from '../validation';
import type { Frame, FrameAnswer } from '../answers';
import { refreshFrames } from './api';

const FIELDS = ['unitId', 'title', 'intro', 'periodStart', 'periodEnd'] as const;

/** Creates a frame (with a unit to choose) or edits one (title, intro, period). */
export function FrameFormModal(props: {
  opened: boolean;
  onClose: () => void;
  frame?: Frame;
  units: { id: string; name: string }[];
}) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={props.frame ? t('framing.form.editTitle') : t('framing.form.createTitle')}
      centered
    >
      {props.opened &&
        (props.frame ? (
          <EditFrameForm frame={props.frame} onDone={props.onClose} />
        ) : (
          <CreateFrameForm units={props.units} onDone={props.onClose} />
        ))}
    </Modal>
  );
}

function yearBounds() {
  const year = new Date().getFullYear();
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

function CreateFrameForm({ units, onDone }: { units: { id: string; name: string }[]; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(createFrameInput),
    defaultValues: { unitId: units.length === 1 ? units[0]!.id : '', title: '', intro: '', ...yearBounds() },
  });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (input: z.output<typeof createFrameInput>) => post<FrameAnswer>('/frames', input),
    onSuccess: async () => {
      notifySuccess(t('framing.frame.created'));
      await refreshFrames(queryClient);
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), create.mutate(v)))}>
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
            <Select
              label={t('framing.form.unit')}
              required
              searchable
              data={units.map((u) => ({ value: u.id, label: u.name }))}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={errors.unitId?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <FrameFields form={form as never} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditFrameForm({ frame, onDone }: { frame: Frame; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(updateFrameInput),
    defaultValues: {
      title: frame.title,
      intro: frame.intro ?? '',
      periodStart: frame.periodStart,
      periodEnd: frame.periodEnd,
      version: frame.version,
    },
  });
  const save = useMutation({
    mutationFn: (input: z.output<typeof updateFrameInput>) =>
      patch<FrameAnswer>(`/frames/${frame.id}`, input),
    onSuccess: async () => {
      notifySuccess(t('framing.frame.saved'));
      await refreshFrames(queryClient);
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <FrameFields form={form as never} autoFocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type FrameFieldValues = { title: string; intro: string; periodStart: string; periodEnd: string };

function FrameFields({
  form,
  autoFocus,
}: {
  form: ReturnType<typeof useForm<FrameFieldValues>>;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const { errors } = form.formState;
  return (
    <>
      <TextInput
        label={t('framing.form.title')}
        placeholder={t('framing.form.titlePlaceholder')}
        required
        data-autofocus={autoFocus ? true : undefined}
        {...form.register('title')}
        error={errors.title?.message}
      />
      <Textarea
        label={t('framing.form.intro')}
        description={t('framing.form.introDescription')}
        autosize
        minRows={2}
        {...form.register('intro')}
        error={errors.intro?.message}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t('framing.form.periodStart')}
          required
          {...form.register('periodStart')}
          error={errors.periodStart?.message}
        />
        <TextInput
          type="date"
          label={t('framing.form.periodEnd')}
          required
          {...form.register('periodEnd')}
          error={errors.periodEnd?.message}
        />
      </Group>
    </>
  );
}
