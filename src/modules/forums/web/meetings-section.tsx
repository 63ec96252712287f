import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link } from '@tanstack/react-router';
import type { TeamListItem } from '../../conversations/web/index';
import { useConversations } from '../../conversations/web/index';
import type { z } from 'zod';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { applyServerError } from '../../../web/forms/server-errors';
import { useZodResolver } from '../../../web/forms/zod-resolver';
import { FormShell } from '../../../web/forms/form-shell';
import { ConfirmModal } from '../../../web/components/confirm-modal';
import { notifySuccess } from '../../../web/components/notify';
import { Section } from '../../../web/components/page-header';
import { Empty } from '../../../web/components/states';
import { DEFAULT_OPEN_DAYS, MAX_OPEN_DAYS } from '../constants';
import { recordMeetingInput } from '../validation';
import type { EvaluationOpenedAnswer, ForumDetail, Round } from '../answers';
import { refreshForums } from './api';
import { QrLinkModal } from './qr-link';
import { SendLinksButton } from './send-links';
import { today as todayInDenmark } from '../../../shared/time';

type Meeting = ForumDetail['meetings'][number];

/** The forum's held meetings, newest first, each with its evaluation's state and (when shown) comments. */
export function MeetingsSection({ data }: { data: ForumDetail }) {
  const { t } = useI18n();
  const [recording, setRecording] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const { forum, meetings } = data;
  return (
    <Section title={t('forums.forum.meetingsTitle')} id="forum-meetings">
      {forum.can.facilitate && (
        <Group>
          <Button onClick={() => setRecording(true)}>{t('forums.forum.record')}</Button>
        </Group>
      )}
      {meetings.length === 0 ? (
        <Empty>{t('forums.forum.meetingsEmpty')}</Empty>
      ) : (
        <Stack gap="sm">
          {meetings.map((m) => (
            <MeetingCard
              key={m.id}
              meeting={m}
              canFacilitate={forum.can.facilitate}
              threshold={data.trend.threshold}
              onShowLink={setLink}
            />
          ))}
        </Stack>
      )}
      <RecordMeetingModal
        opened={recording}
        forumId={forum.id}
        onClose={() => setRecording(false)}
        onOpened={setLink}
      />
      <QrLinkModal code={link} title={t('forums.link.title')} onClose={() => setLink(null)} />
    </Section>
  );
}

