import { Alert, Badge, Box, Button, Card, Divider, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../../web/i18n';
import { PageHeader } from '../../../web/components/page-header';
import { LoadError, Loading } from '../../../web/components/states';
import type { ConversationDetail, TeamConversationDetail } from '../answers';
import { isTeamView, useConversation } from './api';
import { AddAgendaItem, AgendaList, AgendaOverview, GoalsInFocus } from './agenda';
import { AddAgreement, AgreementList } from './agreements';
import { AfterPart } from './after-part';
import { BringGoal } from './bring-goal';
import { CancelModal, MoveModal } from './move-modal';
import { PrivateNote, SharedText } from './notes';
import { Participants } from './participants';
import { STATUS_COLOR, STATUS_TEXT } from './conversations-page';
import { AttachedPackages } from '../../library/web/index';

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

const MOMENT_TITLE = {
  before: 'conversations.prepare.title',
  during: 'conversations.during.title',
  after: 'conversations.after.title',
} as const;

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={4}>{title}</Title>
      {children}
    </Stack>
  );
}

/** The title and trail: a 1:1 is named by the other person, a team conversation by its team. */
function useHeading(d: ConversationDetail) {
  const { t } = useI18n();
  if (isTeamView(d)) {
    const peer = d.conversation.kind === 'peer_group';
    return {
      title: peer
        ? t('conversations.team.titlePeer', { team: d.team.name })
        : t('conversations.team.title', { team: d.team.name }),
      crumbs: [
        {
          label: t('conversations.team.backToTeam', { team: d.team.name }),
          to: `/team-development/${d.team.id}`,
        },
      ],
    };
  }
  const other = d.access === 'subject' ? d.leader : d.subject;
  return {
    title: t('conversations.detail.title', {
      name: d.access === 'observer' ? `${d.leader.name} / ${d.subject.name}` : other.name,
    }),
    crumbs: [{ label: t('conversations.list.title'), to: '/conversations' }],
  };
}

type Moment = 'before' | 'during' | 'after';

/**
 * The step a conversation opens on: preparing until the day it starts, the talk itself from then
 * until it is held, the summary and next date once held (or cancelled).
 */
function momentOf(c: ConversationDetail['conversation'], now = Date.now()): Moment {
  if (c.status !== 'planned') return 'after';
  const startsAt = new Date(c.startsAt).getTime();
  return startsAt - now > 12 * 60 * 60 * 1000 ? 'before' : 'during';
}

/**
 * /conversations/$conversationId: any conversation — a 1:1, a team's (TUS) or a peer group's —
 * in three steps, one at a time: before (both prepare), during (the talk, usable on a tablet in
 * the room) and after (summary, next date).
 */
