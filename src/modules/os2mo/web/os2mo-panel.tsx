import { Alert, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LoadError, Loading } from '../../../web/components/states';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import type { Os2moSettings, Os2moTest } from '../answers';
import type { Os2moRunMode } from '../constants';
import { os2moRunsKey, useOs2moRuns, useOs2moSettings } from './api';
import { ConnectionForm } from './connection-form';
import { RunView } from './run-view';

/** The organisation's OS2mo sync, as a section of the organisation settings page (org module). */
export function Os2moPanel({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const settings = useOs2moSettings(enabled);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'lg' }} component="section" aria-labelledby="os2mo-heading">
      <Stack>
        <Group justify="space-between" align="center" gap="xs">
          <Title order={3} id="os2mo-heading" size="h4">
            {t('os2mo.heading')}
          </Title>
          {settings.data && <Status settings={settings.data} />}
        </Group>
        <Text size="sm">{t('os2mo.intro')}</Text>
        <Text size="sm">{t('os2mo.rules')}</Text>
        {settings.isPending ? (
          <Loading />
        ) : settings.isError ? (
          <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <>
            <ConnectionForm key={settings.data.connection ? 'configured' : 'new'} settings={settings.data} />
            {settings.data.connection && (
              <>
                <Divider />
                <Actions />
              </>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Status({ settings }: { settings: Os2moSettings }) {
  const { t } = useI18n();
  const state = !settings.connection ? 'none' : settings.connection.nightly ? 'nightly' : 'set';
  return (
    <Badge
      color={state === 'nightly' ? 'teal.9' : 'gray.7'}
      variant={state === 'nightly' ? 'filled' : 'outline'}
      size="lg"
    >
      <span>{t('os2mo.statusLabel')}: </span>
      {t(`os2mo.status.${state}`)}
    </Badge>
  );
}

function Actions() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const runs = useOs2moRuns(true);
  const latest = runs.data?.runs[0];
  const busy = latest?.status === 'fetching' || latest?.status === 'applying';
  const test = useMutation({ mutationFn: () => post<Os2moTest>('/organisation/os2mo/test') });
  const start = useMutation({
    mutationFn: (mode: Os2moRunMode) => post('/organisation/os2mo/runs', { mode }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: os2moRunsKey }),
  });
  return (
    <Stack>
      <Group gap="sm">
        <Button variant="default" onClick={() => test.mutate()} loading={test.isPending}>
          {t('os2mo.test')}
        </Button>
        <Button
          variant="default"
          onClick={() => start.mutate('preview')}
          disabled={busy}
          loading={start.isPending}
        >
          {t('os2mo.preview')}
        </Button>
        <Button variant="default" onClick={() => start.mutate('sync')} disabled={busy}>
          {t('os2mo.syncNow')}
        </Button>
      </Group>
      <div aria-live="polite">
        {test.data?.ok === true && (
          <Alert color="teal" role="status">
            {t('os2mo.testOk', { units: test.data.units, employees: test.data.employees })}
          </Alert>
        )}
        {test.data?.ok === false && (
          <Alert color="red" role="alert">
            {t(`os2mo.failures.${test.data.failure}`)}{' '}
            {t('os2mo.failureDetail', { message: test.data.message })}
          </Alert>
        )}
      </div>
      {(test.isError || start.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(t, test.error ?? start.error)}
        </Alert>
      )}
      {runs.isError ? (
        <LoadError error={runs.error} onRetry={() => void runs.refetch()} />
      ) : (
        latest && <RunView run={latest} />
      )}
    </Stack>
  );
}
