import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { LoadError, Loading } from '../../../web/components/states';
import { AGENDA_SECTIONS } from '../constants';
import type { Agreement } from '../answers';
import { isTeamView, usePrintView } from './api';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section" style={{ breakInside: 'avoid' }}>
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * /conversations/$conversationId/print: a clean record of the conversation on paper (a 1:1, a
 * team's or a peer group's). It reads the print view of the API, which holds no private note —
 * not even the reader's own.
 */
export function PrintPage({ conversationId }: { conversationId: string }) {
  const { t, formatDate } = useI18n();
  const query = usePrintView(conversationId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const c = d.conversation;
  const none = <Text c="gray.7">{t('conversations.print.none')}</Text>;
  const agreements = (list: Agreement[]) =>
    list.length === 0 ? (
      none
    ) : (
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('conversations.during.agreementText')}</Table.Th>
            <Table.Th>{t('conversations.during.owner')}</Table.Th>
            <Table.Th>{t('conversations.during.dueDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {a.done ? '✓ ' : ''}
                {a.text}
              </Table.Td>
              <Table.Td>{a.owner.name}</Table.Td>
              <Table.Td>{a.dueDate ? formatDate(a.dueDate) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  return (
    <Stack gap="md" maw={800}>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/conversations/${c.id}`}>
          {t('conversations.print.back')}
        </Anchor>
        <Button onClick={() => window.print()}>{t('common.actions.print')}</Button>
      </Group>
      <Title order={2}>
        {isTeamView(d)
          ? t('conversations.team.printTitle', { team: d.team.name })
          : t('conversations.print.title', { leader: d.leader.name, subject: d.subject.name })}
      </Title>
      <Text>
        {t('conversations.print.date')}: {formatDate(c.startsAt, 'dateTime')} ·{' '}
        {t('conversations.print.status')}: {t(`conversations.status.${c.status}`)}
      </Text>
      {isTeamView(d) && (
        <Block title={t('conversations.team.printParticipants')}>
          <Text>
            {d.participants
              .map((p) =>
                p.role === 'facilitator'
                  ? `${p.name} (${t('conversations.team.participants.facilitator').toLowerCase()})`
                  : p.name,
              )
              .join(', ')}
          </Text>
        </Block>
      )}
      <Block
        title={
          isTeamView(d) ? t('conversations.team.printPrevious') : t('conversations.print.previousAgreements')
        }
      >
        {agreements(d.previousAgreements)}
      </Block>
      <Block
        title={isTeamView(d) ? t('conversations.team.goalsTitle') : t('conversations.prepare.goalsTitle')}
      >
        {d.goalsInFocus.length === 0 ? none : d.goalsInFocus.map((g) => <Text key={g.id}>• {g.title}</Text>)}
      </Block>
      <Block title={t('conversations.print.agenda')}>
        {d.agenda.length === 0
          ? none
          : AGENDA_SECTIONS.map((s) => {
              const items = d.agenda.filter((a) => a.section === s);
              return items.length === 0 ? null : (
                <Stack key={s} gap={2}>
                  <Text fw={600}>{t(`conversations.prepare.sections.${s}`)}</Text>
                  {items.map((a) => (
                    <Text key={a.id} style={{ overflowWrap: 'anywhere' }}>
                      {a.done ? '✓' : '•'} {a.text}
                    </Text>
                  ))}
                </Stack>
              );
            })}
      </Block>
      <Block title={t('conversations.print.notes')}>
        {c.sharedNotes ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.sharedNotes}</Text>
        ) : (
          none
        )}
      </Block>
      <Block title={t('conversations.during.agreements')}>{agreements(d.agreements)}</Block>
      <Block title={t('conversations.after.summary')}>
        {c.summary ? (
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.summary}</Text>
        ) : (
          none
        )}
      </Block>
    </Stack>
  );
}
