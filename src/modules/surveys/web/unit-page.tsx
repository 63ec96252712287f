import { Alert, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { unitCsv } from '../analysis';
import type { UnitResultAnswer } from '../answers';
import { download, useUnitResult } from './api';
import { heatColour } from './round-page';
import { WeakResults } from './weak-results';

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
            <Table.ScrollContainer
              minWidth={420}
              tabIndex={0}
              role="region"
              aria-label={t('surveys.results.indices')}
            >
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.results.indices')}</Table.Th>
                    <Table.Th scope="col">{r.group.unit?.name}</Table.Th>
                    <Table.Th scope="col">{t('surveys.unit.orgMean')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.instrument.indices.map((index, i) => (
                    <Table.Tr key={index.key}>
                      <Table.Th scope="row">{index.name[lang]}</Table.Th>
                      <Table.Td
                        style={{
                          background: heatColour(r.group!.indices[i]?.points ?? null),
                          color: '#1a1b1e',
                        }}
                      >
                        {r.group!.indices[i]?.points ?? '–'}
                      </Table.Td>
                      <Table.Td>{r.organisation?.indices[i]?.points ?? '–'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Section>
          {r.weak.length > 0 && <WeakResults r={r} nameOf={(w) => name(w.kind, w.key)} />}
          <Section title={t('surveys.results.items')}>
            <Table.ScrollContainer
              minWidth={520}
              // On a phone the table scrolls sideways: its viewport is focusable, so it scrolls by keyboard.
              tabIndex={0}
              role="region"
              aria-label={t('surveys.results.items')}
            >
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('surveys.results.items')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.unit.mean')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.unit.orgMean')}</Table.Th>
                    <Table.Th scope="col">{t('surveys.unit.distribution')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.instrument.items.map((item, i) => (
                    <Table.Tr key={item.key}>
                      <Table.Th scope="row" style={{ fontWeight: 400 }}>
                        {item.text[lang]}
                        {item.reverse && ` (${t('surveys.unit.reversed')})`}
                      </Table.Th>
                      <Table.Td>{r.group!.items[i]?.mean ?? '–'}</Table.Td>
                      <Table.Td>{r.organisation?.items[i]?.mean ?? '–'}</Table.Td>
                      <Table.Td>
                        {r.group!.distribution[i]?.counts.map((c) => `${c.value}: ${c.count}`).join(' · ')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
              <Table.ScrollContainer
                minWidth={560}
                tabIndex={0}
                role="region"
                aria-label={t('surveys.unit.trend')}
              >
                <Table withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('surveys.list.rounds')}</Table.Th>
                      {r.instrument.indices.map((i) => (
                        <Table.Th scope="col" key={i.key}>
                          {i.name[lang]}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.trend.map((p) => (
                      <Table.Tr key={p.round.id}>
                        <Table.Th scope="row">
                          {p.round.name} ({formatDate(p.closedOn)})
                        </Table.Th>
                        {r.instrument.indices.map((i) => (
                          <Table.Td key={i.key}>
                            {p.indices?.find((x) => x.key === i.key)?.points ?? '–'}
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
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