export function ConversationPage({ conversationId }: { conversationId: string }) {
  const query = useConversation(conversationId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  return <Conversation detail={query.data} />;
}

function Conversation({ detail: d }: { detail: ConversationDetail }) {
  const { t, formatDate } = useI18n();
  const [modal, setModal] = useState<'move' | 'cancel' | null>(null);
  const [moment, setMoment] = useState<Moment>(() => momentOf(d.conversation));
  const heading = useHeading(d);
  const c = d.conversation;
  const team = isTeamView(d) ? d : null;
  const open = d.can.edit && c.status !== 'cancelled';
  const facilitator = team?.participants.find((p) => p.role === 'facilitator');

  return (
    <Stack gap="lg">
      <PageHeader
        title={heading.title}
        crumbs={heading.crumbs}
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
            <Button component={Link} to={`/conversations/${c.id}/print`} variant="default">
              {t('conversations.detail.print')}
            </Button>
          </>
        }
      >
        <Group gap="xs">
          <Text c="gray.7">
            {t('conversations.detail.when', {
              when: formatDate(c.startsAt, 'dateTime'),
              minutes: c.durationMinutes,
            })}
            {c.location ? ` · ${c.location}` : ''}
            {facilitator ? ` · ${t('conversations.team.participants.facilitator')}: ${facilitator.name}` : ''}
          </Text>
          <Badge variant="light" color={STATUS_COLOR[c.status]} c={STATUS_TEXT[c.status]}>
            {t(`conversations.status.${c.status}`)}
          </Badge>
        </Group>
      </PageHeader>
      {d.access === 'observer' && (
        <Alert color="blue">
          {isTeamView(d)
            ? t('conversations.team.observer')
            : t('conversations.detail.observer', { name: d.subject.name })}
        </Alert>
      )}
      {c.status === 'cancelled' && <Alert color="gray">{t('conversations.detail.cancelledNote')}</Alert>}

      <Tabs value={moment} onChange={(v) => v && setMoment(v as Moment)} keepMounted={false}>
        <Tabs.List aria-label={t('conversations.moments.label')} grow>
          {(['before', 'during', 'after'] as const).map((m) => (
            // On a phone the three tabs fit one line with the step alone; the name keeps the title.
            <Tabs.Tab
              key={m}
              value={m}
              aria-label={`${t(`conversations.moments.${m}`)}: ${t(MOMENT_TITLE[m])}`}
            >
              {t(`conversations.moments.${m}`)}
              <Box component="span" visibleFrom="xs">
                : {t(MOMENT_TITLE[m])}
              </Box>
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="before" pt="md">
          <Part id="part-prepare" title={t('conversations.prepare.title')}>
            <Text c="gray.7" size="sm">
              {team ? t('conversations.team.prepareIntro') : t('conversations.prepare.intro')}
            </Text>
            {team && (
              <Sub title={t('conversations.team.participants.title')}>
                <Participants detail={team} />
              </Sub>
            )}
            <Sub title={t('conversations.print.agenda')}>
              <AgendaOverview detail={d} />
              {open && <AddAgendaItem detail={d} />}
            </Sub>
            {team?.can.bringGoal && (
              <Sub title={t('conversations.team.bring.title')}>
                <BringGoal detail={team} />
              </Sub>
            )}
            <Sub title={team ? t('conversations.team.goalsTitle') : t('conversations.prepare.goalsTitle')}>
              <GoalsInFocus detail={d} />
            </Sub>
          </Part>
        </Tabs.Panel>
        <Tabs.Panel value="during" pt="md">
          <Part id="part-during" title={t('conversations.during.title')}>
            {team && <FrameCard detail={team} />}
            <Sub title={team ? t('conversations.team.followUp') : t('conversations.during.followUp')}>
              {d.previousAgreements.length === 0 ? (
                <Text c="gray.7" size="sm">
                  {team ? t('conversations.team.followUpEmpty') : t('conversations.during.followUpEmpty')}
                </Text>
              ) : (
                <AgreementList detail={d} agreements={d.previousAgreements} />
              )}
            </Sub>
            <Sub title={team ? t('conversations.team.goals') : t('conversations.during.goals')}>
              <GoalsInFocus detail={d} />
              <AgendaList detail={d} section="goals" />
            </Sub>
            <Divider />
            <Card bg="gray.0" padding="sm" radius="md">
              <Sub title={t('conversations.during.bigAndSmall')}>
                <Text size="sm" c="gray.7">
                  {team
                    ? t('conversations.team.bigAndSmallIntro')
                    : t('conversations.during.bigAndSmallIntro')}
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
              help={
                team ? t('conversations.team.sharedNotesHelp') : t('conversations.during.sharedNotesHelp')
              }
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
              {open && <AddAgreement detail={d} />}
            </Sub>
          </Part>
        </Tabs.Panel>
        <Tabs.Panel value="after" pt="md">
          <Part id="part-after" title={t('conversations.after.title')}>
            <SharedText
              detail={d}
              field="summary"
              label={t('conversations.after.summary')}
              help={team ? t('conversations.team.summaryHelp') : t('conversations.after.summaryHelp')}
              saveLabel={t('conversations.after.saveSummary')}
              savedLabel={t('conversations.after.summarySaved')}
            />
            <AfterPart detail={d} />
          </Part>
        </Tabs.Panel>
      </Tabs>

      <AttachedPackages entityKind="conversation" entityId={d.conversation.id} />

      {d.can.move && <MoveModal detail={d} opened={modal === 'move'} onClose={() => setModal(null)} />}
      {d.can.cancel && <CancelModal detail={d} opened={modal === 'cancel'} onClose={() => setModal(null)} />}
    </Stack>
  );
}

/**
 * How a team conversation is run: the reflective-dialogue frame (purpose, rounds, the team's
 * guidelines) on everyone's phone, and the shared screen for the one leading it.
 */
function FrameCard({ detail }: { detail: TeamConversationDetail }) {
  const { t } = useI18n();
  const id = detail.conversation.id;
  return (
    <Card withBorder padding="sm" radius="md" bg="blue.0">
      <Stack gap="xs">
        <Title order={4}>{t('conversations.team.frame.title')}</Title>
        <Text size="sm">{t('conversations.team.frame.intro')}</Text>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/conversations/${id}/frame`}
            variant={detail.can.facilitate ? 'default' : 'filled'}
          >
            {t('conversations.team.frame.open')}
          </Button>
          {detail.can.facilitate && (
            <Button component={Link} to={`/conversations/${id}/screen`}>
              {t('conversations.team.frame.screen')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
