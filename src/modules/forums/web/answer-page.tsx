import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { FORUM_LIMITS } from '../validation';
import type { AnswerForm } from '../answers';
import { forumKeys, useAnswerForm, useSurveySettings } from './api';

/** /e/$code: the one-minute evaluation (or a team's safety check) on a phone. */
export function AnswerPage({ code }: { code: string }) {
  const form = useAnswerForm(code);
  if (form.isPending) return <Loading />;
  if (form.isError) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  return <AnswerView evaluation={form.data.evaluation} />;
}

function AnswerView({ evaluation }: { evaluation: AnswerForm }) {
  const { t, locale, formatDate } = useI18n();
  // The round's own items and scale: HR edits the instrument, a round keeps what it opened with.
  const SCORES = Array.from({ length: evaluation.scale.max - evaluation.scale.min + 1 }, (_, i) =>
    String(evaluation.scale.min + i),
  );
  const queryClient = useQueryClient();
  const settings = useSurveySettings();
  const [scores, setScores] = useState<(string | null)[]>(() => evaluation.items.map(() => null));
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const send = useMutation({
    mutationFn: () =>
      post(`/evaluations/${evaluation.code}/answers`, { scores: scores.map(Number), comment }),
    onSuccess: async () => {
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: forumKeys.answer(evaluation.code) });
    },
  });
  const title =
    evaluation.instrument === 'meeting'
      ? t('forums.answer.title', { title: evaluation.title })
      : t('forums.answer.safetyTitle', { title: evaluation.title });
  const threshold = settings.data?.settings.threshold;

  if (done || evaluation.status !== 'open') {
    const text = done
      ? t('forums.answer.thanksText')
      : evaluation.status === 'answered'
        ? t('forums.answer.answered')
        : t('forums.answer.closed');
    return (
      <Stack gap="lg" maw={640}>
        <PageHeader title={title} />
        <Alert
          color={done || evaluation.status === 'answered' ? 'teal' : 'gray'}
          title={done ? t('forums.answer.thanks') : undefined}
          role="status"
        >
          {text}
        </Alert>
      </Stack>
    );
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (scores.some((s) => s === null)) return setMissing(true);
    setMissing(false);
    send.mutate();
  };

  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={title}>
        {evaluation.heldOn && (
          <Text c="gray.7">{t('forums.answer.heldOn', { date: formatDate(evaluation.heldOn) })}</Text>
        )}
      </PageHeader>
      <Text size="sm">
        {threshold ? t('forums.answer.intro', { threshold }) : t('forums.answer.introPlain')}
      </Text>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {missing && (
            <Alert color="red" role="alert">
              {t('forums.answer.missing')}
            </Alert>
          )}
          {send.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          )}
          <Text size="xs" c="gray.7">
            {t('forums.answer.scaleLow')} · {t('forums.answer.scaleHigh')}
          </Text>
          {evaluation.items.map((item, i) => (
            <Radio.Group
              key={item}
              name={`item-${i}`}
              label={`${i + 1}. ${evaluation.questions[i]!.text[locale === 'en' ? 'en' : 'da']}`}
              value={scores[i] ?? null}
              onChange={(v) => setScores((prev) => prev.map((s, j) => (j === i ? v : s)))}
              required
              error={missing && scores[i] === null ? t('forums.answer.missing') : undefined}
            >
              <Group gap="lg" mt={6}>
                {SCORES.map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={s}
                    styles={{ radio: { width: 28, height: 28 }, label: { fontSize: 18 } }}
                  />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Textarea
            label={t('forums.answer.comment')}
            description={t('forums.answer.commentHelp')}
            autosize
            minRows={2}
            maxLength={FORUM_LIMITS.comment}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Button type="submit" size="md" loading={send.isPending}>
            {t('forums.answer.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
