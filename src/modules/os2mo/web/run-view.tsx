import { Alert, Button, Code, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Counts, SampleTables } from '../../import/web/index';
import { errorMessage, useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { post } from '../../../web/lib/api';
import type { Os2moRunView } from '../answers';
import { os2moRunsKey } from './api';

/** A run as it stands: what it read, what it would do or did (the import's counts and samples), and why it failed. */
export function RunView({ run }: { run: Os2moRunView }) {
  const { t, formatNumber } = useI18n();
  const queryClient = useQueryClient();
  const apply = useMutation({
    mutationFn: () => post(`/organisation/os2mo/runs/${run.id}/apply`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: os2moRunsKey }),
  });
  const s = run.summary;
  return (
    <Stack gap="sm" aria-live="polite">
      <Title order={4} size="h5">
        {t('os2mo.run.heading')}: {t(`os2mo.run.modes.${run.mode}`)} · {t(`os2mo.run.statuses.${run.status}`)}
      </Title>
      <Text size="sm">{t('os2mo.run.pages', { pages: formatNumber(run.pages) })}</Text>
      {run.failure && (
        <Alert color="red" role="alert">
          {t(`os2mo.failures.${run.failure}`)}
        </Alert>
      )}
      {run.status === 'previewed' && <Text size="sm">{t('os2mo.run.nothingChanged')}</Text>}
      {s && (
        <>
          <Title order={5} size="h6">
            {t('os2mo.run.units')}
          </Title>
          <Counts
            items={[
              { label: t('os2mo.run.counts.total'), value: s.units.total },
              { label: t('os2mo.run.counts.create'), value: s.units.create },
              { label: t('os2mo.run.counts.update'), value: s.units.update },
              { label: t('os2mo.run.counts.unchanged'), value: s.units.unchanged },
            ]}
          />
          <Title order={5} size="h6">
            {t('os2mo.run.people')}
          </Title>
          <Counts
            items={[
              { label: t('os2mo.run.counts.create'), value: s.people.create },
              { label: t('os2mo.run.counts.update'), value: s.people.update },
              { label: t('os2mo.run.counts.unchanged'), value: s.people.unchanged },
              { label: t('os2mo.run.counts.membershipsAdded'), value: s.people.membershipsAdded },
              { label: t('os2mo.run.counts.membershipsRemoved'), value: s.people.membershipsRemoved },
              { label: t('os2mo.run.counts.deactivated'), value: s.people.deactivated },
              { label: t('os2mo.run.counts.reactivated'), value: s.people.reactivated },
              { label: t('os2mo.run.counts.errors'), value: s.errorCount, tone: 'red' },
            ]}
          />
          {s.handSetLeaders > 0 && (
            <Text size="sm">{t('os2mo.run.handSetLeaders', { count: formatNumber(s.handSetLeaders) })}</Text>
          )}
          {s.errors.length > 0 && (
            <Stack gap="xs">
              <Title order={5} size="h6">
                {t('os2mo.run.errorsHeading')}
              </Title>
              <List size="sm" spacing={4}>
                {s.errors.slice(0, 50).map((e, i) => (
                  <List.Item key={i}>
                    {t('os2mo.run.errorLine', { kind: t(`os2mo.run.${e.kind}`), line: formatNumber(e.line) })}
                    {e.field && (
                      <>
                        {' '}
                        <Code>{e.field}</Code>
                      </>
                    )}
                    : {t(`import.reasons.${e.reason}` as MessageKey)}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
          <SampleTables imp={{ sample: s.units.sample }} />
          <SampleTables imp={{ sample: s.people.sample }} />
        </>
      )}
      {run.status === 'previewed' &&
        (s && s.errorCount > 0 ? (
          <Text size="sm">{t('os2mo.applyBlocked')}</Text>
        ) : (
          <Button onClick={() => apply.mutate()} loading={apply.isPending} w="fit-content">
            {t('os2mo.apply')}
          </Button>
        ))}
      {apply.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, apply.error)}
        </Alert>
      )}
    </Stack>
  );
}
