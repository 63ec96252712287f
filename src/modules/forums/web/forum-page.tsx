import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useI18n, type Translate } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { Forum, ForumDetail } from '../answers';
import { useForum } from './api';
import { ForumFormModal } from './forum-form-modal';
import { MeetingsSection } from './meetings-section';
import { SafetyPanel } from './safety-panel';
import { ResultsTrend } from './trend-section';
import { describeCadence, describeDuration } from './rhythm';

/** The rhythm in words with its next meeting days; the other fields as written. */
function describedValue(t: Translate, forum: Forum, field: Described, formatDate: (d: string) => string) {
  if (field === 'cadence') {
    const rhythm = describeCadence(t, forum);
    if (!rhythm) return null;
    const next = forum.nextMeetings.map((d) => formatDate(d)).join(', ');
    return next ? `${rhythm}\n${t('forumStructure.fields.next')}: ${next}` : rhythm;
  }
  if (field === 'duration') return describeDuration(t, forum.durationMinutes);
  return forum[field];
}

const DESCRIBED = ['purpose', 'form', 'cadence', 'duration', 'participants', 'content', 'data'] as const;
type Described = (typeof DESCRIBED)[number];

/** /forums/$forumId: how the forum meets, its meetings and evaluations, the trend, the team's safety checks. */
export function ForumPage({ forumId }: { forumId: string }) {
  const { t } = useI18n();
  const detail = useForum(forumId);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <LoadError error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ForumView data={detail.data} t={t} />;
}

function ForumView({ data, t }: { data: ForumDetail; t: ReturnType<typeof useI18n>['t'] }) {
  const { formatDate } = useI18n();
  const [editing, setEditing] = useState(false);
  const { forum, trend } = data;
  return (
    <Stack gap="lg">
      <PageHeader
        title={forum.name}
        crumbs={[{ label: t('forums.forum.back'), to: '/forums' }]}
        crumbsLabel={t('forums.forum.crumbs')}
        actions={
          forum.can.edit ? (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('forums.forum.edit')}
            </Button>
          ) : undefined
        }
      >
        <Group gap={6}>
          <Badge variant="light" style={{ textTransform: 'none' }}>
            {t(`forums.levels.${forum.level}`)}
          </Badge>
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {forum.unitName}
          </Badge>
          {forum.teamName && (
            <Badge variant="light" color="blue" style={{ textTransform: 'none' }}>
              {t('forums.forum.team', { team: forum.teamName })}
            </Badge>
          )}
        </Group>
      </PageHeader>

      <Section title={t('forums.forum.describedTitle')} id="forum-described">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
          {DESCRIBED.map((field) => (
            <Card key={field} withBorder padding="xs">
              <Text component="dt" size="xs" fw={700} c="gray.7" tt="uppercase">
                {t(`forums.fields.${field}` as MessageKey)}
              </Text>
              <Text
                component="dd"
                m={0}
                size="sm"
                style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
              >
                {describedValue(t, forum, field, (d) => formatDate(d)) ?? t('forums.forum.notDescribed')}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Section>

      <MeetingsSection data={data} />

      <Section title={t('forums.trend.title')} id="forum-trend">
        <Text size="sm" c="gray.7">
          {t('forums.trend.intro', { threshold: trend.threshold })}
        </Text>
        {trend.points.length === 0 ? (
          <Text c="gray.7">{t('forums.trend.empty')}</Text>
        ) : (
          <>
            {trend.summary.rounds === 0 && <Text c="gray.7">{t('forums.trend.empty')}</Text>}
            <ResultsTrend
              questions={trend.questions}
              scale={trend.scale}
              summary={trend.summary}
              rows={trend.points.map((p) => ({
                label: formatDate(p.heldOn),
                respondents: p.respondents,
                shown: p.shown,
                means: p.means,
              }))}
            />
          </>
        )}
      </Section>

      {data.safety && (
        <SafetyPanel
          checks={data.safety}
          headingId="forum-safety"
          title={t('forums.safety.sideTitle')}
          compact
        />
      )}

      <ForumFormModal opened={editing} onClose={() => setEditing(false)} forum={forum} />
    </Stack>
  );
}
