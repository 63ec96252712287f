import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import { FORUM_LEVELS } from '../constants';
import type { Forum } from '../answers';
import { useCheckTeams, useForums } from './api';
import { ForumFormModal } from './forum-form-modal';
import { ThresholdCard } from './threshold-card';
import { describeCadence, describeDuration } from './rhythm';

/** /forums: the unit's meeting structure as three levels side by side (stacked on a phone). */
export function ForumsPage() {
  const { t } = useI18n();
  const forums = useForums();
  const [creating, setCreating] = useState(false);
  const [unitId, setUnitId] = useState<string | null>(null);
  const manageable = forums.data?.manageableUnits ?? [];
  const all = forums.data?.forums ?? [];
  const units = [...new Map(all.map((f) => [f.unitId, f.unitName])).entries()].map(([value, label]) => ({
    value,
    label,
  }));
  const shown = unitId ? all.filter((f) => f.unitId === unitId) : all;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('forums.overview.title')}
        actions={
          manageable.length > 0 ? (
            <Button onClick={() => setCreating(true)}>{t('forums.overview.create')}</Button>
          ) : undefined
        }
      >
        <Text c="gray.7">{t('forums.overview.intro')}</Text>
      </PageHeader>

      {forums.isPending ? (
        <Loading />
      ) : forums.isError ? (
        <LoadError error={forums.error} onRetry={() => void forums.refetch()} />
      ) : (
        <Stack gap="md">
          {all.length === 0 && <Text c="gray.7">{t('forums.overview.noneAtAll')}</Text>}
          {units.length > 1 && (
            <Select
              label={t('forums.overview.unitFilter')}
              data={[{ value: '', label: t('forums.overview.allUnits') }, ...units]}
              value={unitId ?? ''}
              onChange={(v) => setUnitId(v ? v : null)}
              maw={360}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {units.length > 0 && (
            <Group gap="md">
              {(unitId ? units.filter((u) => u.value === unitId) : units).map((u) => (
                <Anchor key={u.value} component={Link} to={`/forums/structure/${u.value}`} size="sm">
                  {units.length > 1 || unitId
                    ? `${t('forumStructure.table.open')}: ${u.label}`
                    : t('forumStructure.table.open')}
                </Anchor>
              ))}
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {FORUM_LEVELS.map((level) => {
              const inLevel = shown.filter((f) => f.level === level);
              return (
                <Stack key={level} gap="xs" component="section" aria-labelledby={`level-${level}`}>
                  <Title order={3} size="h4" id={`level-${level}`}>
                    {t(`forums.levels.${level}`)}
                  </Title>
                  <Text size="sm" c="gray.7">
                    {t(`forums.levelHelp.${level}`)}
                  </Text>
                  {inLevel.length === 0 ? (
                    <Empty>{t('forums.overview.empty')}</Empty>
                  ) : (
                    inLevel.map((f) => <ForumCard key={f.id} forum={f} />)
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        </Stack>
      )}

      <CheckTeams />
      <ThresholdCard />
      <ForumFormModal opened={creating} onClose={() => setCreating(false)} units={manageable} />
    </Stack>
  );
}

function ForumCard({ forum }: { forum: Forum }) {
  const { t } = useI18n();
  const rhythm = [describeCadence(t, forum), describeDuration(t, forum.durationMinutes)]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card withBorder padding="sm">
      <Stack gap={4}>
        <Anchor
          component={Link}
          to={`/forums/${forum.id}`}
          fw={600}
          aria-label={t('forums.overview.open', { name: forum.name })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {forum.name}
        </Anchor>
        <Group gap={6}>
          <Badge variant="light" color="gray" style={{ textTransform: 'none' }}>
            {forum.unitName}
          </Badge>
          {forum.teamName && (
            <Badge variant="light" color="blue" style={{ textTransform: 'none' }}>
              {forum.teamName}
            </Badge>
          )}
        </Group>
        {rhythm && <Text size="sm">{rhythm}</Text>}
        {forum.purpose && (
          <Text size="sm" c="gray.7" lineClamp={3}>
            {forum.purpose}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function CheckTeams() {
  const { t } = useI18n();
  const teams = useCheckTeams();
  return (
    <Section title={t('forums.overview.teamsTitle')} id="safety-teams">
      <Text size="sm" c="gray.7">
        {t('forums.overview.teamsIntro')}
      </Text>
      {teams.isPending ? (
        <Loading />
      ) : teams.isError ? (
        <LoadError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.teams.length === 0 ? (
        <Empty>{t('forums.overview.teamsEmpty')}</Empty>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {teams.data.teams.map((team) => (
            <li key={team.id}>
              <Anchor component={Link} to={`/safety/${team.id}`}>
                {team.name}
              </Anchor>
              {team.unitName && (
                <Text span size="sm" c="gray.7">
                  {' '}
                  · {team.unitName}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
