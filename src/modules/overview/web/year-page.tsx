import { Anchor, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { get } from '../../../web/lib/api';
import { LoadError, Loading } from '../../../web/components/states';
import type { YearSummaryAnswer } from '../answers';
import { targetLevelName } from '../../competence/web/index';
import { YearLicences } from '../../licences/web/index';

const YEARS_BACK = 6;

function Part({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Stack gap={4} component="section">
      <Title order={3} size="h4">
        {title}
      </Title>
      {empty ? <Text c="gray.7">{t('overview.year.none')}</Text> : children}
    </Stack>
  );
}

/** /development/$personId/year/$year: a clean, printable record for the yearly development talk. */
export function YearSummaryPage() {
  const { t, formatDate, locale } = useI18n();
  const navigate = useNavigate();
  const params = useParams({ strict: false }) as { personId: string; year: string };
  const year = Number(params.year);
  const summary = useQuery({
    queryKey: ['development', params.personId, 'year', year],
    queryFn: () => get<YearSummaryAnswer>(`/development/${params.personId}/year/${params.year}`),
  });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear - i));
  if (!years.includes(params.year) && Number.isInteger(year)) years.push(params.year);

  return (
    <Stack gap="lg" maw={800}>
      <Group justify="space-between" className="no-print" align="flex-end">
        <Anchor component={Link} to={`/development/${params.personId}`}>
          {t('overview.year.back')}
        </Anchor>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('overview.year.pick')}
            data={years}
            value={params.year}
            onChange={(e) =>
              void navigate({ to: `/development/${params.personId}/year/${e.currentTarget.value}` })
            }
          />
          <Button onClick={() => window.print()}>{t('common.actions.print')}</Button>
        </Group>
      </Group>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <Stack gap={4}>
            <Title order={2}>
              {t('overview.year.title', { year: summary.data.year, name: summary.data.person.name })}
            </Title>
            <Text c="gray.7">{summary.data.person.units.map((u) => u.name).join(', ')}</Text>
            <Text size="sm">{t('overview.year.intro')}</Text>
          </Stack>
          <Part title={t('overview.year.goals')} empty={summary.data.goals.length === 0}>
            <List spacing={4}>
              {summary.data.goals.map((g) => (
                <List.Item key={g.id}>
                  <Text fw={600} span>
                    {g.title}
                  </Text>{' '}
                  ({t(`goals.status.${g.status}` as MessageKey)})
                  {g.changes.map((c) => (
                    <Text key={c.at} size="sm" c="gray.7">
                      {t('overview.year.changes', {
                        to: t(`goals.status.${c.to}` as MessageKey),
                        date: formatDate(c.at),
                      })}
                    </Text>
                  ))}
                </List.Item>
              ))}
            </List>
          </Part>
          <Part title={t('overview.year.circles')} empty={summary.data.circles.length === 0}>
            <List spacing={4}>
              {summary.data.circles.map((c) => (
                <List.Item key={c.id}>
                  {t('overview.year.circle', {
                    goal: c.goal?.title ?? '—',
                    done: c.phasesDone.length,
                    total: c.phaseCount,
                  })}
                  {c.finished &&
                    c.finishedAt &&
                    ` — ${t('overview.year.finished', { date: formatDate(c.finishedAt) })}`}
                </List.Item>
              ))}
            </List>
          </Part>
          <Part title={t('overview.year.conversations')} empty={summary.data.conversations.length === 0}>
            <Stack gap="sm">
              {summary.data.conversations.map((c) => (
                <div key={c.id}>
                  <Text fw={600}>{formatDate(c.startsAt)}</Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{c.summary || t('overview.year.noSummary')}</Text>
                </div>
              ))}
            </Stack>
          </Part>
          <Part title={t('overview.year.agreements')} empty={summary.data.agreements.length === 0}>
            <List spacing={4}>
              {summary.data.agreements.map((a) => (
                <List.Item key={a.id}>
                  {a.text} — {a.done ? t('overview.year.done') : t('overview.year.notDone')}
                </List.Item>
              ))}
            </List>
          </Part>
          <Part title={t('overview.year.feedback')} empty={summary.data.feedbackByKind.length === 0}>
            <List spacing={4}>
              {summary.data.feedbackByKind.map((f) => (
                <List.Item key={f.kind}>
                  {t(`feedback.kinds.${f.kind}` as MessageKey)}: {f.count}
                </List.Item>
              ))}
            </List>
          </Part>
          <Part title={t('competence.mine.yearPart')} empty={summary.data.initiatives.length === 0}>
            <List spacing={4}>
              {summary.data.initiatives.map((i) => (
                <List.Item key={i.id}>
                  <Anchor component={Link} to={`/initiatives/${i.id}`}>
                    {i.title}
                  </Anchor>{' '}
                  ({t(`competence.status.${i.status}`)}) ·{' '}
                  {t('competence.list.target', { level: targetLevelName(i.targetLevel, locale) })}
                </List.Item>
              ))}
            </List>
          </Part>
          <YearLicences personId={params.personId} year={year} />
        </>
      )}
    </Stack>
  );
}
