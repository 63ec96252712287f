import { Badge, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useI18n } from '../../../web/i18n';
import type { QuestionText, RoundSummary } from '../answers';

const TrendChart = lazy(() => import('./trend-chart'));

export interface TrendRow {
  label: string;
  respondents: number;
  shown: boolean;
  /** Under the questions, by key; null where the round did not ask the item. */
  means: (number | null)[] | null;
}

/**
 * Each question's mean per meeting (or check) over time: a chart for the eye and a table for
 * everyone, with the weakest questions marked. Rows below the threshold say "too few answers" and
 * carry no figure; the averages come from shown rows only (the server computes them so).
 */
export function ResultsTrend({
  questions,
  scale,
  rows,
  summary,
}: {
  /** The items of the rounds by key, with their texts as the rounds asked them. */
  questions: QuestionText[];
  scale: { min: number; max: number };
  rows: TrendRow[];
  summary: RoundSummary;
}) {
  const { t, locale, formatNumber } = useI18n();
  const lang = locale === 'en' ? 'en' : 'da';
  const name = (q: QuestionText) => q.short[lang];
  const weak = new Set(summary.weakest);
  const labels = useMemo(() => rows.map((r) => r.label), [rows]);
  const series = useMemo(
    () =>
      questions.map((q, i) => ({
        name: q.short[lang],
        weak: weak.has(i),
        values: rows.map((r) => (r.shown && r.means ? (r.means[i] ?? null) : null)),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [questions, rows, summary, lang],
  );
  const num = useCallback((n: number) => formatNumber(Math.round(n * 10) / 10), [formatNumber]);

  return (
    <Stack gap="sm">
      {summary.rounds > 0 && (
        <Suspense
          fallback={
            <Center h={320}>
              <Loader size="sm" aria-label={t('common.states.loading')} />
            </Center>
          }
        >
          <TrendChart
            labels={labels}
            series={series}
            scale={scale}
            formatValue={num}
            label={t('forums.trend.chartLabel')}
          />
        </Suspense>
      )}
      <Text size="sm" fw={600}>
        {t('forums.trend.weakest')}:{' '}
        <Text span size="sm" fw={400}>
          {summary.weakest.length
            ? summary.weakest.map((i) => name(questions[i]!)).join(', ')
            : t('forums.trend.weakestNone')}
        </Text>
      </Text>
      {/* Focusable so a keyboard can scroll a wide table sideways on a phone. */}
      <div
        role="region"
        aria-label={t('forums.trend.tableCaption')}
        tabIndex={0}
        style={{ overflowX: 'auto' }}
      >
        <Table striped withTableBorder captionSide="top" data-testid="trend-table">
          <Table.Caption>{t('forums.trend.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forums.trend.question')}</Table.Th>
              {rows.map((r, col) => (
                <Table.Th scope="col" key={col}>
                  {r.label}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('forums.trend.average')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questions.map((q, i) => (
              <Table.Tr key={q.key}>
                <Table.Th scope="row" fw={weak.has(i) ? 700 : 400}>
                  {name(q)}
                  {weak.has(i) && (
                    <Badge ml={6} size="sm" color="orange" c="#8a3300" variant="light">
                      {t('forums.trend.weakMark')}
                    </Badge>
                  )}
                </Table.Th>
                {rows.map((r, col) => (
                  <Table.Td key={col}>
                    {r.shown && r.means ? (
                      r.means[i] == null ? (
                        '–'
                      ) : (
                        num(r.means[i]!)
                      )
                    ) : (
                      <Text span size="xs" c="gray.7">
                        {t('forums.trend.tooFewCell')}
                      </Text>
                    )}
                  </Table.Td>
                ))}
                <Table.Td fw={600}>{summary.means?.[i] != null ? num(summary.means[i]!) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
