import { Modal, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { localDateTimeField } from '../../../shared/fields';
import type { Ref } from '../../../shared/answers';
import { PRACTICE_REVIEW_FIELDS } from '../content';
import { fromLocalInput } from '../../conversations/web/index';
import { LICENCE_LIMITS } from '../validation';
import type { ReviewAnswer } from '../answers';
import { refreshLicences } from './api';

const FIELDS = ['personId', 'reviewerId', 'startsAt', 'focus'] as const;
const formInput = z.object({
  personId: z.uuid(),
  reviewerId: z.uuid(),
  startsAt: localDateTimeField,
  focus: z.string().trim().min(1, 'Required').max(LICENCE_LIMITS.focus),
});

/** Plan a practice review: whom, by whom, when, and what to look for; the invitation goes by mail. */
export function PlanReviewModal(props: {
  opened: boolean;
  onClose: () => void;
  definitionId: string;
  people: Ref[];
  reviewers: Ref[];
  myId: string;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('licences.plan.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {props.opened && <PlanReviewForm {...props} />}
    </Modal>
  );
}

function PlanReviewForm({
  onClose,
  definitionId,
  people,
  reviewers,
  myId,
}: Parameters<typeof PlanReviewModal>[0]) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const candidates = people.filter((p) => p.id !== myId);
  const form = useForm({
    resolver: useZodResolver(formInput),
    defaultValues: { personId: candidates[0]?.id ?? '', reviewerId: myId, startsAt: '', focus: '' },
  });
  const { errors } = form.formState;
  const save = useMutation({
    mutationFn: (v: z.output<typeof formInput>) =>
      post<ReviewAnswer>(`/licence-definitions/${definitionId}/reviews`, {
        ...v,
        startsAt: fromLocalInput(v.startsAt),
      }),
    onSuccess: async (saved) => {
      notifySuccess(t('licences.plan.created'));
      await refreshLicences(queryClient);
      onClose();
      await navigate({ to: `/licences/reviews/${saved.review.id}` });
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), save.mutate(v)))}
      error={formError}
      submitLabel={t('licences.definition.plan')}
      pending={save.isPending}
      onCancel={onClose}
    >
      <NativeSelect
        label={t('licences.plan.person')}
        required
        data={candidates.map((p) => ({ value: p.id, label: p.name }))}
        {...form.register('personId')}
        error={errors.personId?.message}
      />
      <NativeSelect
        label={t('licences.plan.reviewer')}
        required
        data={reviewers.map((p) => ({ value: p.id, label: p.name }))}
        {...form.register('reviewerId')}
        error={errors.reviewerId?.message}
      />
      <TextInput
        type="datetime-local"
        label={t('licences.plan.startsAt')}
        required
        {...form.register('startsAt')}
        error={errors.startsAt?.message}
      />
      <Textarea
        label={PRACTICE_REVIEW_FIELDS.focus.label[locale]}
        description={PRACTICE_REVIEW_FIELDS.focus.help[locale]}
        required
        autosize
        minRows={3}
        maxLength={LICENCE_LIMITS.focus}
        {...form.register('focus')}
        error={errors.focus?.message}
      />
    </FormShell>
  );
}
