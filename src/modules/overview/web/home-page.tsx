import { Anchor, Badge, Button, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { get } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { LoadError, Loading } from '../../../web/components/states';
import type { HomeAnswer } from '../answers';
import { phaseKey } from './api';
import { localDay } from '../../../shared/time';
import { MyInitiatives } from '../../competence/web/index';
import { PersonLicences } from '../../licences/web/index';
import { CoverageSummary } from '../../coverage/web/index';
import { AreaSummary } from './area-summary';
import { FirstStep } from './first-step';
import { SupportPanel } from './support-panel';
import { HomePanel } from './home-panel';

function Goals({ goals }: { goals: HomeAnswer['goals'] }) {
  const { t, formatDate } = useI18n();
  if (goals.length === 0)
    return (
      <Stack gap="xs" align="flex-start">
        <Text c="gray.7">{t('overview.home.noGoals')}</Text>
        <Button component={Link} to="/goals" size="sm">
          {t('overview.home.writeGoal')}
        </Button>
      </Stack>
    );
  return (
    <Stack gap="md">
      {goals.map((g) => (
        <Stack key={g.id} gap={4}>
          <Anchor component={Link} to={`/goals/${g.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
            {g.title}
          </Anchor>
          {g.circle ? (
            <>
              <Text size="sm" c="gray.7">
                {g.circle.deadline
                  ? t('overview.home.phaseDue', {
                      phase: t(phaseKey(g.circle.phase) as MessageKey),
                      date: formatDate(g.circle.deadline),
                    })
                  : t('overview.home.phase', { phase: t(phaseKey(g.circle.phase) as MessageKey) })}
              </Text>
              <Progress
                value={g.circle.progress * 100}
                size="sm"
                aria-label={t('overview.home.progress', { percent: Math.round(g.circle.progress * 100) })}
              />
              <Anchor component={Link} to={`/circles/${g.circle.id}`} size="sm">
                {g.circle.status === 'done'
                  ? t('overview.home.openCircle')
                  : t('overview.home.continueCircle')}
              </Anchor>
            </>
          ) : (
            <Anchor component={Link} to={`/goals/${g.id}`} size="sm">
              {t('overview.home.startCircle')}
            </Anchor>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function Upcoming({ items }: { items: HomeAnswer['upcoming'] }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <Text c="gray.7">{t('overview.home.noUpcoming')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((c) => {
        const what =
          c.kind === 'one_to_one'
            ? t('overview.home.oneToOne', { name: c.with })
            : c.kind === 'peer_group'
              ? t('overview.home.peerGroup', { team: c.with })
              : t('overview.home.team', { team: c.with });
        return (
          <Group key={c.id} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {what}
              </Text>
              <Text size="sm" c="gray.7">
                {formatDate(c.startsAt, 'dateTime')}
              </Text>
            </Stack>
            <Anchor
              component={Link}
              to={`/conversations/${c.id}`}
              size="sm"
              aria-label={`${t('overview.home.prepare')}: ${what}`}
            >
              {t('overview.home.prepare')}
            </Anchor>
          </Group>
        );
      })}
    </Stack>
  );
}

function Agreements({ items }: { items: HomeAnswer['agreements'] }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <Text c="gray.7">{t('overview.home.noAgreements')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((a) => (
        <Group key={a.id} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minWidth: 0 }}>
            {a.conversationId ? (
              <Anchor
                component={Link}
                to={`/conversations/${a.conversationId}`}
                style={{ overflowWrap: 'anywhere' }}
              >
                {a.text}
              </Anchor>
            ) : (
              <Text style={{ overflowWrap: 'anywhere' }}>{a.text}</Text>
            )}
            <Text size="sm" c="gray.7">
              {a.dueDate ? t('overview.home.due', { date: formatDate(a.dueDate) }) : t('overview.home.noDue')}
            </Text>
          </Stack>
          {a.overdue && (
            <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
              {t('overview.home.overdue')}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function LatestFeedback({ items }: { items: HomeAnswer['feedback'] }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <Text c="gray.7">{t('overview.home.noFeedback')}</Text>;
  return (
    <Stack gap="xs">
      {items.map((f) => (
        <Text key={f.id} size="sm">
          {t('overview.home.feedbackFrom', {
            kind: t(`feedback.kinds.${f.kind}` as MessageKey),
            name: f.from || t('overview.home.someone'),
            date: formatDate(f.createdAt),
          })}
        </Text>
      ))}
      <Anchor component={Link} to="/feedback" size="sm">
        {t('overview.home.allFeedback')}
      </Anchor>
    </Stack>
  );
}

/** The start page: what the signed-in person does next — goals, conversations, agreements, feedback. */
export function HomePage() {
  const { t } = useI18n();
  const { data: me } = useMe();
  const home = useQuery({ queryKey: ['home'], queryFn: () => get<HomeAnswer>('/home') });
  if (!me) return null;
  const firstName = me.person.name.split(' ')[0] ?? me.person.name;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('overview.home.hello', { name: firstName })}</Title>
        <Text c="gray.7">
          {me.organisation.name}
          {me.memberships.length > 0
            ? ` · ${[...new Set(me.memberships.map((m) => m.unitName))].join(', ')}`
            : ''}
        </Text>
      </Stack>
      <Group gap="sm" wrap="wrap">
        <Button component={Link} to="/feedback/new">
          {t('overview.home.giveFeedback')}
        </Button>
        <Button component={Link} to="/goals" variant="default">
          {t('overview.home.myGoals')}
        </Button>
        <Button component={Link} to="/conversations" variant="default">
          {t('overview.home.conversations')}
        </Button>
        {me.abilities.lead && (
          <Button component={Link} to="/overview" variant="default">
            {t('overview.home.overview')}
          </Button>
        )}
      </Group>
      {home.data && (
        <FirstStep
          home={home.data}
          staff={me.memberships.some((m) => ['employee', 'resource_person', 'leader'].includes(m.role))}
        />
      )}
      {me.abilities.readCoverage && <CoverageSummary today={localDay(new Date())} />}
      {me.abilities.lead && <AreaSummary />}
      {me.memberships.some((m) => m.role === 'resource_person') && <SupportPanel />}
      {home.isPending ? (
        <Loading />
      ) : home.isError ? (
        <LoadError error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <HomePanel id="home-goals" title={t('overview.home.goalsTitle')}>
            <Goals goals={home.data.goals} />
          </HomePanel>
          <HomePanel id="home-upcoming" title={t('overview.home.upcomingTitle')}>
            <Upcoming items={home.data.upcoming} />
          </HomePanel>
          <HomePanel id="home-agreements" title={t('overview.home.agreementsTitle')}>
            <Agreements items={home.data.agreements} />
          </HomePanel>
          <HomePanel id="home-feedback" title={t('overview.home.feedbackTitle')}>
            <LatestFeedback items={home.data.feedback} />
          </HomePanel>
          {home.data.leader && (
            <HomePanel id="home-leader" title={t('overview.home.leaderTitle')}>
              <Text>{t('overview.home.leads', { count: home.data.leader.people })}</Text>
              <Anchor component={Link} to="/overview">
                {t('overview.home.seeOverview')}
              </Anchor>
            </HomePanel>
          )}
        </SimpleGrid>
      )}
      <MyInitiatives
        heading={(title) => (
          <Title order={3} size="h4" id="my-initiatives">
            {title}
          </Title>
        )}
      />
      <PersonLicences personId={me.person.id} own hideEmpty />
    </Stack>
  );
}
