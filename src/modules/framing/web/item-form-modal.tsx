import { Alert, Button, Chip, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { notifySuccess } from '../../../web/components/notify';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FRAME_ITEM_KINDS } from '../constants';
import { frameItemInput } from '../validation';
import type { Frame, FrameItem } from '../answers';
import { refreshFrames } from './api';
import { CURRICULUM_THEMES } from './messages';

/** Adds an item to a frame or edits one; curriculum themes can be picked from the six. */
export function ItemFormModal(props: {
  opened: boolean;
  onClose: () => void;
  frame: Frame;
  item?: FrameItem | undefined;
}) {
  const { t } = useI18n();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={props.item ? t('framing.form.itemTitleEdit') : t('framing.form.itemTitleCreate')}
      centered
    >
      {props.opened && <ItemForm frame={props.frame} item={props.item} onDone={props.onClose} />}
    </Modal>
  );
}

function ItemForm({
  frame,
  item,
  onDone,
}: {
  frame: Frame;
  item?: FrameItem | undefined;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(frameItemInput),
    defaultValues: {
      kind: item?.kind ?? 'curriculum_theme',
      title: item?.title ?? '',
      description: item?.description ?? '',
    },
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const title = useWatch({ control: form.control, name: 'title' });
  const save = useMutation({
    mutationFn: (input: z.output<typeof frameItemInput>) =>
      item ? patch(`/frames/${frame.id}/items/${item.id}`, input) : post(`/frames/${frame.id}/items`, input),
    onSuccess: async () => {
      notifySuccess(t('framing.frame.itemSaved'));
      await refreshFrames(queryClient);
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, ['kind', 'title', 'description'])),
  });
  const taken = new Set(frame.items.map((i) => i.title));
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('framing.form.kind')}
              required
              allowDeselect={false}
              data={FRAME_ITEM_KINDS.map((k) => ({ value: k, label: t(`framing.kinds.${k}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        {kind === 'curriculum_theme' && !item && (
          <Stack gap={6}>
            <Text size="sm" fw={500} id="theme-suggestions">
              {t('framing.form.suggestions')}
            </Text>
            <Group gap={6} role="group" aria-labelledby="theme-suggestions">
              {CURRICULUM_THEMES.filter((k) => !taken.has(t(`framing.themes.${k}.title`))).map((k) => (
                <Chip
                  key={k}
                  checked={title === t(`framing.themes.${k}.title`)}
                  onChange={() => {
                    form.setValue('title', t(`framing.themes.${k}.title`), { shouldValidate: true });
                    form.setValue('description', t(`framing.themes.${k}.description`));
                  }}
                  size="xs"
                >
                  {t(`framing.themes.${k}.title`)}
                </Chip>
              ))}
            </Group>
          </Stack>
        )}
        <TextInput
          label={t('framing.form.itemTitle')}
          required
          data-autofocus
          {...form.register('title')}
          error={errors.title?.message}
        />
        <Textarea
          label={t('framing.form.itemDescription')}
          autosize
          minRows={2}
          {...form.register('description')}
          error={errors.description?.message}
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
  );
}
