import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { ApiError, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { notifySuccess } from '../../org/web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { useCurrentFrames } from '../../framing/web/api';
import { GOAL_SOURCES } from '../constants';
import { goalHints } from '../hints';
import { goalFields } from '../validation';
import { refreshGoals, type Goal } from './api';
import { GoalHints } from './goal-hints';
import { PutAsideModal } from './put-aside-modal';

type Values = z.output<typeof goalFields>;
const FIELDS = ['title', 'why', 'progressSigns', 'source', 'frameItemId'] as const;

/** Writes a new goal or edits one; the frame's items to pick from and hints as the person types. */
export function GoalFormModal({ opened, onClose, goal }: { opened: boolean; onClose: () => void; goal?: Goal }) {
  const { t } = useI18n();
  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.actions.close') }} opened={opened} onClose={onClose} title={goal ? t('goals.form.editTitle') : t('goals.form.createTitle')} centered size="lg">
      {opened && <GoalForm goal={goal} onDone={onClose} />}
    </Modal>
  );
}

function GoalForm({ goal, onDone }: { goal?: Goal | undefined; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const frames = useCurrentFrames();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<Values | null>(null);
  const form = useForm({
    resolver: useZodResolver(goalFields),
    defaultValues: {
      title: goal?.title ?? '',
      why: goal?.why ?? '',
      progressSigns: goal?.progressSigns ?? '',
      source: goal?.source ?? 'practice',
      frameItemId: goal?.frameItem?.id ?? null,
    },
  });
  const { errors } = form.formState;
  const [title, why, progressSigns] = useWatch({ control: form.control, name: ['title', 'why', 'progressSigns'] });
  const hints = goalHints(title ?? '', why, progressSigns);

  const save = useMutation({
    mutationFn: (input: Values & { putAsideGoalId?: string; putAsideReason?: string }) =>
      goal ? patch<{ goal: Goal }>(`/goals/${goal.id}`, { ...input, version: goal.version }) : post<{ goal: Goal }>('/goals', input),
    onSuccess: async () => {
      notifySuccess(goal ? t('goals.form.saved') : t('goals.form.created'));
      setPending(null);
      await refreshGoals(queryClient);
      onDone();
    },
    onError: (err, input) => {
      if (err instanceof ApiError && err.reason === 'too_many_in_focus') {
        setPending(input);
        void refreshGoals(queryClient);
        return;
      }
      setPending(null);
      setFormError(applyServerError(err, t, form.setError, FIELDS, { frame_item_unavailable: 'frameItemId' }));
    },
  });

  const frameList = frames.data?.frames ?? [];
  const options = frameList
    .filter((f) => f.items.length > 0)
    .map((f) => ({ group: `${f.title} (${f.unitName})`, items: f.items.map((i) => ({ value: i.id, label: i.title })) }));
  const known = new Set(options.flatMap((o) => o.items.map((i) => i.value)));
  if (goal?.frameItem && !known.has(goal.frameItem.id)) options.unshift({ group: t('goals.fields.frameItem'), items: [{ value: goal.frameItem.id, label: goal.frameItem.title }] });

  return (
    <>
      <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
        <Stack>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          {frames.isSuccess && options.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t('goals.fields.noFrame')}
            </Text>
          ) : (
            <Controller
              control={form.control}
              name="frameItemId"
              render={({ field }) => (
                <Select
                  label={t('goals.fields.frameItem')}
                  description={t('goals.fields.frameItemDescription')}
                  placeholder={t('goals.fields.frameItemNone')}
                  data={options}
                  value={field.value ?? null}
                  onChange={(v) => field.onChange(v)}
                  clearable
                  searchable
                  error={errors.frameItemId?.message}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
            />
          )}
          <Textarea
            label={t('goals.fields.title')}
            description={t('goals.fields.titleDescription')}
            placeholder={t('goals.fields.titlePlaceholder')}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.register('title')}
            error={errors.title?.message}
          />
          <Textarea label={t('goals.fields.why')} description={t('goals.fields.whyDescription')} autosize minRows={2} {...form.register('why')} error={errors.why?.message} />
          <Textarea
            label={t('goals.fields.progressSigns')}
            description={t('goals.fields.progressSignsDescription')}
            autosize
            minRows={2}
            {...form.register('progressSigns')}
            error={errors.progressSigns?.message}
          />
          <GoalHints hints={hints} />
          <Controller
            control={form.control}
            name="source"
            render={({ field }) => (
              <Select
                label={t('goals.fields.source')}
                required
                allowDeselect={false}
                data={GOAL_SOURCES.map((s) => ({ value: s, label: t(`goals.sources.${s}`) }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
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
      <PutAsideModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        onConfirm={(putAsideGoalId, putAsideReason) => pending && save.mutate({ ...pending, putAsideGoalId, putAsideReason })}
        loading={save.isPending}
      />
    </>
  );
}
