import { Alert, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { PageHeader } from '../../org/web/components/page-header';
import { LoadError, Loading } from '../../org/web/components/states';
import { notifySuccess } from '../../org/web/components/notify';
import { refreshConversations, useConversation, type ConversationDetail } from './api';
import { AddAgendaItem, AgendaList, AgendaOverview, GoalsInFocus, useSetDetail } from './agenda';
import { AddAgreement, AgreementList } from './agreements';
import { CancelModal, MoveModal } from './move-modal';
import { PrivateNote, SharedText } from './notes';
import { STATUS_COLOR, STATUS_TEXT } from './conversations-page';
import { TeamConversationView } from '../../teams-dev/web/team-conversation-view';

/** A numbered part of the page (h3), set apart so the three phases read clearly. */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={3} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

/** /conversations/$conversationId: before (Forberedelse), during (Samtalen) and after (Opsummering). */
export function ConversationPage({ conversationId }: { conversationId: string }) {
  const { t, formatDate } = useI18n();
  const query = useConversation(conversationId);
  const [modal, setModal] = useState<'move' | 'cancel' | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  // Team and peer-group conversations have their own view (participants, goals brought in).
  if ((d.conversation.kind as string) !== 'one_to_one') return <TeamConversationView conversationId={conversationId} />;
  const c = d.conversation;
  const other = d.access === 'leader' ? d.subject : d.access === 'subject' ? d.leader : d.subject;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('conversations.detail.title', { name: d.access === 'observer' ? `${d.leader.name} / ${d.subject.name}` : other.name })}
        crumbs={[{ label: t('conversations.list.title'), to: '/conversations' }]}
        crumbsLabel={t('conversations.detail.crumbs')}
        actions={
          <>
            {d.can.move && (
              <Button variant="default" onClick={() => setModal('move')}>
                {t('conversations.detail.move')}
              </Button>
            )}
            {d.can.cancel && (
              <Button variant="default" color="red" onClick={() => setModal('cancel')}>
                {t('conversations.detail.cancel')}
              </Button>
            )}
            <Button component={Link} to={`/conversations/${c.id}/frame`} variant="default">
              {t('dialogue.link')}
            </Button>
            <Button component={Link} to={`/conversations/${c.id}/print`} variant="default">
              {t('conversations.detail.print')}
            </Button>
          </>
        }
      >
        <Group gap="xs">
          <Text c="gray.7">
            {t('conversations.detail.when', { when: formatDate(c.startsAt, 'dateTime'), minutes: c.durationMinutes })}
            {c.location ? ` · ${c.location}` : ''}
          </Text>
          <Badge variant="light" color={STATUS_COLOR[c.status]} c={STATUS_TEXT[c.status]}>
            {t(`conversations.status.${c.status}`)}
          </Badge>
        </Group>
      </PageHeader>
      {d.access === 'observer' && <Alert color="blue">{t('conversations.detail.observer', { name: d.subject.name })}</Alert>}
      {c.status === 'cancelled' && <Alert color="gray">{t('conversations.detail.cancelledNote')}</Alert>}

      <Part id="part-prepare" title={t('conversations.prepare.title')}>
        <Text c="gray.7" size="sm">
          {t('conversations.prepare.intro')}
        </Text>
        <AgendaOverview detail={d} />
        {d.can.edit && c.status !== 'cancelled' && <AddAgendaItem detail={d} />}
        <Sub title={t('conversations.prepare.goalsTitle')}>
          <GoalsInFocus detail={d} />
        </Sub>
      </Part>

      <Part id="part-during" title={t('conversations.during.title')}>
        <Sub title={t('conversations.during.followUp')}>
          {d.previousAgreements.length === 0 ? (
            <Text c="gray.7" size="sm">
              {t('conversations.during.followUpEmpty')}
            </Text>
          ) : (
            <AgreementList detail={d} agreements={d.previousAgreements} />
          )}
        </Sub>
        <Sub title={t('conversations.during.goals')}>
          <GoalsInFocus detail={d} />
          <AgendaList detail={d} section="goals" />
        </Sub>
        <Divider />
        <Card bg="gray.0" padding="sm" radius="md">
          <Sub title={t('conversations.during.bigAndSmall')}>
            <Text size="sm" c="gray.7">
              {t('conversations.during.bigAndSmallIntro')}
            </Text>
            <AgendaList detail={d} section="big_and_small" />
          </Sub>
        </Card>
        <Sub title={t('conversations.during.other')}>
          <AgendaList detail={d} section="other" />
        </Sub>
        <Divider />
        <SharedText
          detail={d}
          field="sharedNotes"
          label={t('conversations.during.sharedNotes')}
          help={t('conversations.during.sharedNotesHelp')}
          saveLabel={t('conversations.during.saveNotes')}
          savedLabel={t('conversations.during.notesSaved')}
        />
        <PrivateNote detail={d} />
        <Sub title={t('conversations.during.agreements')}>
          {d.agreements.length === 0 ? (
            <Text c="gray.7" size="sm">
              {t('conversations.during.agreementsEmpty')}
            </Text>
          ) : (
            <AgreementList detail={d} agreements={d.agreements} />
          )}
          {d.can.edit && c.status !== 'cancelled' && <AddAgreement detail={d} />}
        </Sub>
      </Part>

      <Part id="part-after" title={t('conversations.after.title')}>
        <SharedText
          detail={d}
          field="summary"
          label={t('conversations.after.summary')}
          help={t('conversations.after.summaryHelp')}
          saveLabel={t('conversations.after.saveSummary')}
          savedLabel={t('conversations.after.summarySaved')}
        />
        <AfterPart detail={d} />
      </Part>

      {d.can.move && <MoveModal key={`move-${c.version}`} detail={d} opened={modal === 'move'} onClose={() => setModal(null)} />}
      {d.can.cancel && <CancelModal detail={d} opened={modal === 'cancel'} onClose={() => setModal(null)} />}
    </Stack>
  );
}

