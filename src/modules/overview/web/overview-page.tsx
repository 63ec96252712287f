import { Alert, Anchor, Badge, Card, Group, Chip, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { get } from '../../../web/lib/api';
import { InitiativeStates } from '../../competence/web/index';
import { PageHeader } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { Nudge, OverviewAnswer, OverviewPerson } from '../answers';
import type { TeamNudgesAnswer } from '../../teams-dev/web/index';
import { phaseKey } from './api';

/** Where a leader acts on a nudge. */
function nudgeAction(person: OverviewPerson, nudge: Nudge): { to: string; label: MessageKey } {
  switch (nudge.kind) {
    case 'one_to_one_due':
      return { to: `/conversations?plan=${person.id}`, label: 'overview.nudge.act.conversations' };
    case 'overdue_agreements':
      return { to: `/development/${person.id}`, label: 'overview.nudge.act.agreements' };
    case 'no_feedback':
      return { to: `/feedback/new?to=${person.id}`, label: 'overview.nudge.act.feedback' };
    case 'circle_deadline_passed':
    case 'circle_untouched': {
      // The stalled circle itself, not the list of goals it hides in.
      const circle = person.goals.find((g) => g.id === nudge.goalId)?.circle;
      if (circle) return { to: `/circles/${circle.id}`, label: 'overview.nudge.act.circle' };
      return { to: `/goals?personId=${person.id}`, label: 'overview.nudge.act.goals' };
    }
    default:
      return { to: `/goals?personId=${person.id}`, label: 'overview.nudge.act.goals' };
  }
}

function Goals({ person }: { person: OverviewPerson }) {
  const { t, formatDate } = useI18n();
  if (person.goals.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('overview.overview.noGoals')}
      </Text>
    );
  return (
    <Stack gap={4}>
      {person.goals.map((g) => (
        <div key={g.id}>
          <Anchor component={Link} to={`/goals/${g.id}`} size="sm">
            {g.title}
          </Anchor>
          <Text size="xs" c="gray.7">
            {!g.circle
              ? t('overview.overview.noCircle')
              : g.circle.deadline
                ? t('overview.overview.phase', {
                    phase: t(phaseKey(g.circle.phase) as MessageKey),
                    deadline: formatDate(g.circle.deadline),
                  })
                : t('overview.overview.phaseNoDeadline', {
                    phase: t(phaseKey(g.circle.phase) as MessageKey),
                  })}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function OneToOnes({ person }: { person: OverviewPerson }) {
  const { t, formatDate } = useI18n();
  const none = t('overview.overview.none');
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('overview.overview.last', { date: person.lastOneToOne ? formatDate(person.lastOneToOne) : none })}
      </Text>
      <Text size="sm">
        {t('overview.overview.next', { date: person.nextOneToOne ? formatDate(person.nextOneToOne) : none })}
      </Text>
    </Stack>
  );
}

function Nudges({ person }: { person: OverviewPerson }) {
  const { t } = useI18n();
  if (person.nudges.length === 0)
    return (
      <Text size="sm" c="gray.7">
        {t('overview.overview.allGood')}
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {person.nudges.map((n, i) => {
        const action = nudgeAction(person, n);
        return (
          <List.Item key={`${n.kind}-${n.goalId ?? i}`}>
            {t(`overview.nudge.${n.kind}` as MessageKey, { count: n.count ?? 0 })}{' '}
            <Anchor component={Link} to={action.to} size="sm">
              {t(action.label)}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}

function PersonName({ person }: { person: OverviewPerson }) {
  const { t } = useI18n();
  return (
    <Stack gap={0}>
      <Anchor
        component={Link}
        to={`/development/${person.id}`}
        fw={600}
        aria-label={`${person.name}: ${t('overview.overview.open')}`}
      >
        {person.name}
      </Anchor>
      <Text size="xs" c="gray.7">
        {person.units.map((u) => u.name).join(', ')}
      </Text>
    </Stack>
  );
}

function FeedbackDays({ person }: { person: OverviewPerson }) {
  const { t } = useI18n();
  return (
    <Text size="sm">
      {person.daysSinceFeedback === null
        ? t('overview.overview.never')
        : t('overview.overview.daysSince', { days: person.daysSinceFeedback })}
    </Text>
  );
}

/** The leader's teams whose team conversation is past its rhythm, each with a link to plan it. */
function TeamNudges() {
  const { t, formatDate } = useI18n();
  const nudges = useQuery({
    queryKey: ['team-nudges'],
    queryFn: () => get<TeamNudgesAnswer>('/team-nudges'),
  });
  const teams = nudges.data?.teams ?? [];
  if (teams.length === 0) return null;
  return (
    <Alert color="yellow" title={t('overview.teams.title')}>
      <List size="sm" spacing={4}>
        {teams.map((team) => (
          <List.Item key={team.id}>
            {team.lastHeldAt
              ? t('overview.teams.since', {
                  team: team.name,
                  date: formatDate(team.lastHeldAt),
                  weeks: team.intervalWeeks,
                })
              : t('overview.teams.never', { team: team.name, weeks: team.intervalWeeks })}{' '}
            <Anchor component={Link} to={`/team-development/${team.id}`} size="sm">
              {t('overview.teams.plan')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

const FILTERS = {
  all: () => true,
  attention: (p: OverviewPerson) => p.nudges.some((n) => n.kind !== 'no_feedback'),
  stalled: (p: OverviewPerson) =>
    p.nudges.some((n) => n.kind === 'circle_deadline_passed' || n.kind === 'circle_untouched'),
  overdue: (p: OverviewPerson) => p.overdueAgreements > 0,
  rhythm: (p: OverviewPerson) => p.nudges.some((n) => n.kind === 'one_to_one_due'),
} as const;
type Filter = keyof typeof FILTERS;

/** Weight of what needs a leader most: a stalled circle, a missed 1:1 rhythm, agreements past due. */
const weight = (p: OverviewPerson) =>
  p.nudges.reduce(
    (sum, n) =>
      sum + (n.kind === 'no_feedback' ? 1 : n.kind === 'circle_untouched' || n.kind === 'no_goal' ? 2 : 3),
    0,
  );

/** /overview: a leader's people at a glance, with what needs attention and a link to act. */
export function OverviewPage() {
  const { t, locale } = useI18n();
  const overview = useQuery({
    queryKey: ['overview'],
    queryFn: () => get<OverviewAnswer>('/overview'),
  });
  const [filter, setFilter] = useState<Filter>('all');
  // Who needs attention comes first; among equals, by name.
  const people = (overview.data?.people ?? [])
    .filter(FILTERS[filter])
    .sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name, locale));
  const everyone = overview.data?.people.length ?? 0;

  return (
    <Stack gap="lg">
      <PageHeader title={t('overview.overview.title')}>
        <Text c="dimmed">{t('overview.overview.intro')}</Text>
      </PageHeader>
      <TeamNudges />
      <InitiativeStates />
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : everyone === 0 ? (
        <Empty>{t('overview.overview.empty')}</Empty>
      ) : (
        <>
          <Chip.Group multiple={false} value={filter} onChange={(v) => setFilter(v as Filter)}>
            <Group gap="xs" role="radiogroup" aria-label={t('overview.overview.filter.label')}>
              {(Object.keys(FILTERS) as Filter[]).map((f) => (
                <Chip key={f} value={f} size="sm">
                  {t(`overview.overview.filter.${f}` as MessageKey, {
                    count: (overview.data?.people ?? []).filter(FILTERS[f]).length,
                  })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {people.length === 0 && <Empty>{t('overview.overview.filter.none')}</Empty>}
          <Table.ScrollContainer minWidth={900} visibleFrom="md">
            <Table verticalSpacing="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('overview.overview.person')}</Table.Th>
                  <Table.Th scope="col">{t('overview.overview.goals')}</Table.Th>
                  <Table.Th scope="col">{t('overview.overview.oneToOnes')}</Table.Th>
                  <Table.Th scope="col">{t('overview.overview.agreements')}</Table.Th>
                  <Table.Th scope="col">{t('overview.overview.feedback')}</Table.Th>
                  <Table.Th scope="col">{t('overview.overview.nudges')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <PersonName person={p} />
                    </Table.Td>
                    <Table.Td>
                      <Goals person={p} />
                    </Table.Td>
                    <Table.Td>
                      <OneToOnes person={p} />
                    </Table.Td>
                    <Table.Td>
                      {p.overdueAgreements > 0 ? (
                        <Badge color="red.8">{p.overdueAgreements}</Badge>
                      ) : (
                        <Text size="sm">0</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <FeedbackDays person={p} />
                    </Table.Td>
                    <Table.Td>
                      <Nudges person={p} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap="sm" hiddenFrom="md">
            {people.map((p) => (
              <Card key={p.id} withBorder padding="sm" component="article">
                {/* Short on a phone: the person and what needs doing; the rest is on their page. */}
                <Stack gap="xs">
                  <PersonName person={p} />
                  <Nudges person={p} />
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
