import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { get } from '../../../web/lib/api';
import { LoadError, Loading } from '../../../web/components/states';
import type { SupportAnswer } from '../answers';
import { HomePanel } from './home-panel';

function Part({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={4} id={id} size="h5">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ');

/**
 * What the resource person's role adds to the start page: whom they support (their teams and the
 * initiatives they support), the practice reviews they are to hold, the licences they may certify
 * and the meetings they facilitate next — each with a link on.
 */
export function SupportPanel() {
  const { t, formatDate } = useI18n();
  const support = useQuery({ queryKey: ['support'], queryFn: () => get<SupportAnswer>('/support') });
  return (
    <HomePanel
      id="home-support"
      title={t('overview.support.title')}
      intro={t('overview.support.intro')}
      gap="md"
    >
      {support.isPending ? (
        <Loading />
      ) : support.isError ? (
        <LoadError error={support.error} onRetry={() => void support.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Part
            id="support-people"
            title={t('overview.support.people')}
            empty={
              support.data.teams.length + support.data.initiatives.length === 0
                ? t('overview.support.noPeople')
                : null
            }
          >
            {support.data.teams.map((team) => (
              <Stack key={team.id} gap={0}>
                <Anchor component={Link} to={`/team-development/${team.id}`} fw={600}>
                  {team.name}
                </Anchor>
                <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                  {names(team.members) || t('overview.support.noMembers')}
                </Text>
              </Stack>
            ))}
            {support.data.initiatives.map((i) => (
              <Stack key={i.id} gap={0}>
                <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600}>
                  {t('overview.support.initiative', { title: i.name })}
                </Anchor>
                <Text size="sm" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                  {names(i.participants) || t('overview.support.noMembers')}
                </Text>
              </Stack>
            ))}
          </Part>
          <Part
            id="support-meetings"
            title={t('overview.support.meetings')}
            empty={support.data.meetings.length === 0 ? t('overview.support.noMeetings') : null}
          >
            {support.data.meetings.map((m) => (
              <Stack key={m.id} gap={0}>
                <Anchor component={Link} to={`/conversations/${m.id}`} fw={600}>
                  {m.kind === 'peer_group'
                    ? t('overview.home.peerGroup', { team: m.team })
                    : t('overview.home.team', { team: m.team })}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {formatDate(m.startsAt, 'dateTime')}
                </Text>
              </Stack>
            ))}
          </Part>
          <Part
            id="support-reviews"
            title={t('overview.support.reviews')}
            empty={support.data.reviews.length === 0 ? t('overview.support.noReviews') : null}
          >
            {support.data.reviews.map((r) => (
              <Stack key={r.id} gap={0}>
                <Anchor component={Link} to={`/licences/reviews/${r.id}`} fw={600}>
                  {t('overview.support.review', { task: r.task, name: r.person.name })}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {formatDate(r.startsAt, 'dateTime')}
                </Text>
              </Stack>
            ))}
          </Part>
          <Part
            id="support-licences"
            title={t('overview.support.licences')}
            empty={support.data.licences.length === 0 ? t('overview.support.noLicences') : null}
          >
            {support.data.licences.map((l) => (
              <Stack key={l.id} gap={0}>
                <Anchor component={Link} to={`/licences/${l.id}`} fw={600}>
                  {l.task}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {l.unit.name}
                </Text>
              </Stack>
            ))}
          </Part>
        </SimpleGrid>
      )}
    </HomePanel>
  );
}