/** Marking it held, then the next date from the cadence, planned in one click by the leader. */
function AfterPart({ detail }: { detail: ConversationDetail }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const c = detail.conversation;
  const setDetail = useSetDetail(c.id);
  const hold = useMutation({
    mutationFn: () => post<ConversationDetail>(`/conversations/${c.id}/hold`, { version: c.version }),
    onSuccess: (d) => {
      setDetail(d);
      notifySuccess(t('conversations.after.held'));
    },
  });
  const next = detail.next;
  const scheduleNext = useMutation({
    mutationFn: () =>
      post<ConversationDetail>('/conversations', {
        kind: 'one_to_one',
        personId: detail.subject.id,
        startsAt: next!.proposedStartsAt,
        durationMinutes: c.durationMinutes,
        location: c.location,
      }),
    onSuccess: async () => {
      notifySuccess(t('conversations.after.scheduledNext'));
      await refreshConversations(queryClient);
    },
  });
  const error = hold.error ?? scheduleNext.error;
  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      ) : null}
      {c.status === 'planned' && detail.can.hold && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="gray.7">
            {t('conversations.after.afterHold')}
          </Text>
          <Button onClick={() => hold.mutate()} loading={hold.isPending}>
            {t('conversations.after.hold')}
          </Button>
        </Group>
      )}
      {c.status === 'held' && c.heldAt && <Text size="sm">{t('conversations.after.heldOn', { date: formatDate(c.heldAt) })}</Text>}
      {next && (
        <Stack gap="xs">
          <Title order={4}>{t('conversations.after.next')}</Title>
          {next.planned ? (
            <Text>{t('conversations.after.nextPlanned', { when: formatDate(next.planned.startsAt, 'dateTime') })}</Text>
          ) : (
            <Group justify="space-between" wrap="wrap">
              <Text>{t('conversations.after.nextProposed', { when: formatDate(next.proposedStartsAt, 'dateTime'), weeks: next.intervalWeeks })}</Text>
              {detail.can.scheduleNext && (
                <Button onClick={() => scheduleNext.mutate()} loading={scheduleNext.isPending}>
                  {t('conversations.after.scheduleNext')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
