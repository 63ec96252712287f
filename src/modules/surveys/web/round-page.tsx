import { Alert, Anchor, Button, Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { heatMapCsv, relationshipCsv } from '../analysis';
import type { GroupScores, ResultsAnswer } from '../answers';
import { download, refreshSurveys, useRelationship, useResults, useRound } from './api';
import { ScatterPlot } from './scatter';

/** Background of a heat-map cell: light tints only, so the dark text keeps its contrast. */
export function heatColour(points: number | null): string | undefined {
  if (points === null) return undefined;
  if (points < 40) return '#fde2e1';
  if (points < 55) return '#fff1cc';
  if (points < 70) return '#eef6e5';
  return '#d3f0dc';
}

/** /surveys/rounds/$roundId: response rates while open (HR), then the heat map, where answers went, and the scatter. */
export function RoundPage({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const results = useResults(roundId);
  if (results.isPending) return <Loading />;
  if (results.isError) return <LoadError error={results.error} onRetry={() => void results.refetch()} />;
  const r = results.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={r.round.title}
        crumbs={[{ label: t('surveys.nav'), to: '/surveys' }]}
        crumbsLabel={t('surveys.nav')}
      >
        <Text c="gray.7" size="sm">
          {t('surveys.round.threshold', { threshold: r.round.threshold, comments: r.round.commentThreshold })}
        </Text>
      </PageHeader>
      {r.round.can.manage && <Rates roundId={roundId} closed={r.round.closed} />}
      {!r.round.closed ? (
        <Alert color="gray">{t('surveys.round.notYet')}</Alert>
      ) : (
        <>
          <HeatMap results={r} />
          <Placements results={r} />
          <Relationship results={r} />
        </>
      )}
    </Stack>
  );
}

function Rates({ roundId, closed }: { roundId: string; closed: boolean }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const round = useRound(roundId, true);
  const [reminded, setReminded] = useState<number | null>(null);
  const remind = useMutation({
    mutationFn: () => post<{ reminded: number }>(`/surveys/rounds/${roundId}/remind`),
    onSuccess: async (a) => {
      setReminded(a.reminded);
      await refreshSurveys(qc);
    },
  });
  const close = useMutation({
    mutationFn: () => post(`/surveys/rounds/${roundId}/close`),
    onSuccess: () => refreshSurveys(qc),
  });
  if (!round.data) return null;
  return (
    <Section title={t('surveys.round.rates')}>
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('surveys.round.ratesIntro')}
        </Text>
        {round.data.rates.map((g) => (
          <div key={g.unit.id}>
            <Group justify="space-between">
              <Text size="sm">
                {g.unit.name}
                {g.rolledUp.length > 0 &&
                  ` (${t('surveys.results.includes', { names: g.rolledUp.map((u) => u.name).join(', ') })})`}
              </Text>
              <Text size="sm">
                {t('surveys.list.answered', { answered: g.answered, invited: g.invited })}
              </Text>
            </Group>
            <Progress value={(g.answered / g.invited) * 100} aria-label={g.unit.name} />
          </div>
        ))}
        {round.data.hiddenInvited > 0 && (
          <Text size="sm" c="gray.7">
            {t('surveys.round.hidden', { count: round.data.hiddenInvited })}
          </Text>
        )}
        {reminded !== null && (
          <Alert color="teal" role="status">
            {t('surveys.round.reminded', { count: reminded })}
          </Alert>
        )}
        {(remind.isError || close.isError) && (
          <Alert color="red" role="alert">
            {errorMessage(t, remind.error ?? close.error)}
          </Alert>
        )}
        {!closed && (
          <Group>
            <Button variant="light" onClick={() => remind.mutate()} loading={remind.isPending}>
              {t('surveys.round.remind')}
            </Button>
            <Button variant="default" onClick={() => close.mutate()} loading={close.isPending}>
              {t('surveys.round.close')}
            </Button>
          </Group>
        )}
      </Stack>
    </Section>
  );
}

