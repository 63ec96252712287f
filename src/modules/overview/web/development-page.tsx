import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useI18n } from '../../../web/i18n';
import type { MessageKey } from '../../../web/i18n/catalogue';
import { get } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { ConversationRef, DevelopmentAnswer } from '../answers';
import { PersonLicences } from '../../licences/web/index';
import { phaseKey } from './api';
import { MyInitiatives } from '../../competence/web/index';

const PHASES = 6;

/** What a leader can do next for the person: plan a 1:1, give feedback, open a stalled circle. */
function NextSteps({ d }: { d: DevelopmentAnswer }) {
  const { t, formatDate } = useI18n();
  const stalled = d.goals.filter((g) => g.status === 'in_focus' && g.stalled && g.circle);
  const next = d.conversations.upcoming[0];
  return (
    <Section title={t('overview.development.next.title')} id="dev-next">
      <Stack gap="xs">
        {next && (
          <Text size="sm">{t('overview.development.next.planned', { date: formatDate(next.startsAt) })}</Text>
        )}
        <Group gap="sm">
          {!next && (
            <Button component={Link} to={`/conversations?plan=${d.person.id}`}>
              {t('overview.development.next.plan')}
            </Button>
          )}
          <Button
            component={Link}
            to={`/feedback/new?to=${d.person.id}`}
            variant={next ? 'filled' : 'default'}
          >
            {t('overview.development.next.feedback')}
          </Button>
        </Group>
        {stalled.map((g) => (
          <Anchor key={g.id} component={Link} to={`/circles/${g.circle!.id}`}>
            {t('overview.development.next.stalled', { goal: g.title })}
          </Anchor>
        ))}
      </Stack>
    </Section>
  );
}

function Conversations({ items }: { items: ConversationRef[] }) {
  const { t, formatDate } = useI18n();
  if (items.length === 0) return <Empty>{t('overview.development.noConversations')}</Empty>;
  return (
    <List spacing={4}>
      {items.map((c) => (
        <List.Item key={c.id}>
          <Anchor component={Link} to={`/conversations/${c.id}`}>
            {formatDate(c.startsAt, 'dateTime')}
          </Anchor>{' '}
          <Text span size="sm" c="gray.7">
            {t(`overview.development.conversationStatus.${c.status}` as MessageKey)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The development page of one person, for them and their nearest leaders (the server answers 404 to anyone else). */
export function DevelopmentView({ personId }: { personId: string }) {
  const { t, formatDate } = useI18n();
  const dev = useQuery({
    queryKey: ['development', personId],
    queryFn: () => get<DevelopmentAnswer>(`/development/${personId}`),
  });
  const year = new Date().getFullYear();
  if (dev.isPending) return <Loading />;
  if (dev.isError) return <LoadError error={dev.error} onRetry={() => void dev.refetch()} />;
  const d = dev.data;
  const goalsLink = d.relation === 'self' ? '/goals' : `/goals?personId=${d.person.id}`;

  return (
    <Stack gap="lg" maw={900}>
      <PageHeader
        title={
          d.relation === 'self'
            ? t('overview.development.titleMine')
            : t('overview.development.title', { name: d.person.name })
        }
        actions={
          <Button component={Link} to={`/development/${d.person.id}/year/${year}`} variant="light">
            {t('overview.development.year', { year })}
          </Button>
        }
      >
        <Text c="dimmed">{d.person.units.map((u) => u.name).join(', ')}</Text>
      </PageHeader>

      {d.relation === 'leader' && <NextSteps d={d} />}

      <Section title={t('overview.development.goals')} id="dev-goals">
        {d.goals.length === 0 ? (
          <Empty>{t('overview.development.noGoals')}</Empty>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {d.goals.map((g) => (
              <Card key={g.id} withBorder padding="sm">
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/goals/${g.id}`} fw={600}>
                      {g.title}
                    </Anchor>
                    <Badge variant="outline" style={{ flexShrink: 0 }}>
                      {t(`goals.status.${g.status}` as MessageKey)}
                    </Badge>
                  </Group>
                  {g.circle && (
                    <Anchor component={Link} to={`/circles/${g.circle.id}`} size="sm">
                      {t('overview.development.circle', {
                        phase: t(phaseKey(g.circle.phase) as MessageKey),
                        done: Math.round(g.circle.progress * PHASES),
                        total: PHASES,
                      })}
                    </Anchor>
                  )}
                  {g.circle?.deadline && (
                    <Text size="sm" c="gray.7">
                      {t('overview.development.deadline', { date: formatDate(g.circle.deadline) })}
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
        <Anchor component={Link} to={goalsLink} size="sm">
          {t('overview.development.allGoals')}
        </Anchor>
      </Section>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Section title={t('overview.development.upcoming')} id="dev-upcoming">
          <Conversations items={d.conversations.upcoming} />
        </Section>
        <Section title={t('overview.development.past')} id="dev-past">
          <Conversations items={d.conversations.past} />
        </Section>
      </SimpleGrid>

      <Section title={t('overview.development.agreements')} id="dev-agreements">
        {d.openAgreements.length === 0 ? (
          <Empty>{t('overview.development.noAgreements')}</Empty>
        ) : (
          <List spacing={4}>
            {d.openAgreements.map((a) => (
              <List.Item key={a.id}>
                {a.conversationId ? (
                  <Anchor component={Link} to={`/conversations/${a.conversationId}`}>
                    {a.text}
                  </Anchor>
                ) : (
                  a.text
                )}
                {a.dueDate && (
                  <Text span size="sm" c="gray.7">
                    {' '}
                    ({t('overview.development.due', { date: formatDate(a.dueDate) })})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Section>

      <Text>{t('overview.development.feedbackCount', { count: d.feedbackCount })}</Text>
      <PersonLicences personId={d.person.id} own={d.relation === 'self'} hideEmpty />
    </Stack>
  );
}

/** /development/$personId */
export function DevelopmentPage() {
  const { personId } = useParams({ strict: false }) as { personId: string };
  return <DevelopmentView key={personId} personId={personId} />;
}

/** /development: one's own development page. */
export function MyDevelopmentPage() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError || !me.data) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  return (
    <Stack gap="lg">
      <DevelopmentView personId={me.data.person.id} />
      <MyInitiatives
        heading={(title) => (
          <Title order={3} size="h4" id="my-initiatives">
            {title}
          </Title>
        )}
      />
    </Stack>
  );
}
