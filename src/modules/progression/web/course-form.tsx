import { Checkbox, Modal, Select, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n, type Translate } from '../../../web/i18n';
import { patch, post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { localDay } from '../../../shared/time';
import { SUBJECT_KINDS } from '../constants';
import { possibleFirstNames } from '../pseudonyms';
import { createCourseInput, NAME_CHECKED_FIELDS, updateCourseInput } from '../validation';
import type { Course, CourseAnswer } from '../answers';
import { refreshProgression } from './api';

/** The progression forms' own words for a CPR number (refused) and a possible name (a warning). */
export function describeProgressionIssue(t: Translate, issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const params = issue.params as { reason?: string; names?: string[] } | undefined;
  if (params?.reason === 'cpr_number') return t('progression.form.cpr');
  if (params?.reason === 'possible_name')
    return t('progression.form.name', { names: (params.names ?? []).join(', ') });
  return undefined;
}

const FIELDS = ['subjectKind', 'label', 'startedOn', 'challenge', 'initiative', 'outcome'] as const;
type Values = {
  subjectKind?: string;
  startedOn?: string;
  label?: string;
  challenge?: string;
  initiative?: string;
  outcome?: string;
  allowNames?: boolean;
};

/** Creates a course in the unit, or edits one against the version shown. */
export function CourseModal({
  opened,
  onClose,
  unitId,
  course,
}: {
  opened: boolean;
  onClose: () => void;
  unitId?: string;
  course?: Course;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(course ? 'progression.form.editTitle' : 'progression.form.createTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <CourseForm unitId={unitId} course={course} onDone={onClose} />}
    </Modal>
  );
}

function CourseForm({ unitId, course, onDone }: { unitId?: string; course?: Course; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = course ? updateCourseInput : createCourseInput;
  const form = useForm<Values>({
    resolver: useZodResolver(schema as never, describeProgressionIssue) as never,
    defaultValues: course
      ? {
          subjectKind: course.subjectKind,
          startedOn: course.startedOn,
          label: course.label,
          challenge: course.challenge,
          initiative: course.initiative,
          outcome: course.outcome,
          allowNames: false,
          ...{ version: course.version },
        }
      : ({
          unitId,
          subjectKind: 'child_group',
          startedOn: localDay(new Date()),
          label: '',
          challenge: '',
          initiative: '',
          outcome: '',
          allowNames: false,
        } as Values),
  });
  const { errors } = form.formState;
  const texts = form.watch(['label', 'challenge', 'initiative', 'outcome']);
  const namesSeen = texts.some((v) => possibleFirstNames(v ?? '').length > 0);
  const save = useMutation({
    mutationFn: (input: Values) =>
      course
        ? patch<CourseAnswer>(`/progression/courses/${course.id}`, input)
        : post<CourseAnswer>('/progression/courses', input),
    onSuccess: async ({ course: saved }) => {
      notifySuccess(t(course ? 'progression.form.saved' : 'progression.form.created'));
      await refreshProgression(queryClient);
      onDone();
      if (!course) await navigate({ to: `/progression/courses/${saved.id}` });
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  const text = (name: (typeof NAME_CHECKED_FIELDS)[number] & keyof Values, hint: string) => (
    <Textarea
      label={t(`progression.form.${name}` as 'progression.form.challenge')}
      description={t(hint as 'progression.form.challengeHint')}
      autosize
      minRows={2}
      {...form.register(name)}
      error={errors[name]?.message}
    />
  );
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}
      error={formError}
      submitLabel={t(course ? 'common.actions.save' : 'common.actions.create')}
      pending={save.isPending}
      onCancel={onDone}
    >
      <Controller
        control={form.control}
        name="subjectKind"
        render={({ field }) => (
          <Select
            label={t('progression.form.kind')}
            required
            data={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`progression.kinds.${k}`) }))}
            value={field.value ?? null}
            onChange={(v) => field.onChange(v ?? undefined)}
            error={errors.subjectKind?.message}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <TextInput
        label={t('progression.form.label')}
        description={t('progression.form.labelHint')}
        required
        data-autofocus
        {...form.register('label')}
        error={errors.label?.message}
      />
      <TextInput
        type="date"
        label={t('progression.form.startedOn')}
        required
        {...form.register('startedOn')}
        error={errors.startedOn?.message}
      />
      {text('challenge', 'progression.form.challengeHint')}
      {text('initiative', 'progression.form.initiativeHint')}
      {text('outcome', 'progression.form.outcomeHint')}
      {namesSeen && <Checkbox label={t('progression.form.allowNames')} {...form.register('allowNames')} />}
    </FormShell>
  );
}