function HeatMap({ results }: { results: ResultsAnswer }) {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const { instrument } = results;
  const row = (g: GroupScores, head: string) => (
    <Table.Tr key={g.unit?.id ?? 'org'}>
      <Table.Th scope="row">
        {g.unit ? (
          <Anchor component={Link} to={`/surveys/rounds/${results.round.id}/units/${g.unit.id}`}>
            {head}
          </Anchor>
        ) : (
          head
        )}
        {g.rolledUp.length > 0 && (
          <Text size="xs" c="gray.7">
            {t('surveys.results.includes', { names: g.rolledUp.map((u) => u.name).join(', ') })}
          </Text>
        )}
      </Table.Th>
      <Table.Td>{g.respondents}</Table.Td>
      {g.indices.map((i) => (
        <Table.Td key={i.key} style={{ background: heatColour(i.points), color: '#1a1b1e' }}>
          {i.points ?? '–'}
        </Table.Td>
      ))}
    </Table.Tr>
  );
  return (
    <Section title={t('surveys.results.heatMap')}>
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('surveys.results.heatMapIntro')}
        </Text>
        {results.groups.length === 0 && <Alert color="gray">{t('surveys.results.none')}</Alert>}
        <Table.ScrollContainer
          minWidth={480}
          // On a phone the heat map scrolls sideways: focusable, so it scrolls by keyboard (theme: native scrolling).
          tabIndex={0}
          role="region"
          aria-label={t('surveys.results.heatMap')}
        >
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('surveys.results.indices')}</Table.Th>
                <Table.Th scope="col">{t('surveys.results.respondents')}</Table.Th>
                {instrument.indices.map((i) => (
                  <Table.Th scope="col" key={i.key}>
                    {i.name[lang]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.groups.map((g) => row(g, g.unit!.name))}
              {results.organisation && row(results.organisation, t('surveys.results.organisation'))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() => download(`heatmap-${results.round.id}.csv`, heatMapCsv(results, lang))}
          >
            {t('surveys.results.csv')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}

function Placements({ results }: { results: ResultsAnswer }) {
  const { t } = useI18n();
  const notes = results.placements.filter((p) => p.placement !== 'own');
  if (notes.length === 0) return null;
  return (
    <Section title={t('surveys.results.placements')}>
      <Stack gap={4}>
        {notes.map((p) => (
          <Text key={p.unit.id} size="sm">
            {p.placement === 'rolled_up'
              ? t('surveys.results.rolledUp', { unit: p.unit.name, into: p.into!.name })
              : p.placement === 'withheld'
                ? t('surveys.results.withheld', { unit: p.unit.name })
                : t('surveys.results.hiddenUnit', { unit: p.unit.name })}
          </Text>
        ))}
      </Stack>
    </Section>
  );
}

function Relationship({ results }: { results: ResultsAnswer }) {
  const { t, locale } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const indices = results.instrument.indices;
  const [x, setX] = useState<string | null>(indices.find((i) => i.of)?.key ?? indices[0]?.key ?? null);
  const [y, setY] = useState<string | null>(
    indices.find((i) => i.key === 'learningCommunity')?.key ?? indices.at(-1)?.key ?? null,
  );
  const rel = useRelationship(results.round.id, x ?? '', y ?? '');
  if (indices.length < 2) return null;
  const options = indices.map((i) => ({ value: i.key, label: i.name[lang] }));
  const fmt = (n: number) =>
    n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Section title={t('surveys.results.scatter')}>
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('surveys.results.scatterIntro')}
        </Text>
        <Group>
          <Select label={t('surveys.results.x')} data={options} value={x} onChange={setX} />
          <Select label={t('surveys.results.y')} data={options} value={y} onChange={setY} />
        </Group>
        {rel.data && (
          <>
            <ScatterPlot
              rel={rel.data}
              label={t('surveys.results.scatterLabel', {
                x: rel.data.x.name[lang],
                y: rel.data.y.name[lang],
              })}
            />
            {rel.data.regression.ok ? (
              <Stack gap={2}>
                <Text size="sm">
                  {t('surveys.results.slope', {
                    slope: fmt(rel.data.regression.slope),
                    lower: fmt(rel.data.regression.lower),
                    upper: fmt(rel.data.regression.upper),
                  })}
                </Text>
                {rel.data.regression.rSquared !== null && (
                  <Text size="sm">
                    {t('surveys.results.r2', { r2: Math.round(rel.data.regression.rSquared * 100) })}
                  </Text>
                )}
              </Stack>
            ) : (
              <Text size="sm">
                {rel.data.regression.reason === 'too_few_points'
                  ? t('surveys.results.tooFew', { n: rel.data.regression.n })
                  : t('surveys.results.noSpread')}
              </Text>
            )}
            <Text size="sm">
              {t('surveys.results.used', { n: rel.data.points.length, left: rel.data.leftOut })}
            </Text>
            <Text size="xs" c="gray.7">
              {t('surveys.results.caution')}
            </Text>
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  download(`relationship-${results.round.id}.csv`, relationshipCsv(rel.data!, lang))
                }
              >
                {t('surveys.results.csv')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Section>
  );
}
