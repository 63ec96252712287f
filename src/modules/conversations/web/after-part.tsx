import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from '@tanstack/react-router';
import { errorMessage, useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { notifySuccess } from '../../../web/components/notify';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import type { ConversationDetail, TeamConversationDetail } from '../answers';
import { conversationKeys, isTeamView, refreshConversations } from './api';
import { useSetDetail } from './agenda';

/** The next conversation as the two kinds know it: a 1:1's pair rhythm, or the team's. */
function nextOf(detail: ConversationDetail) {
  if (!isTeamView(detail)) {
    const n = detail.next;
    return n
      ? { proposedStartsAt: n.proposedStartsAt, intervalWeeks: n.intervalWeeks, planned: n.planned }
      : null;
  }
  const c = detail.cadence;
  return c
    ? { proposedStartsAt: c.proposedStartsAt, intervalWeeks: c.intervalWeeks, planned: c.nextPlanned }
    : null;
}

/** The same people again: the facilitator and those invited this time who are still on the team. */
function nextTeamConversation(detail: TeamConversationDetail, startsAt: string) {
  const eligible = new Set([...detail.people.members, ...detail.people.leaders].map((p) => p.id));
  const facilitator = detail.participants.find((p) => p.role === 'facilitator' && eligible.has(p.id));
  return {
    kind: detail.conversation.kind,
    teamId: detail.team.id,
    facilitatorId: facilitator?.id ?? null,
    participantIds: detail.participants.filter((p) => eligible.has(p.id)).map((p) => p.id),
    startsAt,
    durationMinutes: detail.conversation.durationMinutes,
    location: detail.conversation.location,
  };
}

/** Marking it held, then the next date from the rhythm, planned in one click. */
export function AfterPart({ detail }: { detail: ConversationDetail }) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const c = detail.conversation;
  const team = isTeamView(detail);
  const setDetail = useSetDetail(c.id);
  const [confirming, setConfirming] = useState(false);
  // The page stays open into the talk: the button comes alive when the conversation begins.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const started = new Date(c.startsAt).getTime() <= now;
  const hold = useMutation({
    mutationFn: () => post<ConversationDetail>(`/conversations/${c.id}/hold`, { version: c.version }),
    onSuccess: (d) => {
      setConfirming(false);
      setDetail(d);
      notifySuccess(t('conversations.after.held'));
    },
    // Someone saved meanwhile: the page gets the new version, and a second click holds it.
    onError: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(c.id) }),
  });
  const next = nextOf(detail);
  const scheduleNext = useMutation({
    mutationFn: () =>
      post<ConversationDetail>(
        '/conversations',
        isTeamView(detail)
          ? nextTeamConversation(detail, next!.proposedStartsAt)
          : {
              kind: 'one_to_one',
              personId: detail.subject.id,
              startsAt: next!.proposedStartsAt,
              durationMinutes: c.durationMinutes,
              location: c.location,
            },
      ),
    onSuccess: async () => {
      notifySuccess(team ? t('conversations.team.scheduledNext') : t('conversations.after.scheduledNext'));
      // Also this one's detail, which then knows its successor.
      await refreshConversations(queryClient);
    },
  });
  const error = scheduleNext.error ?? (confirming ? null : hold.error);
  return (
    <Stack gap="sm">
      {error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      ) : null}
      {c.status === 'planned' && detail.can.hold && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="gray.7" id="hold-help">
            {started
              ? team
                ? t('conversations.team.afterHold')
                : t('conversations.after.afterHold')
              : t('conversations.after.notStarted', { when: formatDate(c.startsAt, 'dateTime') })}
          </Text>
          <Button onClick={() => setConfirming(true)} disabled={!started} aria-describedby="hold-help">
            {t('conversations.after.hold')}
          </Button>
        </Group>
      )}
      {c.status === 'planned' && !detail.can.hold && detail.can.edit && !team && (
        <Text size="sm" c="gray.7">
          {t('conversations.after.leaderHolds')}
        </Text>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('conversations.after.confirmTitle')}
        confirmLabel={t('conversations.after.confirm')}
        onConfirm={() => hold.mutate()}
        loading={hold.isPending}
        error={hold.error}
      >
        {t('conversations.after.confirmText')}
      </ConfirmModal>
      {c.status === 'held' && c.heldAt && (
        <Text size="sm">{t('conversations.after.heldOn', { date: formatDate(c.heldAt) })}</Text>
      )}
      {next && (
        <Stack gap="xs">
          <Title order={4}>{t('conversations.after.next')}</Title>
          {next.planned ? (
            <Group gap="xs" wrap="wrap">
              <Text>
                {team
                  ? t('conversations.team.nextPlanned', {
                      when: formatDate(next.planned.startsAt, 'dateTime'),
                    })
                  : t('conversations.after.nextPlanned', {
                      when: formatDate(next.planned.startsAt, 'dateTime'),
                    })}
              </Text>
              <Anchor component={Link} to={`/conversations/${next.planned.id}`}>
                {t('conversations.after.openNext')}
              </Anchor>
            </Group>
          ) : (
            <Group justify="space-between" wrap="wrap">
              <Text>
                {team
                  ? t('conversations.team.nextProposed', {
                      when: formatDate(next.proposedStartsAt, 'dateTime'),
                      weeks: next.intervalWeeks,
                    })
                  : t('conversations.after.nextProposed', {
                      when: formatDate(next.proposedStartsAt, 'dateTime'),
                      weeks: next.intervalWeeks,
                    })}
              </Text>
              {detail.can.scheduleNext && (
                <Button onClick={() => scheduleNext.mutate()} loading={scheduleNext.isPending}>
                  {team ? t('conversations.team.scheduleNext') : t('conversations.after.scheduleNext')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
