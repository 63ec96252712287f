import { Alert, Button, Radio, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { put } from '../../../web/lib/api';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { notifySuccess } from '../../../web/components/notify';
import { TRIAL_CONCLUSIONS, TRIAL_OUTCOMES } from '../constants';
import type { TrialAnswer } from '../answers';
import { refreshQuality, useTrial } from './api';
import { InquiryEditor } from './inquiry-editor';

/** /quality/trials/$trialId: the PDSA cycle, and the result and decision it ends in. */
export function TrialPage() {
  const { trialId } = useParams({ strict: false }) as { trialId: string };
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const trial = useTrial(trialId);
  if (trial.isPending) return <Loading />;
  if (trial.isError) return <LoadError error={trial.error} onRetry={() => void trial.refetch()} />;
  const d = trial.data;
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={d.trial.title}
        crumbs={[
          { label: t('quality.list.title'), to: '/quality' },
          { label: d.trial.team.name, to: `/quality/teams/${d.trial.team.id}` },
        ]}
        crumbsLabel={t('quality.nav')}
      >
        <Text c="gray.7">
          {d.trial.point.title} · {d.trial.action.title}
        </Text>
        <Text size="sm">
          {t('quality.trial.phase', {
            phase: t(`quality.forms.trial_action.${d.inquiry.currentPhase}.title` as MessageKey),
          })}
        </Text>
      </PageHeader>
      <InquiryEditor
        key={d.inquiry.id}
        inquiry={d.inquiry}
        path={`/quality/trials/${d.trial.id}`}
        canEdit={d.can.edit}
        onSaved={() => void refreshQuality(queryClient)}
      />
      <Conclusion answer={d} />
    </Stack>
  );
}

function Conclusion({ answer }: { answer: TrialAnswer }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<string>(answer.trial.outcome ?? '');
  const [conclusion, setConclusion] = useState<string>(answer.trial.conclusion ?? '');
  const [error, setError] = useState<string | null>(null);
  async function save() {
    setError(null);
    try {
      await put(`/quality/trials/${answer.trial.id}/conclusion`, {
        outcome,
        conclusion,
        seen:
          answer.trial.outcome && answer.trial.conclusion
            ? { outcome: answer.trial.outcome, conclusion: answer.trial.conclusion }
            : null,
      });
      await refreshQuality(queryClient);
      notifySuccess(t('quality.inquiry.saved'));
    } catch (err) {
      setError(errorMessage(t, err));
    }
  }
  return (
    <Section title={t('quality.trial.conclude')} id="trial-conclusion">
      <Stack gap="sm">
        {answer.trial.outcome && answer.trial.conclusion && (
          <Text fw={600}>
            {t('quality.trial.concluded', {
              outcome: t(`quality.outcome.${answer.trial.outcome}`),
              conclusion: t(`quality.conclusion.${answer.trial.conclusion}`),
            })}
          </Text>
        )}
        <Radio.Group label={t('quality.trial.outcome')} value={outcome} onChange={setOutcome}>
          <Stack gap={6} mt={6}>
            {TRIAL_OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={t(`quality.outcome.${o}`)} disabled={!answer.can.edit} />
            ))}
          </Stack>
        </Radio.Group>
        {outcome === 'no_improvement' && <Text size="sm">{t('quality.trial.noImprovementNote')}</Text>}
        <Radio.Group label={t('quality.trial.conclusionLabel')} value={conclusion} onChange={setConclusion}>
          <Stack gap={6} mt={6}>
            {TRIAL_CONCLUSIONS.map((c) => (
              <Radio key={c} value={c} label={t(`quality.conclusion.${c}`)} disabled={!answer.can.edit} />
            ))}
          </Stack>
        </Radio.Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {answer.can.edit && (
          <Button
            onClick={() => void save()}
            disabled={!outcome || !conclusion}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('quality.trial.saveConclusion')}
          </Button>
        )}
      </Stack>
    </Section>
  );
}