function MeetingCard({
  meeting,
  canFacilitate,
  threshold,
  onShowLink,
}: {
  meeting: Meeting;
  canFacilitate: boolean;
  threshold: number;
  onShowLink: (code: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [opening, setOpening] = useState(false);
  const [closing, setClosing] = useState(false);
  const evaluation = meeting.evaluation;
  const close = useMutation({
    mutationFn: () => post(`/survey-rounds/${evaluation!.id}/close`),
    onSuccess: async () => {
      notifySuccess(t('forums.forum.closed'));
      setClosing(false);
      await refreshForums(queryClient);
    },
  });
  return (
    <Card withBorder padding="sm" data-testid="meeting-card">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{t('forums.forum.meetingOf', { date: formatDate(meeting.heldOn) })}</Text>
          <EvaluationBadge evaluation={evaluation} />
        </Group>
        {canFacilitate && (
          <Group gap="xs">
            {!evaluation && (
              <Button size="xs" onClick={() => setOpening(true)}>
                {t('forums.forum.openEvaluation')}
              </Button>
            )}
            {evaluation && !evaluation.closed && evaluation.code && (
              <>
                <Button size="xs" variant="light" onClick={() => onShowLink(evaluation.code!)}>
                  {t('forums.forum.showLink')}
                </Button>
                <SendLinksButton meetingId={meeting.id} />
                <Button size="xs" variant="default" onClick={() => setClosing(true)}>
                  {t('forums.forum.close')}
                </Button>
              </>
            )}
          </Group>
        )}
        {!canFacilitate && evaluation && !evaluation.closed && evaluation.code && (
          <Group>
            <Button size="xs" variant="light" component="a" href={`/e/${evaluation.code}`}>
              {t('forums.safety.answerLink')}
            </Button>
          </Group>
        )}
        {canFacilitate && meeting.conversationId && (
          <Anchor component={Link} to={`/conversations/${meeting.conversationId}/frame`} size="sm">
            {t('forums.forum.frameLink')}
          </Anchor>
        )}
        {evaluation?.shown && <Comments comments={evaluation.comments ?? []} />}
      </Stack>
      <OpenEvaluationModal
        opened={opening}
        meetingId={meeting.id}
        onClose={() => setOpening(false)}
        onOpened={onShowLink}
      />
      <ConfirmModal
        opened={closing}
        onClose={() => setClosing(false)}
        title={t('forums.forum.closeTitle')}
        confirmLabel={t('forums.forum.close')}
        onConfirm={() => close.mutate()}
        loading={close.isPending}
        error={close.error}
      >
        {t('forums.forum.closeText', { threshold })}
      </ConfirmModal>
    </Card>
  );
}

export function EvaluationBadge({ evaluation }: { evaluation: Round | null }) {
  const { t, formatDate } = useI18n();
  if (!evaluation)
    return (
      <Badge variant="outline" color="gray" c="gray.8" style={{ textTransform: 'none' }}>
        {t('forums.forum.noEvaluation')}
      </Badge>
    );
  if (!evaluation.closed) {
    return (
      <Badge variant="light" color="teal" c="#065f46" style={{ textTransform: 'none' }}>
        {t('forums.forum.openStatus', {
          count: evaluation.respondents,
          date: formatDate(evaluation.closesAt, 'dateTime'),
        })}
      </Badge>
    );
  }
  if (!evaluation.shown) {
    return (
      <Badge variant="light" color="orange" c="#8a3300" style={{ textTransform: 'none' }}>
        {t('forums.forum.tooFew', { count: evaluation.respondents })}
      </Badge>
    );
  }
  return (
    <Badge variant="light" color="blue" c="blue.9" style={{ textTransform: 'none' }}>
      {t('forums.forum.shownStatus', { count: evaluation.respondents })}
    </Badge>
  );
}

export function Comments({ comments }: { comments: string[] }) {
  const { t } = useI18n();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('forums.forum.comments')}
      </Text>
      {comments.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('forums.forum.noComments')}
        </Text>
      ) : (
        <Stack component="ul" gap={2} m={0} pl="md">
          {comments.map((c, i) => (
            <Text
              component="li"
              size="sm"
              key={i}
              style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
            >
              {c}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RecordMeetingModal({
  opened,
  forumId,
  onClose,
  onOpened,
}: {
  opened: boolean;
  forumId: string;
  onClose: () => void;
  onOpened: (code: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('forums.forum.recordTitle')}
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
      centered
    >
      {opened && <RecordMeetingForm forumId={forumId} onDone={onClose} onOpened={onOpened} />}
    </Modal>
  );
}

function RecordMeetingForm({
  forumId,
  onDone,
}: {
  forumId: string;
  onDone: () => void;
  onOpened: (code: string) => void;
}) {
  const { t, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  // The team conversations the facilitator takes part in: the latest held first (a meeting is
  // usually recorded after it), then the coming ones.
  const list = useConversations();
  const teamConversations = [...(list.data?.past ?? []), ...(list.data?.upcoming ?? [])]
    .filter((c): c is TeamListItem => 'team' in c && c.status !== 'cancelled')
    .slice(0, 30);
  const today = todayInDenmark();
  const form = useForm<z.input<typeof recordMeetingInput>>({
    resolver: useZodResolver(recordMeetingInput) as never,
    // No conversation is null, not '': the schema takes a conversation's id or nothing.
    defaultValues: { heldOn: today, conversationId: null },
  });
  const record = useMutation({
    mutationFn: (v: z.input<typeof recordMeetingInput>) =>
      post(`/forums/${forumId}/meetings`, {
        heldOn: v.heldOn,
        conversationId: v.conversationId ?? null,
      }),
    onSuccess: async () => {
      notifySuccess(t('forums.forum.recorded'));
      await refreshForums(queryClient);
      onDone();
    },
    onError: (err) => setFormError(applyServerError(err, t, form.setError, ['heldOn', 'conversationId'])),
  });
  const { errors } = form.formState;
  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), record.mutate(v)))}
      error={formError}
      submitLabel={t('forums.forum.record')}
      pending={record.isPending}
      onCancel={onDone}
    >
      <TextInput
        type="date"
        label={t('forums.forum.heldOn')}
        required
        data-autofocus
        {...form.register('heldOn')}
        error={errors.heldOn?.message}
      />
      {teamConversations.length > 0 && (
        <Controller
          control={form.control}
          name="conversationId"
          render={({ field }) => (
            <Select
              label={t('forums.forum.conversationId')}
              description={t('forums.forum.conversationHelp')}
              placeholder={t('forums.forum.conversationNone')}
              data={teamConversations.map((c) => ({
                value: c.id,
                label: `${c.team.name} · ${formatDate(c.startsAt, 'dateTime')}`,
              }))}
              value={field.value ?? null}
              onChange={(v) => field.onChange(v ?? null)}
              clearable
              searchable
              error={errors.conversationId?.message}
              comboboxProps={{ withinPortal: true }}
            />
          )}
        />
      )}
    </FormShell>
  );
}

function OpenEvaluationModal({
  opened,
  meetingId,
  onClose,
  onOpened,
}: {
  opened: boolean;
  meetingId: string;
  onClose: () => void;
  onOpened: (code: string) => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [days, setDays] = useState<number | string>(DEFAULT_OPEN_DAYS);
  const open = useMutation({
    mutationFn: () =>
      post<EvaluationOpenedAnswer>(`/meetings/${meetingId}/evaluation`, { days: Number(days) }),
    onSuccess: async (res) => {
      notifySuccess(t('forums.forum.opened'));
      await refreshForums(queryClient);
      onClose();
      onOpened(res.evaluation.code);
    },
  });
  return (
    <ConfirmModal
      opened={opened}
      onClose={onClose}
      title={t('forums.forum.openTitle')}
      confirmLabel={t('forums.forum.openEvaluation')}
      onConfirm={() => open.mutate()}
      loading={open.isPending}
      error={open.error}
    >
      <NumberInput
        label={t('forums.forum.days')}
        description={t('forums.forum.daysHelp')}
        min={1}
        max={MAX_OPEN_DAYS}
        value={days}
        onChange={setDays}
      />
    </ConfirmModal>
  );
}
