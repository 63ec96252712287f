import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { ApiError } from '../../../web/lib/api';
import type { ImportDetail } from '../answers';
import { importKeys, useApplyImport, useImport } from './api';
import { Counts, ErrorTable, SampleTables, previewCounts } from './preview-parts';
import { StatusBadge } from './status-badge';

/** One import: its preview and the button to apply it, its progress, or its result. */
export function ImportDetails({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useI18n();
  const query = useImport(id);
  const status = query.data?.status;
  const queryClient = useQueryClient();

  // Once applied, every page's units and people may have changed.
  useEffect(() => {
    if (status === 'done' || status === 'failed') {
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== 'me' && !(q.queryKey[0] === 'imports' && q.queryKey[1] === id),
      });
    }
  }, [status, id, queryClient]);

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="import-details-heading"
    >
      {query.isPending ? (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('common.states.loading')}</Text>
        </Group>
      ) : query.isError ? (
        <Stack>
          <Title order={3} size="h4" id="import-details-heading">
            {t('import.preview.heading')}
          </Title>
          <Alert color="red" role="alert">
            {query.error instanceof ApiError && query.error.status === 404
              ? t('common.states.notFoundText')
              : errorMessage(t, query.error)}
          </Alert>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('import.preview.another')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Details imp={query.data} onClose={onClose} />
      )}
    </Paper>
  );
}

function Details({ imp, onClose }: { imp: ImportDetail; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const kind = t(`import.kinds.${imp.kind}`);
  const when = formatDate(imp.createdAt, 'dateTime');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The upload replaced the form with this panel; take keyboard and screen-reader focus along.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Title
            order={3}
            size="h4"
            id="import-details-heading"
            ref={headingRef}
            tabIndex={-1}
            style={{ overflowWrap: 'anywhere', outline: 'none' }}
          >
            {imp.filename ?? t('import.preview.heading')}
          </Title>
          <Text size="sm">
            {imp.createdBy
              ? t('import.preview.by', { kind, when, name: imp.createdBy.name })
              : t('import.preview.byUnknown', { kind, when })}
          </Text>
        </Stack>
        <StatusBadge imp={imp} />
      </Group>
      {imp.status === 'previewed' && <Preview imp={imp} onClose={onClose} />}
      {imp.status === 'running' && <Running imp={imp} />}
      {imp.status === 'done' && <Done imp={imp} onClose={onClose} />}
      {imp.status === 'failed' && <Failed imp={imp} onClose={onClose} />}
    </Stack>
  );
}

function Preview({ imp, onClose }: { imp: ImportDetail; onClose: () => void }) {
  const { t, formatNumber } = useI18n();
  const apply = useApplyImport();
  const queryClient = useQueryClient();
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = imp.errorCount > 0;
  const nothingToDo = !blocked && imp.created === 0 && imp.updated === 0;

  const onApply = async () => {
    setApplying(true);
    setError(null);
    try {
      await apply(imp.id);
    } catch (err) {
      setError(errorMessage(t, err));
      void queryClient.invalidateQueries({ queryKey: importKeys.one(imp.id) });
      setApplying(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t('import.preview.nothingChanged')}</Text>
      <Counts items={previewCounts(t, imp)} />
      {imp.kind === 'people' && (
        <Alert color="blue" variant="light">
          <Stack gap={4}>
            <Text size="sm">{t('import.preview.membershipsNote')}</Text>
            {imp.membershipsKept > 0 && (
              <Text size="sm">
                {t('import.preview.membershipsKept', { count: formatNumber(imp.membershipsKept) })}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {blocked && <ErrorTable errors={imp.errors} total={imp.errorCount} />}
      <SampleTables imp={imp} />
      {nothingToDo && <Text size="sm">{t('import.preview.nothingToDo')}</Text>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Stack gap={4}>
        <Group gap="sm">
          <Button
            onClick={() => void onApply()}
            disabled={blocked}
            loading={applying}
            aria-describedby={blocked ? 'import-apply-blocked' : undefined}
          >
            {t('import.preview.apply')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('import.preview.another')}
          </Button>
        </Group>
        {blocked && (
          <Text size="sm" id="import-apply-blocked">
            {t('import.preview.applyBlocked')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

function Running({ imp }: { imp: ImportDetail }) {
  const { t, formatNumber } = useI18n();
  const percent = imp.total ? Math.round((imp.processed / imp.total) * 100) : 0;
  const text = t('import.running.progress', {
    processed: formatNumber(imp.processed),
    total: formatNumber(imp.total),
  });
  return (
    <Stack gap="xs" role="status">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{t('import.running.heading')}</Text>
        <Text size="sm">{text}</Text>
      </Group>
      <Progress value={percent} size="xl" striped animated aria-label={t('import.running.progressLabel')} />
      <Text size="sm">{t('import.running.note')}</Text>
    </Stack>
  );
}

function Done({ imp, onClose }: { imp: ImportDetail; onClose: () => void }) {
  const { t, formatNumber } = useI18n();
  return (
    <Stack gap="md">
      <Alert color="teal" title={t('import.done.title')} role="status">
        <Text size="sm">
          {t('import.done.text', {
            created: formatNumber(imp.created),
            updated: formatNumber(imp.updated),
            unchanged: formatNumber(imp.unchanged),
          })}
        </Text>
        {imp.kind === 'people' && imp.membershipsAdded > 0 && (
          <Text size="sm">{t('import.done.memberships', { count: formatNumber(imp.membershipsAdded) })}</Text>
        )}
      </Alert>
      <Counts
        items={[
          { label: t('import.preview.counts.create'), value: imp.created },
          { label: t('import.preview.counts.update'), value: imp.updated },
          { label: t('import.preview.counts.unchanged'), value: imp.unchanged },
          ...(imp.kind === 'people'
            ? [{ label: t('import.preview.counts.membershipsAdded'), value: imp.membershipsAdded }]
            : []),
        ]}
      />
      <Group>
        <Button variant="default" onClick={onClose}>
          {t('import.preview.another')}
        </Button>
      </Group>
    </Stack>
  );
}

function Failed({ imp, onClose }: { imp: ImportDetail; onClose: () => void }) {
  const { t } = useI18n();
  const invalid = imp.failure === 'import_invalid';
  return (
    <Stack gap="md">
      <Alert color="red" title={t('import.failed.title')} role="alert">
        {invalid
          ? t('import.failed.invalid')
          : imp.failure === 'expired'
            ? t('import.failed.expired')
            : t('import.failed.applyFailed')}
      </Alert>
      {invalid && imp.errors.length > 0 && <ErrorTable errors={imp.errors} total={imp.errorCount} />}
      <Group>
        <Button variant="default" onClick={onClose}>
          {t('import.preview.another')}
        </Button>
      </Group>
    </Stack>
  );
}
