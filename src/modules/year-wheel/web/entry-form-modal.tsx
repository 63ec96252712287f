import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver, type DescribeOverride } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { FormModal } from '../../../web/components/form-modal';
import { OptionalSelect } from '../../../web/forms/optional-select';
import { today } from '../../../shared/time';
import { MAX_REMIND_DAYS } from '../constants';
import { entryInput } from '../validation';
import type { Entry, EntryAnswer, WheelForum } from '../answers';
import { refreshWheel } from './api';

type Values = z.input<typeof entryInput>;
const FIELDS = [
  'kind',
  'title',
  'data',
  'note',
  'startsOn',
  'endsOn',
  'forumId',
  'remindDaysBefore',
] as const;

const entryIssue: DescribeOverride = (t: Translate, issue) => {
  const reason = (issue as { params?: { reason?: string } }).params?.reason;
  if (reason === 'ends_before_start') return t('yearWheel.form.endsBeforeStart');
  if (reason === 'period_too_long') return t('yearWheel.form.periodTooLong');
  if (String(issue.path.at(-1)) === 'remindDaysBefore')
    return t('yearWheel.form.remindRange', { max: MAX_REMIND_DAYS });
  return undefined;
};

/** Adds an item to a unit's wheel or edits one; a discussion picks its forum and may take one of its meeting days. */
export function EntryFormModal(props: {
  opened: boolean;
  onClose: () => void;
  unitId: string;
  forums: WheelForum[];
  entry?: Entry;
}) {
  const { t } = useI18n();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.entry ? t('yearWheel.form.editTitle') : t('yearWheel.form.createTitle')}
      size="lg"
    >
      <EntryForm {...props} onDone={props.onClose} />
    </FormModal>
  );
}

function EntryForm({
  unitId,
  forums,
  entry,
  onDone,
}: {
  unitId: string;
  forums: WheelForum[];
  entry?: Entry;
  onDone: () => void;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: useZodResolver(entryInput, entryIssue) as never,
    defaultValues: {
      kind: entry?.kind ?? 'collect',
      title: entry?.title ?? '',
      data: entry?.data ?? '',
      note: entry?.note ?? '',
      startsOn: entry?.startsOn ?? '',
      endsOn: entry?.endsOn ?? null,
      forumId: entry?.forum?.id ?? null,
      remindDaysBefore: entry?.remindDaysBefore ?? null,
    },
  });
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: 'kind' });
  const forumId = useWatch({ control: form.control, name: 'forumId' });
  const from = today();
  const suggested = (forums.find((f) => f.id === forumId)?.meetings ?? [])
    .filter((d) => d >= from)
    .slice(0, 4);

  const save = useMutation({
    mutationFn: (values: z.output<typeof entryInput>) =>
      entry
        ? patch<EntryAnswer>(`/year-wheel/entries/${entry.id}`, { ...values, version: entry.version })
        : post<EntryAnswer>(`/units/${unitId}/year-wheel/entries`, values),
    onSuccess: async () => {
      notifySuccess(entry ? t('yearWheel.form.saved') : t('yearWheel.form.created'));
      await refreshWheel(queryClient);
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v as z.output<typeof entryInput>)))}
      error={formError}
      submitLabel={entry ? t('common.actions.save') : t('common.actions.create')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <Stack gap="sm">
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="entry-kind-label">
                {t('yearWheel.form.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="entry-kind-label"
                data={[
                  { value: 'collect', label: t('yearWheel.kinds.collect') },
                  { value: 'discuss', label: t('yearWheel.kinds.discuss') },
                ]}
                value={field.value}
                onChange={(v) => {
                  field.onChange(v);
                  if (v === 'discuss') form.setValue('endsOn', null);
                }}
              />
            </Stack>
          )}
        />
        <TextInput
          label={t('yearWheel.form.title')}
          placeholder={t('yearWheel.form.titlePlaceholder')}
          required
          data-autofocus
          {...form.register('title')}
          error={errors.title?.message}
        />
        <Textarea
          label={t('yearWheel.form.data')}
          description={t('yearWheel.form.dataHelp')}
          autosize
          minRows={1}
          {...form.register('data')}
          error={errors.data?.message}
        />
        {kind === 'discuss' && (
          <Controller
            control={form.control}
            name="forumId"
            render={({ field }) => (
              <OptionalSelect
                label={t('yearWheel.form.forum')}
                description={t('yearWheel.form.forumHelp')}
                noneLabel={t('yearWheel.form.noForum')}
                options={forums.map((f) => ({
                  value: f.id,
                  label: `${f.name} (${t(`forums.levels.${f.level}`)})`,
                }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.forumId?.message}
              />
            )}
          />
        )}
        {kind === 'discuss' && suggested.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('yearWheel.form.suggested')}
            </Text>
            <Group gap="xs">
              {suggested.map((day) => (
                <Button
                  key={day}
                  size="xs"
                  variant="light"
                  onClick={() => form.setValue('startsOn', day, { shouldValidate: true })}
                >
                  {t('yearWheel.form.useDay', { day: formatDate(day) })}
                </Button>
              ))}
            </Group>
          </Stack>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            type="date"
            label={kind === 'collect' ? t('yearWheel.form.startsOnCollect') : t('yearWheel.form.startsOn')}
            required
            {...form.register('startsOn')}
            error={errors.startsOn?.message}
          />
          {kind === 'collect' && (
            <Controller
              control={form.control}
              name="endsOn"
              render={({ field }) => (
                <TextInput
                  type="date"
                  label={t('yearWheel.form.endsOn')}
                  value={field.value ?? ''}
                  onChange={(e) => field.onChange(e.currentTarget.value || null)}
                  error={errors.endsOn?.message}
                />
              )}
            />
          )}
        </SimpleGrid>
        <Controller
          control={form.control}
          name="remindDaysBefore"
          render={({ field }) => (
            <NumberInput
              label={t('yearWheel.form.remind')}
              description={t('yearWheel.form.remindHelp')}
              allowDecimal={false}
              allowNegative={false}
              maw={320}
              value={field.value ?? ''}
              onChange={(v) => field.onChange(v === '' ? null : Number(v))}
              error={errors.remindDaysBefore?.message}
            />
          )}
        />
        <Textarea
          label={t('yearWheel.form.note')}
          autosize
          minRows={2}
          {...form.register('note')}
          error={errors.note?.message}
        />
      </Stack>
    </FormShell>
  );
}
