import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { AnswerForm } from '../../../web/components/answer-form';
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
  const values = Array.from(
    { length: instrument.scale.max - instrument.scale.min + 1 },
    (_, i) => instrument.scale.min + i,
  );
  const label = (v: number) => instrument.scale.labels.find((l) => l.value === v)?.text[lang];
  return (
    <AnswerForm
      title={form.title}
      subtitle={<Text c="gray.7">{t('surveys.answer.closes', { date: formatDate(form.closesAt) })}</Text>}
      status={form.status}
      items={instrument.items.map((item) => ({
        key: item.key,
        label: item.text[lang],
        optional: Boolean(item.optional),
      }))}
      values={values}
      valueLabel={label}
      texts={{
        intro: t('surveys.answer.intro'),
        scale: values
          .map((v) => label(v) && `${v} = ${label(v)}`)
          .filter(Boolean)
          .join(' · '),
        optional: t('surveys.answer.optional'),
        missing: t('surveys.answer.missing'),
        missingAll: t('surveys.answer.missingAll'),
        submit: t('surveys.answer.submit'),
        thanks: t('surveys.answer.thanks'),
        thanksText: t('surveys.answer.thanksText'),
        // HR's rounds are answered online (their page is not among the offline writes yet).
        queued: t('surveys.answer.thanksText'),
        answered: t('surveys.answer.answered'),
        closed: t('surveys.answer.closed'),
        ...(instrument.comment
          ? {
              comment: {
                label: t('surveys.answer.comment'),
                help: t('surveys.answer.commentHelp'),
                maxLength: SURVEY_LIMITS.comment,
              },
            }
          : {}),
      }}
      send={async (body) => {
        await post(`/surveys/answer/${token}`, body.comment ? body : { scores: body.scores });
        await queryClient.invalidateQueries({ queryKey: surveyKeys.all });
        return 'sent';
      }}
    />
  );
}
