import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { ImportView } from '../answers';
import { useImports } from './api';
import { StatusBadge } from './status-badge';

const FIRST = 5;

/** The organisation's latest imports, each a link to its preview or result. */
export function RecentImports({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useI18n();
  const query = useImports();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? query.data : query.data?.slice(0, FIRST);
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="import-recent-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="import-recent-heading">
          {t('import.recent.heading')}
        </Title>
        {query.isPending ? (
          <Group gap="sm" role="status">
            <Loader size="sm" />
            <Text>{t('common.states.loading')}</Text>
          </Group>
        ) : query.isError ? (
          <Alert color="red" role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{errorMessage(t, query.error)}</Text>
              <Button size="xs" variant="default" onClick={() => void query.refetch()}>
                {t('common.actions.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : query.data.length === 0 ? (
          <Text size="sm">{t('import.recent.empty')}</Text>
        ) : (
          <>
            <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
              {shown?.map((imp) => (
                <Row key={imp.id} imp={imp} selected={imp.id === selectedId} />
              ))}
            </Stack>
            {!showAll && query.data.length > FIRST && (
              <div>
                <Button variant="default" size="xs" onClick={() => setShowAll(true)}>
                  {t('import.recent.showAll', { count: query.data.length })}
                </Button>
              </div>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Row({ imp, selected }: { imp: ImportView; selected: boolean }) {
  const { t, formatDate, formatNumber } = useI18n();
  const file = imp.filename ?? t('import.recent.noFile');
  const counts = {
    created: formatNumber(imp.created),
    updated: formatNumber(imp.updated),
    unchanged: formatNumber(imp.unchanged),
  };
  const result =
    imp.status === 'previewed'
      ? imp.errorCount > 0
        ? t('import.recent.result_errors', { count: formatNumber(imp.errorCount) })
        : t('import.recent.result_pending', counts)
      : imp.status === 'done'
        ? t('import.recent.result_counts', counts)
        : null;
  return (
    <Group
      component="li"
      justify="space-between"
      align="center"
      gap="xs"
      py="xs"
      wrap="wrap"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Stack gap={0} style={{ flex: '1 1 14rem', minWidth: 0 }}>
        <Anchor
          component={Link}
          to="/import"
          search={{ id: imp.id } as never}
          activeOptions={{ includeSearch: true }}
          fw={selected ? 700 : 500}
          style={{ overflowWrap: 'anywhere' }}
        >
          {file}
        </Anchor>
        <Text size="sm">
          {t(`import.kinds.${imp.kind}`)} · {formatDate(imp.createdAt, 'dateTime')}
          {imp.createdBy ? ` · ${imp.createdBy.name}` : ''}
        </Text>
        {result && <Text size="sm">{result}</Text>}
      </Stack>
      <StatusBadge imp={imp} />
    </Group>
  );
}
