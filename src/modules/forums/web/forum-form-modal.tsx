import { Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { get, patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { recoverStaleVersion } from '../../../web/forms/stale-version';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { FormModal } from '../../../web/components/form-modal';
import { OptionalSelect } from '../../../web/forms/optional-select';
import { FORUM_LEVELS } from '../constants';
import { createForumInput, updateForumInput } from '../validation';
import type { Forum, ForumAnswer, ForumDetail, ManageableUnit } from '../answers';
import { forumKeys, refreshForums } from './api';
import { CadenceFields, cadenceIssue } from './cadence-fields';

const TEXT_FIELDS = ['purpose', 'form', 'participants', 'content', 'data'] as const;
const FIELDS = [
  'unitId',
  'teamId',
  'level',
  'name',
  'cadenceEvery',
  'cadenceUnit',
  'durationMinutes',
  'firstMeetingOn',
  'meetingTime',
  ...TEXT_FIELDS,
] as const;

type Values = z.input<typeof createForumInput>;

/** Creates a forum for a unit the leader leads, or edits one (against its version). */
export function ForumFormModal(props: {
  opened: boolean;
  onClose: () => void;
  forum?: Forum;
  units?: ManageableUnit[];
}) {
  const { t } = useI18n();
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.forum ? t('forums.form.editTitle') : t('forums.form.createTitle')}
      size="lg"
    >
      <ForumForm forum={props.forum} units={props.units ?? []} onDone={props.onClose} />
    </FormModal>
  );
}

function ForumForm({ forum, units, onDone }: { forum?: Forum; units: ManageableUnit[]; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [version, setVersion] = useState(forum?.version ?? 1);
  const form = useForm<Values>({
    resolver: useZodResolver(createForumInput, cadenceIssue) as never,
    defaultValues: {
      unitId: forum?.unitId ?? (units.length === 1 ? units[0]!.id : ''),
      teamId: forum?.teamId ?? null,
      level: forum?.level ?? 'intervention',
      name: forum?.name ?? '',
      purpose: forum?.purpose ?? '',
      form: forum?.form ?? '',
      cadenceEvery: forum?.cadenceEvery ?? null,
      cadenceUnit: forum?.cadenceUnit ?? null,
      durationMinutes: forum?.durationMinutes ?? null,
      firstMeetingOn: forum?.firstMeetingOn ?? null,
      meetingTime: forum?.meetingTime ?? null,
      participants: forum?.participants ?? '',
      content: forum?.content ?? '',
      data: forum?.data ?? '',
    },
  });
  const { errors } = form.formState;
  const unitId = useWatch({ control: form.control, name: 'unitId' });
  const teams = forum ? [] : (units.find((u) => u.id === unitId)?.teams ?? []);

  const save = useMutation({
    mutationFn: async (values: z.output<typeof createForumInput>) => {
      if (!forum) return post<ForumAnswer>('/forums', values);
      const { unitId: _unit, ...changes } = values;
      return patch<ForumAnswer>(
        `/forums/${forum.id}`,
        updateForumInput.parse({
          ...changes,
          teamId: forum.teamId,
          version,
          // Once a cadence is set, the old free text has been carried over.
          ...(changes.cadenceEvery && (forum.cadenceNote || forum.durationNote)
            ? { cadenceNote: null, durationNote: null }
            : {}),
        }),
      );
    },
    onSuccess: async () => {
      notifySuccess(forum ? t('forums.form.saved') : t('forums.form.created'));
      await refreshForums(queryClient);
      onDone();
    },
    onError: async (err) => {
      if (forum) {
        const stale = await recoverStaleVersion(
          err,
          t,
          queryClient,
          {
            queryKey: forumKeys.detail(forum.id),
            queryFn: () => get<ForumDetail>(`/forums/${forum.id}`),
            versionOf: (d) => d.forum.version,
          },
          setVersion,
        );
        if (stale) return setFormError(stale);
      }
      setFormError(applyServerError(err, t, form.setError, FIELDS));
    },
  });

  return (
    <FormShell
      onSubmit={form.handleSubmit(
        (v) => (setFormError(null), save.mutate(v as z.output<typeof createForumInput>)),
      )}
      error={formError}
      submitLabel={forum ? t('common.actions.save') : t('common.actions.create')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <Stack gap="sm">
        {!forum && (
          <Controller
            control={form.control}
            name="unitId"
            render={({ field }) => (
              <Select
                label={t('forums.fields.unit')}
                required
                searchable
                data={units.map((u) => ({ value: u.id, label: u.name }))}
                value={field.value || null}
                onChange={(v) => (field.onChange(v ?? ''), form.setValue('teamId', null))}
                error={errors.unitId?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
        )}
        {!forum && teams.length > 0 && (
          <Controller
            control={form.control}
            name="teamId"
            render={({ field }) => (
              <OptionalSelect
                label={t('forums.fields.team')}
                noneLabel={t('forums.fields.noTeam')}
                options={teams.map((tm) => ({ value: tm.id, label: tm.name }))}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
        )}
        <Controller
          control={form.control}
          name="level"
          render={({ field }) => (
            <Select
              label={t('forums.fields.level')}
              required
              data={FORUM_LEVELS.map((l) => ({ value: l, label: t(`forums.levels.${l}`) }))}
              value={field.value}
              onChange={(v) => field.onChange(v ?? 'intervention')}
              description={t(`forums.levelHelp.${field.value ?? 'intervention'}`)}
              error={errors.level?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
        <TextInput
          label={t('forums.fields.name')}
          placeholder={t('forums.fields.namePlaceholder')}
          required
          data-autofocus
          {...form.register('name')}
          error={errors.name?.message}
        />
        <Textarea
          label={t('forums.fields.purpose')}
          description={t('forums.fields.purposeHelp')}
          autosize
          minRows={2}
          {...form.register('purpose')}
          error={errors.purpose?.message}
        />
        <Textarea
          label={t('forums.fields.form')}
          description={t('forums.fields.formHelp')}
          autosize
          minRows={1}
          {...form.register('form')}
          error={errors.form?.message}
        />
        <CadenceFields form={form} forum={forum} />
        <Textarea
          label={t('forums.fields.participants')}
          autosize
          minRows={1}
          {...form.register('participants')}
          error={errors.participants?.message}
        />
        <Textarea
          label={t('forums.fields.content')}
          autosize
          minRows={2}
          {...form.register('content')}
          error={errors.content?.message}
        />
        <Textarea
          label={t('forums.fields.data')}
          description={t('forums.fields.dataHelp')}
          autosize
          minRows={2}
          {...form.register('data')}
          error={errors.data?.message}
        />
      </Stack>
    </FormShell>
  );
}
