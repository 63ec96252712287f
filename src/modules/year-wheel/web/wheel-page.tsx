import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { del } from '../../../web/lib/api';
import { PageHeader, Section } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import { today } from '../../../shared/time';
import { FORUM_LEVELS } from '../../../shared/vocabulary';
import type { Entry, WheelAnswer } from '../answers';
import { refreshWheel, useWheel } from './api';
import { EntryFormModal } from './entry-form-modal';
import { FeedSection } from './feed-section';
import { KIND_COLOURS, LEVEL_COLOURS, WheelSvg } from './wheel-svg';

/** /year-wheel/$unitId: the unit's data year-wheel for a year, as a wheel and as a list, with the calendar feed. */
export function WheelPage({ unitId }: { unitId: string }) {
  const [year, setYear] = useState(() => Number(today().slice(0, 4)));
  const query = useWheel(unitId, year);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <WheelView wheel={query.data} setYear={setYear} />;
}

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden
      style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 6, background: colour }}
    />
  );
}

function WheelView({ wheel, setYear }: { wheel: WheelAnswer; setYear: (y: number) => void }) {
  const { t, formatDate } = useI18n();
  const [editing, setEditing] = useState<Entry | 'new' | null>(null);
  const [removing, setRemoving] = useState<Entry | null>(null);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (e: Entry) => del(`/year-wheel/entries/${e.id}`),
    onSuccess: async () => {
      notifySuccess(t('yearWheel.entry.removed'));
      setRemoving(null);
      await refreshWheel(queryClient);
    },
  });
  const { year } = wheel;
  const forumsWithMeetings = wheel.forums.filter((f) => f.meetings.length > 0);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('yearWheel.page.title', { unit: wheel.unit.name })}
        crumbs={[{ label: t('yearWheel.page.back'), to: '/year-wheel' }]}
        crumbsLabel={t('yearWheel.page.back')}
        actions={
          wheel.can.edit ? (
            <Button onClick={() => setEditing('new')}>{t('yearWheel.page.add')}</Button>
          ) : undefined
        }
      >
        <Text c="gray.7">{t('yearWheel.page.intro')}</Text>
        <Anchor component={Link} to={`/forums/structure/${wheel.unit.id}`} size="sm">
          {t('yearWheel.page.structure')}
        </Anchor>
      </PageHeader>

      <Group gap="xs" role="group" aria-label={t('yearWheel.page.year')}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setYear(year - 1)}
          aria-label={t('yearWheel.page.previous')}
        >
          ‹
        </ActionIcon>
        <Text fw={700} size="lg" aria-live="polite">
          {year}
        </Text>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => setYear(year + 1)}
          aria-label={t('yearWheel.page.next')}
        >
          ›
        </ActionIcon>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('yearWheel.page.wheelTitle')} id="year-wheel-wheel">
          <WheelSvg year={year} entries={wheel.entries} forums={wheel.forums} />
          <Stack
            gap={4}
            aria-label={t('yearWheel.page.legend')}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            <Group component="li" gap={6}>
              <Swatch colour={KIND_COLOURS.collect} />
              <Text size="sm">{t('yearWheel.kinds.collect')}</Text>
            </Group>
            <Group component="li" gap={6}>
              <Swatch colour={KIND_COLOURS.discuss} />
              <Text size="sm">{t('yearWheel.kinds.discuss')}</Text>
            </Group>
            {FORUM_LEVELS.map((level) => (
              <Group component="li" gap={6} key={level}>
                <Swatch colour={LEVEL_COLOURS[level]} />
                <Text size="sm">{t(`forums.levels.${level}`)}</Text>
              </Group>
            ))}
          </Stack>
        </Section>

        <Section title={t('yearWheel.page.listTitle')} id="year-wheel-list">
          {wheel.entries.length === 0 ? (
            <Text c="gray.7">{t('yearWheel.page.empty', { year })}</Text>
          ) : (
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {wheel.entries.map((e) => (
                <Card component="li" key={e.id} withBorder padding="sm">
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600}>
                          {e.endsOn
                            ? t('yearWheel.entry.period', {
                                from: formatDate(e.startsOn),
                                to: formatDate(e.endsOn),
                              })
                            : formatDate(e.startsOn)}
                        </Text>
                        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                          {e.title}
                        </Text>
                      </Stack>
                      <Badge
                        variant="light"
                        color={e.kind === 'collect' ? 'cyan' : 'grape'}
                        style={{ textTransform: 'none', flexShrink: 0 }}
                      >
                        {t(`yearWheel.kinds.${e.kind}`)}
                      </Badge>
                    </Group>
                    {e.data && (
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {e.data}
                      </Text>
                    )}
                    {e.forum && (
                      <Text size="sm" c="gray.7">
                        {t('yearWheel.entry.forum', {
                          forum: e.forum.name,
                          level: t(`forums.levels.${e.forum.level}`),
                        })}
                      </Text>
                    )}
                    {e.remindDaysBefore !== null && (
                      <Text size="sm" c="gray.7">
                        {e.remindDaysBefore === 0
                          ? t('yearWheel.entry.remindSameDay')
                          : t('yearWheel.entry.remind', { days: e.remindDaysBefore })}
                      </Text>
                    )}
                    {e.note && (
                      <Text size="sm" c="gray.7" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                        {e.note}
                      </Text>
                    )}
                    {wheel.can.edit && (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(e)}
                          aria-label={`${t('yearWheel.entry.edit')}: ${e.title}`}
                        >
                          {t('yearWheel.entry.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRemoving(e)}
                          aria-label={`${t('yearWheel.entry.remove')}: ${e.title}`}
                        >
                          {t('yearWheel.entry.remove')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>

      <Section title={t('yearWheel.page.meetings')} id="year-wheel-meetings">
        {forumsWithMeetings.length === 0 ? (
          <Text c="gray.7" size="sm">
            {t('yearWheel.page.meetingsNone')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {forumsWithMeetings.map((f) => (
              <li key={f.id}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Swatch colour={LEVEL_COLOURS[f.level]} />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Title order={3} size="h5">
                      {f.name} · {t(`forums.levels.${f.level}`)}
                    </Title>
                    <Text size="sm" c="gray.7">
                      {t('yearWheel.page.meetingCount', {
                        n: f.meetings.length,
                        days: f.meetings.map((d) => formatDate(d)).join(', '),
                      })}
                    </Text>
                  </Stack>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Section>

      <FeedSection wheel={wheel} />

      <EntryFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        unitId={wheel.unit.id}
        forums={wheel.forums}
        entry={editing && editing !== 'new' ? editing : undefined}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('yearWheel.entry.removeTitle')}
        confirmLabel={t('yearWheel.entry.remove')}
        onConfirm={() => removing && remove.mutate(removing)}
        loading={remove.isPending}
        error={remove.error}
        danger
      >
        <Text>{t('yearWheel.entry.removeText', { title: removing?.title ?? '' })}</Text>
      </ConfirmModal>
    </Stack>
  );
}
