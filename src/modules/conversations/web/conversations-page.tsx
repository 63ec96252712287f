import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader, Section } from '../../../web/components/page-header';
import { Empty, LoadError, Loading } from '../../../web/components/states';
import type { ConversationListItem } from '../answers';
import { useConversations, useLedPeople } from './api';
import { ScheduleModal } from './schedule-modal';

export const STATUS_COLOR = { planned: 'blue', held: 'teal', cancelled: 'gray' } as const;
/** Dark text on the light badges keeps the contrast above 4.5:1. */
export const STATUS_TEXT = { planned: 'blue.9', held: '#065f46', cancelled: 'gray.9' } as const;

/** /conversations: my upcoming and past 1:1s and team conversations; a leader plans a 1:1, a person proposes one. */
export function ConversationsPage() {
  const { t } = useI18n();
  const list = useConversations();
  const leads = Boolean(list.data?.can.schedule);
  const led = useLedPeople(leads);
  // `?plan=<person>`: a leader came to plan a 1:1 with that person (from their development page).
  const { plan } = useSearch({ strict: false }) as { plan?: string };
  const [modal, setModal] = useState<'schedule' | 'propose' | null>(plan ? 'schedule' : null);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('conversations.list.title')}
        actions={
          list.data ? (
            <>
              {list.data.can.schedule && (
                <Button onClick={() => setModal('schedule')}>{t('conversations.list.schedule')}</Button>
              )}
              {list.data.can.propose && (
                <Button
                  variant={list.data.can.schedule ? 'default' : 'filled'}
                  onClick={() => setModal('propose')}
                >
                  {t('conversations.list.propose')}
                </Button>
              )}
            </>
          ) : undefined
        }
      >
        <Text c="gray.7">{t('conversations.list.intro')}</Text>
      </PageHeader>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Section title={t('conversations.list.upcoming')} id="conversations-upcoming">
            {list.data.upcoming.length === 0 ? (
              <Empty>{t('conversations.list.upcomingEmpty')}</Empty>
            ) : (
              list.data.upcoming.map((c) => <ConversationRow key={c.id} item={c} />)
            )}
          </Section>
          <Section title={t('conversations.list.past')} id="conversations-past">
            {list.data.past.length === 0 ? (
              <Empty>{t('conversations.list.pastEmpty')}</Empty>
            ) : (
              list.data.past.map((c) => <ConversationRow key={c.id} item={c} />)
            )}
          </Section>
          <ScheduleModal
            opened={modal === 'propose' || (modal === 'schedule' && leads && led.isSuccess)}
            onClose={() => setModal(null)}
            mode={modal ?? 'schedule'}
            people={modal === 'propose' ? list.data.myLeaders : (led.data?.people ?? [])}
            personId={modal === 'schedule' ? plan : undefined}
          />
        </>
      )}
    </Stack>
  );
}

function ConversationRow({ item }: { item: ConversationListItem }) {
  const { t, formatDate } = useI18n();
  const when = formatDate(item.startsAt, 'dateTime');
  const title =
    'team' in item
      ? t(item.kind === 'peer_group' ? 'conversations.list.peerGroup' : 'conversations.list.team', {
          team: item.team.name,
        })
      : t('conversations.list.with', { name: (item.myRole === 'subject' ? item.leader : item.subject).name });
  const role =
    'team' in item
      ? item.myRole === 'facilitator'
        ? t('conversations.list.youFacilitate')
        : t('conversations.list.youTakePart')
      : item.myRole === 'leader'
        ? t('conversations.list.youLead')
        : t('conversations.list.aboutYou');
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            component={Link}
            to={`/conversations/${item.id}`}
            fw={600}
            aria-label={
              'team' in item
                ? t('conversations.list.openTitled', { title, when })
                : t('conversations.list.open', {
                    name: (item.myRole === 'subject' ? item.leader : item.subject).name,
                    when,
                  })
            }
            style={{ overflowWrap: 'anywhere' }}
          >
            {title}
          </Anchor>
          <Text size="sm" c="gray.7">
            {when}
            {item.location ? ` · ${item.location}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {role}
          </Badge>
          <Badge variant="light" color={STATUS_COLOR[item.status]} c={STATUS_TEXT[item.status]}>
            {t(`conversations.status.${item.status}`)}
          </Badge>
        </Group>
      </Group>
    </Card>
  );
}
