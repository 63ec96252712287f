import { Alert, Button, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post, put } from '../../../web/lib/api';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { notifySuccess } from '../../../web/components/notify';
import { RETENTION_KINDS, RETENTION_MAX_DAYS, RETENTION_MIN_DAYS, type RetentionKind } from '../constants';
import type { RetentionAnswer, RetentionRunAnswer } from '../answers';
import { RETENTION_KEY, useRetention } from './api';

/** /privacy/retention: the organisation's retention periods, previewed before they are switched on. */
export function RetentionPage() {
  const { t } = useI18n();
  const retention = useRetention();
  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('privacy.retention.title')}>
        <Text c="gray.7">{t('privacy.retention.intro')}</Text>
      </PageHeader>
      {retention.isPending ? (
        <Loading />
      ) : retention.isError ? (
        <LoadError error={retention.error} onRetry={() => void retention.refetch()} />
      ) : (
        <RetentionForm key={retention.data.version} rules={retention.data} />
      )}
    </Stack>
  );
}

function RetentionForm({ rules }: { rules: RetentionAnswer }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [periods, setPeriods] = useState(rules.periods);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<RetentionRunAnswer | null>(null);
  const update = (data: RetentionAnswer) => queryClient.setQueryData(RETENTION_KEY, data);
  const onError = (err: unknown) => setError(errorMessage(t, err));
  const save = useMutation({
    mutationFn: () => put<RetentionAnswer>('/privacy/retention', { ...periods, version: rules.version }),
    onSuccess: (data) => (
      setError(null),
      setPreview(null),
      notifySuccess(t('privacy.retention.saved')),
      update(data)
    ),
    onError,
  });
  const previewRun = useMutation({
    mutationFn: () => post<RetentionRunAnswer>('/privacy/retention/preview'),
    onSuccess: (data) => (
      setError(null),
      setPreview(data),
      void queryClient.invalidateQueries({ queryKey: RETENTION_KEY })
    ),
    onError,
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) =>
      put<RetentionAnswer>('/privacy/retention/enabled', { enabled, version: rules.version }),
    onSuccess: (data) => (setError(null), update(data)),
    onError,
  });
  const changed = RETENTION_KINDS.some((k) => periods[k] !== rules.periods[k]);
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Alert color={rules.enabled ? 'green' : 'gray'} role="status">
        {rules.enabled ? t('privacy.retention.enabled') : t('privacy.retention.disabled')}
        {rules.lastRunAt &&
          ` ${t('privacy.retention.lastRun', { when: formatDate(rules.lastRunAt, 'dateTime') })}`}
      </Alert>
      {RETENTION_KINDS.map((kind: RetentionKind) => (
        <NumberInput
          key={kind}
          label={t(`privacy.retention.${kind}`)}
          description={t('privacy.retention.defaultValue', { days: rules.defaults[kind] })}
          min={RETENTION_MIN_DAYS[kind]}
          max={RETENTION_MAX_DAYS}
          allowDecimal={false}
          value={periods[kind]}
          onChange={(v) => setPeriods({ ...periods, [kind]: typeof v === 'number' ? v : Number(v) || 0 })}
          maw={360}
        />
      ))}
      <Group gap="sm">
        <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!changed}>
          {t('privacy.retention.save')}
        </Button>
        <Button
          variant="default"
          onClick={() => previewRun.mutate()}
          loading={previewRun.isPending}
          disabled={changed}
        >
          {t('privacy.retention.preview')}
        </Button>
        <Button
          variant={rules.enabled ? 'default' : 'filled'}
          color={rules.enabled ? undefined : 'red'}
          onClick={() => toggle.mutate(!rules.enabled)}
          loading={toggle.isPending}
          disabled={changed}
        >
          {rules.enabled ? t('privacy.retention.switchOff') : t('privacy.retention.switchOn')}
        </Button>
      </Group>
      {preview && (
        <Stack gap="xs" role="status">
          <Title order={2} size="h3">
            {t('privacy.retention.previewTitle')}
          </Title>
          <List>
            <List.Item>
              {t('privacy.retention.departedPeople', { count: preview.removed.departedPeople })}
            </List.Item>
            <List.Item>{t('privacy.retention.auditRows', { count: preview.removed.auditRows })}</List.Item>
            <List.Item>{t('privacy.retention.mails', { count: preview.removed.mails })}</List.Item>
            <List.Item>
              {t('privacy.retention.surveyResponses', { count: preview.removed.surveyResponses })}
            </List.Item>
          </List>
        </Stack>
      )}
    </Stack>
  );
}
