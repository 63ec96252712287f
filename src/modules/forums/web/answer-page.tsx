import { Alert, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage, useI18n, type Translate } from '../../../web/i18n';
import { ApiError, post } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { writeOrQueue } from '../../../web/offline/write';
import { LanguageSwitch } from '../../../web/layout/language-switch';
import { AnswerForm, type AnswerItem, type AnswerTexts } from '../../../web/components/answer-form';
import { LoadError, Loading } from '../../../web/components/states';
import { FORUM_LIMITS } from '../validation';
import type { AnswerForm as Evaluation } from '../answers';
import { forumKeys, useAnswerForm, useLinkForm, useSurveySettings } from './api';

/** The round's own scale: HR edits the instrument, a round keeps what it opened with. */
const scoresOf = (evaluation: Shown) =>
  Array.from({ length: evaluation.scale.max - evaluation.scale.min + 1 }, (_, i) => evaluation.scale.min + i);

type Shown = Omit<Evaluation, 'code'>;

function titleOf(t: Translate, evaluation: Shown) {
  return evaluation.instrument === 'meeting'
    ? t('forums.answer.title', { title: evaluation.title })
    : t('forums.answer.safetyTitle', { title: evaluation.title });
}

function itemsOf(locale: string, evaluation: Shown): AnswerItem[] {
  // The round's own questions, as HR's instrument stood when the round opened.
  return evaluation.items.map((item, i) => ({
    key: item,
    label: evaluation.questions[i]!.text[locale === 'en' ? 'en' : 'da'],
    optional: evaluation.optional.includes(item),
  }));
}

function textsOf(t: Translate, threshold: number | undefined): AnswerTexts {
  return {
    intro: threshold ? t('forums.answer.intro', { threshold }) : t('forums.answer.introPlain'),
    scale: `${t('forums.answer.scaleLow')} · ${t('forums.answer.scaleHigh')}`,
    optional: t('forums.answer.optional'),
    missing: t('forums.answer.missing'),
    missingAll: t('forums.answer.missing'),
    submit: t('forums.answer.submit'),
    thanks: t('forums.answer.thanks'),
    thanksText: t('forums.answer.thanksText'),
    queued: t('forums.answer.queued'),
    answered: t('forums.answer.answered'),
    closed: t('forums.answer.closed'),
    comment: {
      label: t('forums.answer.comment'),
      help: t('forums.answer.commentHelp'),
      maxLength: FORUM_LIMITS.comment,
    },
  };
}

/**
 * /e/$code: the one-minute evaluation (or a team's safety check) on a phone, signed in. Written
 * without a connection, the answer waits on the device and is sent once when it returns (ADR 0014).
 */
export function AnswerPage({ code }: { code: string }) {
  const { t, locale, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const form = useAnswerForm(code);
  const settings = useSurveySettings();
  if (form.isPending) return <Loading />;
  if (form.isError) return <LoadError error={form.error} onRetry={() => void form.refetch()} />;
  const evaluation = form.data.evaluation;
  return (
    <AnswerForm
      title={titleOf(t, evaluation)}
      subtitle={
        evaluation.heldOn && (
          <Text c="gray.7">{t('forums.answer.heldOn', { date: formatDate(evaluation.heldOn) })}</Text>
        )
      }
      status={evaluation.status}
      items={itemsOf(locale, evaluation)}
      values={scoresOf(evaluation)}
      texts={textsOf(t, settings.data?.settings.threshold)}
      send={async (body) => {
        const result = await writeOrQueue({
          personId: me!.person.id,
          kind: 'evaluationAnswer',
          method: 'POST',
          path: `/evaluations/${evaluation.code}/answers`,
          body,
          text: body.comment ?? titleOf(t, evaluation),
        });
        // Not awaited: offline, the refetch would wait for the connection, and the person with it.
        void queryClient.invalidateQueries({ queryKey: forumKeys.answer(evaluation.code) });
        return 'sent' in result ? 'sent' : 'queued';
      }}
    />
  );
}

/**
 * /l/$token: a personal answer link, opened without signing in. The page has no menu and no
 * session: the link answers this one evaluation once, and nothing else (ADR 0020).
 */
export function LinkAnswerPage({ token }: { token: string }) {
  const { t, locale, formatDate } = useI18n();
  const form = useLinkForm(token);
  return (
    <Box mih="100dvh" px="md" py="md">
      <Group justify="space-between" component="header" mb="md">
        <Title order={1} size="h3" c="teal.9">
          {t('common.appName')}
        </Title>
        <LanguageSwitch signedIn={false} />
      </Group>
      <Box component="main" id="main" maw={640} mx="auto">
        {form.isPending ? (
          <Loading />
        ) : form.error instanceof ApiError && form.error.reason === 'answer_link_unknown' ? (
          <Alert color="gray" title={t('forums.answer.linkUnknownTitle')} role="alert">
            {errorMessage(t, form.error)}
          </Alert>
        ) : form.isError ? (
          <LoadError error={form.error} onRetry={() => void form.refetch()} />
        ) : (
          <Stack>
            <AnswerForm
              title={titleOf(t, form.data.evaluation)}
              subtitle={
                form.data.evaluation.heldOn && (
                  <Text c="gray.7">
                    {t('forums.answer.heldOn', { date: formatDate(form.data.evaluation.heldOn) })}
                  </Text>
                )
              }
              status={form.data.evaluation.status}
              items={itemsOf(locale, form.data.evaluation)}
              values={scoresOf(form.data.evaluation)}
              texts={{
                ...textsOf(t, undefined),
                intro: t('forums.answer.linkIntro'),
                answered: t('forums.answer.linkUsed'),
              }}
              send={async (body) => {
                await post(`/evaluations/link/${token}`, body);
                return 'sent';
              }}
            />
          </Stack>
        )}
      </Box>
    </Box>
  );
}
