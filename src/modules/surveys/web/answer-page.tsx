import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { SURVEY_LIMITS } from '../constants';
import type { AnswerFormAnswer } from '../answers';
import { surveyKeys, useSurveyForm } from './api';

/** /s/$token: a survey on a phone — one question under the other, big targets, one button. */
export function SurveyAnswerPage({ token }: { token: string }) {
  const form = useSurveyForm(token);
  if (form.isPending) return <Loading />;
  if (form.isError) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  return <AnswerView token={token} form={form.data.form} />;
}

function AnswerView({ token, form }: { token: string; form: AnswerFormAnswer['form'] }) {
  const { t, locale, formatDate } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const queryClient = useQueryClient();
  const { instrument } = form;
  const [scores, setScores] = useState<(string | null)[]>(() => instrument.items.map(() => null));
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      post(`/surveys/answer/${token}`, {
        scores: scores.map((s) => (s === null ? null : Number(s))),
        ...(comment.trim() ? { comment } : {}),
      }),
    onSuccess: async () => {
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
    },
  });
  const values = Array.from(
    { length: instrument.scale.max - instrument.scale.min + 1 },
    (_, i) => instrument.scale.min + i,
  );
  const label = (v: number) => instrument.scale.labels.find((l) => l.value === v)?.text[lang];

  if (done || form.status !== 'open') {
    const text = done
      ? t('surveys.answer.thanksText')
      : form.status === 'answered'
        ? t('surveys.answer.answered')
        : t('surveys.answer.closed');
    return (
      <Stack gap="lg" maw={640}>
        <PageHeader title={form.title} />
        <Alert
          color={form.status === 'closed' && !done ? 'gray' : 'teal'}
          title={done ? t('surveys.answer.thanks') : undefined}
          role="status"
        >
          {text}
        </Alert>
      </Stack>
    );
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (scores.some((s, i) => s === null && !instrument.items[i]!.optional)) return setMissing(true);
    setMissing(false);
    send.mutate();
  };

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={form.title}>
        <Text c="gray.7">{t('surveys.answer.closes', { date: formatDate(form.closesAt) })}</Text>
      </PageHeader>
      <Text size="sm">{t('surveys.answer.intro')}</Text>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {missing && (
            <Alert color="red" role="alert">
              {t('surveys.answer.missingAll')}
            </Alert>
          )}
          {send.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          )}
          <Text size="xs" c="gray.7">
            {values
              .map((v) => label(v) && `${v} = ${label(v)}`)
              .filter(Boolean)
              .join(' · ')}
          </Text>
          {instrument.items.map((item, i) => (
            <Radio.Group
              key={item.key}
              name={`item-${i}`}
              label={`${i + 1}. ${item.text[lang]}${item.optional ? ` ${t('surveys.answer.optional')}` : ''}`}
              value={scores[i] ?? null}
              onChange={(v) => setScores((prev) => prev.map((s, j) => (j === i ? v : s)))}
              required={!item.optional}
              error={
                missing && scores[i] === null && !item.optional ? t('surveys.answer.missing') : undefined
              }
            >
              <Group gap="lg" mt={6}>
                {values.map((v) => (
                  <Radio
                    key={v}
                    value={String(v)}
                    label={String(v)}
                    aria-label={label(v) ? `${v} – ${label(v)}` : String(v)}
                    styles={{ radio: { width: 28, height: 28 }, label: { fontSize: 18 } }}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
          {instrument.comment && (
            <Textarea
              label={t('surveys.answer.comment')}
              description={t('surveys.answer.commentHelp')}
              autosize
              minRows={2}
              maxLength={SURVEY_LIMITS.comment}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
          )}
          <Button type="submit" size="md" loading={send.isPending}>
            {t('surveys.answer.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
