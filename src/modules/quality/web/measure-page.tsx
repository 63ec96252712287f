import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { lazy, Suspense, useState } from 'react';
import { post, put } from '../../../web/lib/api';
import { errorMessage, useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { today } from '../../../shared/time';
import type { MeasureAnswer } from '../answers';
import { refreshQuality, useMeasure } from './api';
import { RecordPoint } from './record-point';

const RunChart = lazy(() => import('./run-chart'));

/** /quality/measures/$measureId: record a value, the run chart with its signals explained, the data as a table. */
export function MeasurePage() {
  const { measureId } = useParams({ strict: false }) as { measureId: string };
  const { t, locale, formatNumber, formatDate } = useI18n();
  const measure = useMeasure(measureId);
  if (measure.isPending) return <Loading />;
  if (measure.isError) return <LoadError error={measure.error} onRetry={() => void measure.refetch()} />;
  const d = measure.data;
  const m = d.measure;
  const summary = d.phases.flatMap((p) => p.explanation[locale]).join(' ');
  const last = d.phases[d.phases.length - 1];
  const signalled = new Set(d.phases.flatMap((p) => p.signalPoints));
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title={m.name}
        crumbs={[
          { label: t('quality.list.title'), to: '/quality' },
          { label: d.team.name, to: `/quality/teams/${d.team.id}` },
        ]}
        crumbsLabel={t('quality.nav')}
      >
        {m.description && <Text c="gray.7">{m.description}</Text>}
        <Text size="sm">
          {t('quality.measure.meta', {
            frequency: t(`quality.measureForm.${m.frequency}`),
            recorder: m.recorder,
            direction: t(`quality.measureForm.${m.direction}`),
          })}
        </Text>
      </PageHeader>
      {d.can.edit && (
        <Section title={t('quality.measure.record')} id="measure-record">
          <RecordPoint measure={m} />
        </Section>
      )}
      <Section title={t('quality.measure.chart')} id="measure-chart">
        {d.points.length === 0 ? (
          <Text>{t('quality.measure.noPoints')}</Text>
        ) : (
          <Stack gap="sm">
            <div aria-live="polite" data-testid="run-chart-summary">
              {d.phases.map((p, i) => (
                <Stack key={p.start} gap={4} mb="xs">
                  {d.phases.length > 1 && (
                    <Title order={3} size="h5">
                      {t('quality.measure.phase', { n: i + 1 })}
                    </Title>
                  )}
                  {p.explanation[locale].map((line) => (
                    <Text key={line} fw={line === p.explanation[locale][0] ? 600 : 400}>
                      {line}
                    </Text>
                  ))}
                </Stack>
              ))}
            </div>
            <Suspense fallback={<Loading />}>
              <RunChart
                answer={d}
                medianLabel={t('quality.measure.median')}
                label={t('quality.measure.chartLabel', {
                  name: m.name,
                  n: d.points.length,
                  median: last ? formatNumber(last.median) : '',
                  summary,
                })}
              />
            </Suspense>
          </Stack>
        )}
      </Section>
      <Section title={t('quality.measure.annotations')} id="measure-annotations">
        {d.annotations.length === 0 ? (
          <Text>{t('quality.measure.annotationsEmpty')}</Text>
        ) : (
          <List>
            {d.annotations.map((a) => (
              <List.Item key={`${a.kind}-${a.on}-${a.label}`}>
                {formatDate(a.on)} –{' '}
                {a.kind === 'trial'
                  ? t('quality.measure.trialAnnotation')
                  : t('quality.measure.changeAnnotation')}
                : {a.label}
                {a.outcome && ` (${t(`quality.outcome.${a.outcome}`)})`}
              </List.Item>
            ))}
          </List>
        )}
      </Section>
      {d.can.edit && <ChartSettings answer={d} />}
      <Section title={t('quality.measure.table')} id="measure-table">
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('quality.measure.date')}</Table.Th>
                <Table.Th scope="col">{t('quality.measure.value', { unit: m.unit })}</Table.Th>
                <Table.Th scope="col">{t('quality.measure.median')}</Table.Th>
                <Table.Th scope="col">{t('quality.measure.signal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.points.map((p, i) => (
                <Table.Tr key={p.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.on)}</Table.Td>
                  <Table.Td>{formatNumber(p.value)}</Table.Td>
                  <Table.Td>
                    {formatNumber(d.phases.find((ph) => i >= ph.start && i < ph.end)?.median ?? 0)}
                  </Table.Td>
                  <Table.Td>{signalled.has(i) ? t('quality.measure.yes') : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
    </Stack>
  );
}

/** Freeze the baseline, or mark a change (which may start a new phase). */
function ChartSettings({ answer }: { answer: MeasureAnswer }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [points, setPoints] = useState<number | string>(
    (answer.measure.baselinePoints ?? Math.min(12, answer.points.length)) || 1,
  );
  const [on, setOn] = useState(today());
  const [label, setLabel] = useState('');
  const [startsPhase, setStartsPhase] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      await refreshQuality(queryClient);
    } catch (err) {
      setError(errorMessage(t, err));
    }
  };
  const path = `/quality/measures/${answer.measure.id}`;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder component="section" aria-labelledby="baseline-title">
        <Stack gap="sm">
          <Title order={3} size="h5" id="baseline-title">
            {t('quality.measure.baseline')}
          </Title>
          <NumberInput
            label={t('quality.measure.baselinePoints')}
            value={points}
            onChange={setPoints}
            min={1}
          />
          <Group>
            <Button onClick={() => void run(() => put(`${path}/baseline`, { points: Number(points) }))}>
              {t('quality.measure.baselineSave')}
            </Button>
            {answer.measure.baselinePoints !== null && (
              <Button
                variant="default"
                // A long label wraps on a phone instead of being cut off.
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                onClick={() => void run(() => put(`${path}/baseline`, { points: null }))}
              >
                {t('quality.measure.baselineClear')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="change-title">
        <Stack gap="sm">
          <Title order={3} size="h5" id="change-title">
            {t('quality.measure.addChange')}
          </Title>
          <TextInput
            type="date"
            label={t('quality.measure.date')}
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <TextInput
            label={t('quality.measure.changeLabel')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <Checkbox
            label={t('quality.measure.startsPhase')}
            checked={startsPhase}
            onChange={(e) => setStartsPhase(e.currentTarget.checked)}
          />
          <Button
            style={{ alignSelf: 'flex-start' }}
            onClick={() => void run(() => post(`${path}/changes`, { on, label, startsPhase }))}
          >
            {t('quality.team.save')}
          </Button>
        </Stack>
      </Card>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </SimpleGrid>
  );
}
