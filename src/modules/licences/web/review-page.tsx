import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { notifySuccess } from '../../../web/components/notify';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { NOT_YET_NOTE, NOT_YET_PHRASES, PRACTICE_REVIEW_FIELDS } from '../content';
import { LICENCE_LEVELS } from '../constants';
import { decideReviewInput, LICENCE_LIMITS } from '../validation';
import type { PracticeReview } from '../answers';
import { refreshLicences, useReview } from './api';
import { useLicenceTexts } from './status';

/** /licences/reviews/$reviewId: the review's focus and record; the reviewer writes what was seen and decides. */
export function ReviewPage() {
  const { t, formatDate, locale } = useI18n();
  const texts = useLicenceTexts();
  const { reviewId } = useParams({ strict: false }) as { reviewId: string };
  const query = useReview(reviewId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data.review;
  const F = PRACTICE_REVIEW_FIELDS;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={t('licences.review.title', { task: r.definition.task })}
        crumbs={[
          { label: t('licences.page.title'), to: '/licences' },
          { label: r.definition.task, to: `/licences/${r.definition.id}` },
        ]}
        crumbsLabel={t('licences.review.crumbs')}
      >
        <Text>{t('licences.review.who', { person: r.person.name, reviewer: r.reviewer.name })}</Text>
        <Text c="gray.8">{t('licences.review.when', { date: formatDate(r.startsAt, 'dateTime') })}</Text>
      </PageHeader>
      <Card withBorder padding="md">
        <Title order={3} size="h5">
          {F.focus.label[locale]}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.focus}</Text>
      </Card>
      {r.decision ? (
        <Section title={t('licences.review.record')}>
          <Stack gap="sm">
            <Field label={F.observed.label[locale]} text={r.observed} />
            <Field
              label={F.decision.label[locale]}
              text={
                r.level
                  ? `${texts.decision(r.decision)}: ${texts.levelName(r.level)}`
                  : texts.decision(r.decision)
              }
            />
            <Field label={F.reason.label[locale]} text={r.reason} />
            {r.nextSteps && <Field label={F.nextSteps.label[locale]} text={r.nextSteps} />}
            {r.licence && (
              <Text fw={600}>
                {t('licences.review.licence', {
                  level: r.licence.level,
                  issued: formatDate(r.licence.issuedOn),
                })}
                {r.licence.expiresOn &&
                  ` · ${t('licences.review.licenceExpires', { date: formatDate(r.licence.expiresOn) })}`}
              </Text>
            )}
          </Stack>
        </Section>
      ) : r.can.decide ? (
        <Section title={t('licences.review.record')}>
          <DecideForm review={r} />
        </Section>
      ) : (
        <Text c="gray.7">
          {t('licences.review.notDecided')} {t('licences.review.onlyReviewer')}
        </Text>
      )}
    </Stack>
  );
}

function Field({ label, text }: { label: string; text: string | null }) {
  return (
    <div>
      <Text fw={600}>{label}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
    </div>
  );
}

const FIELDS = ['observed', 'decision', 'level', 'reason', 'nextSteps', 'issuedOn', 'expiresOn'] as const;
const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

function DecideForm({ review }: { review: PracticeReview }) {
  const { t, locale } = useI18n();
  const texts = useLicenceTexts();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: useZodResolver(decideReviewInput),
    defaultValues: { observed: '', decision: 'granted', level: 'B', reason: '', nextSteps: '' } as z.input<
      typeof decideReviewInput
    >,
  });
  const { errors } = form.formState;
  const decision = form.watch('decision');
  const save = useMutation({
    mutationFn: (v: z.output<typeof decideReviewInput>) => post(`/practice-reviews/${review.id}/decision`, v),
    onSuccess: async () => {
      notifySuccess(t('licences.review.saved'));
      await refreshLicences(queryClient);
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, FIELDS)),
  });
  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message as string | undefined;
  const F = PRACTICE_REVIEW_FIELDS;
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => {
        setFormError(null);
        const input = v as z.output<typeof decideReviewInput>;
        save.mutate(
          input.decision === 'granted'
            ? input
            : { ...input, level: undefined, issuedOn: undefined, expiresOn: undefined },
        );
      })}
      error={formError}
      submitLabel={t('licences.review.decide')}
      pending={save.isPending}
    >
      <Textarea
        label={F.observed.label[locale]}
        description={F.observed.help[locale]}
        required
        autosize
        minRows={3}
        maxLength={LICENCE_LIMITS.observed}
        {...form.register('observed')}
        error={err('observed')}
      />
      <Controller
        control={form.control}
        name="decision"
        render={({ field }) => (
          <Radio.Group
            label={F.decision.label[locale]}
            description={F.decision.help[locale]}
            value={String(field.value)}
            onChange={field.onChange}
            error={err('decision')}
          >
            <Group mt={4}>
              <Radio value="granted" label={texts.decision('granted')} />
              <Radio value="not_yet" label={texts.decision('not_yet')} />
            </Group>
          </Radio.Group>
        )}
      />
      {decision === 'granted' ? (
        <>
          <NativeSelect
            label={t('licences.review.level')}
            required
            data={LICENCE_LEVELS.map((l) => ({
              value: l,
              label: `${texts.levelName(l)}: ${review.definition.meanings[l]}`,
            }))}
            {...form.register('level')}
            error={err('level')}
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('licences.review.issuedOn')}
              {...form.register('issuedOn', { setValueAs: blankToUndefined })}
              error={err('issuedOn')}
            />
            <TextInput
              type="date"
              label={t('licences.review.expiresOn')}
              {...form.register('expiresOn', { setValueAs: blankToUndefined })}
              error={err('expiresOn')}
            />
          </Group>
        </>
      ) : (
        <Alert color="blue" c="blue.9" variant="light">
          {NOT_YET_NOTE[locale]}
        </Alert>
      )}
      <Textarea
        label={F.reason.label[locale]}
        description={F.reason.help[locale]}
        required
        autosize
        minRows={2}
        maxLength={LICENCE_LIMITS.reason}
        {...form.register('reason')}
        error={err('reason')}
      />
      <Textarea
        label={F.nextSteps.label[locale]}
        description={F.nextSteps.help[locale]}
        required={decision === 'not_yet'}
        autosize
        minRows={2}
        maxLength={LICENCE_LIMITS.nextSteps}
        {...form.register('nextSteps')}
        error={err('nextSteps')}
      />
      {decision === 'not_yet' && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('licences.review.phrases')}
          </Text>
          {NOT_YET_PHRASES.map((p, i) => (
            <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
              <Button
                size="compact-xs"
                variant="default"
                onClick={() =>
                  form.setValue(
                    'nextSteps',
                    `${String(form.getValues('nextSteps') ?? '')}${form.getValues('nextSteps') ? '\n' : ''}${p[locale]}`,
                  )
                }
                aria-label={`${t('licences.review.usePhrase')}: ${p[locale]}`}
              >
                {t('licences.review.usePhrase')}
              </Button>
              <Text size="sm">{p[locale]}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </FormShell>
  );
}
