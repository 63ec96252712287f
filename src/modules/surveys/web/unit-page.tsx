import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { unitCsv } from '../analysis';
import type { UnitResultAnswer } from '../answers';
import { download, useUnitResult } from './api';
import { heatColour } from './round-page';
import { WeakResults } from './weak-results';
import { ResultTable } from './result-table';

/** /surveys/rounds/$roundId/units/$unitId: a unit's results, where its answers count, trend, comments, weak results. */
export function UnitPage({ roundId, unitId }: { roundId: string; unitId: string }) {
  const result = useUnitResult(roundId, unitId);
  if (result.isPending) return <Loading />;
  if (result.isError) return <LoadError error={result.error} onRetry={() => void result.refetch()} />;
  return <UnitView r={result.data} />;
}

function UnitView({ r }: { r: UnitResultAnswer }) {
  const { t, locale, formatDate } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const unit = r.unit.name;
  const note =
    r.placement.placement === 'rolled_up'
      ? t('surveys.unit.counted', { unit, into: r.placement.into!.name })
      : r.placement.placement === 'hidden'
        ? t('surveys.unit.hidden', { unit })
        : r.placement.placement === 'withheld'
          ? t('surveys.unit.withheld', { unit })
          : r.placement.placement === 'no_answers'
            ? t('surveys.unit.noAnswers', { unit })
            : null;
  const name = (kind: 'item' | 'index', key: string) =>
    kind === 'index'
      ? (r.instrument.indices.find((i) => i.key === key)?.name[lang] ?? key)
      : (r.instrument.items.find((i) => i.key === key)?.short[lang] ?? key);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('surveys.unit.title', { unit, round: r.round.title })}
        crumbs={[
          { label: t('surveys.nav'), to: '/surveys' },
          { label: r.round.title, to: `/surveys/rounds/${r.round.id}` },
        ]}
        crumbsLabel={t('surveys.nav')}
      >
        {r.group && <Text c="gray.7">{t('surveys.unit.group', { respondents: r.group.respondents })}</Text>}
      </PageHeader>
      {!r.round.closed && <Alert color="gray">{t('surveys.round.notYet')}</Alert>}
      {r.round.closed && note && <Alert color="blue">{note}</Alert>}
      {r.group && (
        <>
          <Section title={t('surveys.results.indices')}>
            <ResultTable
              label={t('surveys.results.indices')}
              minWidth={420}
              columns={[t('surveys.results.indices'), r.group.unit?.name, t('surveys.unit.orgMean')]}
              rows={r.instrument.indices.map((index, i) => ({
                key: index.key,
                head: index.name[lang],
                cells: [
                  {
                    content: r.group!.indices[i]?.points ?? '–',
                    style: { background: heatColour(r.group!.indices[i]?.points ?? null), color: '#1a1b1e' },
                  },
                  { content: r.organisation?.indices[i]?.points ?? '–' },
                ],
              }))}
            />
          </Section>
          {r.weak.length > 0 && <WeakResults r={r} nameOf={(w) => name(w.kind, w.key)} />}
          <Section title={t('surveys.results.items')}>
            <ResultTable
              label={t('surveys.results.items')}
              minWidth={520}
              columns={[
                t('surveys.results.items'),
                t('surveys.unit.mean'),
                t('surveys.unit.orgMean'),
                t('surveys.unit.distribution'),
              ]}
              rows={r.instrument.items.map((item, i) => ({
                key: item.key,
                head: `${item.text[lang]}${item.reverse ? ` (${t('surveys.unit.reversed')})` : ''}`,
                plainHead: true,
                cells: [
                  { content: r.group!.items[i]?.mean ?? '–' },
                  { content: r.organisation?.items[i]?.mean ?? '–' },
                  {
                    content: r
                      .group!.distribution[i]?.counts.map((c) => `${c.value}: ${c.count}`)
                      .join(' · '),
                  },
                ],
              }))}
            />
            <Group mt="xs">
              <Button
                variant="default"
                size="xs"
                onClick={() => download(`unit-${r.unit.id}.csv`, unitCsv(r, lang))}
              >
                {t('surveys.results.csv')}
              </Button>
            </Group>
          </Section>
          {r.trend.length > 0 && (
            <Section title={t('surveys.unit.trend')}>
              <ResultTable
                label={t('surveys.unit.trend')}
                minWidth={560}
                columns={[t('surveys.list.rounds'), ...r.instrument.indices.map((i) => i.name[lang])]}
                rows={r.trend.map((p) => ({
                  key: p.round.id,
                  head: `${p.round.name} (${formatDate(p.closedOn)})`,
                  cells: r.instrument.indices.map((i) => ({
                    content: p.indices?.find((x) => x.key === i.key)?.points ?? '–',
                  })),
                }))}
              />
            </Section>
          )}
          {r.instrument.comment && (
            <Section title={t('surveys.unit.comments')}>
              {r.comments ? (
                <List size="sm">
                  {r.comments.map((c, i) => (
                    <List.Item key={i}>{c}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="gray.7">
                  {t('surveys.unit.noComments', { threshold: r.round.commentThreshold })}
                </Text>
              )}
            </Section>
          )}
        </>
      )}
    </Stack>
  );
}
