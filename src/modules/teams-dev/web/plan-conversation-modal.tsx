import { Checkbox, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useI18n } from '../../../web/i18n';
import { post } from '../../../web/lib/api';
import { useMe } from '../../../web/lib/session';
import { FormShell } from '../../../web/forms/form-shell';
import { useZodResolver, type DescribeOverride } from '../../../web/forms/zod-resolver';
import { notifySuccess } from '../../../web/components/notify';
import {
  teamScheduleFormInput,
  type TeamScheduleFormInput,
  conversationKeys,
  fromLocalInput,
  refreshConversations,
  toLocalInput,
  applyConversationError,
  timeFieldOverride,
  WhenFields,
} from '../../conversations/web/index';
import type { ConversationDetail } from '../../conversations/web/index';
import type { TeamDevelopment } from '../answers';
import { LoadError, Loading } from '../../../web/components/states';
import { refreshTeamDevelopment, useTeamDevelopment } from './api';

const FIELDS = [
  'facilitatorId',
  'participantIds',
  'startsAtLocal',
  'durationMinutes',
  'location',
  'agenda',
] as const;

const override: DescribeOverride = (t, issue) => {
  if (issue.path[0] === 'facilitatorId') return t('teamsDev.plan.facilitatorRequired');
  if (issue.path[0] === 'participantIds') return t('teamsDev.plan.participantsRequired');
  return timeFieldOverride(t, issue);
};

/**
 * Plans the team's conversation (TUS), or a peer group's: who leads it, who is invited (the whole
 * team to begin with), when — proposed from the team's rhythm, in Danish time — and where.
 */
export function PlanConversationModal({
  dev,
  opened,
  onClose,
}: {
  dev: TeamDevelopment;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={dev.team.isPeerGroup ? t('teamsDev.plan.titlePeer') : t('teamsDev.plan.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.actions.close') }}
    >
      {opened && <PlanForm dev={dev} onDone={onClose} />}
    </Modal>
  );
}

/**
 * The same plan, opened from elsewhere (a weak survey result) for a team known by id, with a first
 * agenda point filled in: the leader reads it, may reword it, and it is saved with the conversation.
 */
export function PlanConversationForTeam({
  teamId,
  agenda,
  onDone,
}: {
  teamId: string;
  agenda: string;
  onDone: () => void;
}) {
  const dev = useTeamDevelopment(teamId);
  if (dev.isPending) return <Loading />;
  if (dev.isError) return <LoadError error={dev.error} onRetry={() => void dev.refetch()} />;
  return <PlanForm key={teamId} dev={dev.data} agenda={agenda} onDone={onDone} />;
}

function PlanForm({ dev, agenda, onDone }: { dev: TeamDevelopment; agenda?: string; onDone: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const peer = dev.team.isPeerGroup;
  const form = useForm({
    resolver: useZodResolver(teamScheduleFormInput, override),
    defaultValues: {
      kind: peer ? 'peer_group' : 'team',
      facilitatorId: null,
      participantIds: dev.members.map((m) => m.id),
      startsAtLocal: toLocalInput(dev.cadence.proposedStartsAt),
      durationMinutes: 90,
      location: '',
      ...(agenda === undefined ? {} : { agenda }),
    } as TeamScheduleFormInput,
  });
  const { errors } = form.formState;
  const plan = useMutation({
    mutationFn: (v: TeamScheduleFormInput) =>
      post<ConversationDetail>('/conversations', {
        kind: v.kind,
        teamId: dev.team.id,
        facilitatorId: v.facilitatorId,
        participantIds: v.participantIds,
        startsAt: fromLocalInput(v.startsAtLocal),
        durationMinutes: v.durationMinutes,
        location: v.location || null,
        ...(v.agenda ? { agenda: v.agenda } : {}),
      }),
    onSuccess: async (detail) => {
      notifySuccess(t('teamsDev.plan.created'));
      await Promise.all([refreshTeamDevelopment(queryClient), refreshConversations(queryClient)]);
      // The answer is the new conversation's page: shown at once, not fetched again.
      queryClient.setQueryData(conversationKeys.detail(detail.conversation.id), detail);
      onDone();
      void navigate({
        to: '/conversations/$conversationId',
        params: { conversationId: detail.conversation.id } as never,
      });
    },
    onError: (err) =>
      setFormError(
        applyConversationError(err, t, form.setError, FIELDS, [
          {
            path: 'facilitatorId',
            field: 'facilitatorId',
            message: () => t('teamsDev.plan.facilitatorOutside'),
          },
          {
            path: 'participantIds',
            field: 'participantIds',
            message: () => t('teamsDev.plan.participantOutside'),
          },
        ]),
      ),
  });
  const me = useMe().data?.person.id;

  return (
    <FormShell
      onSubmit={form.handleSubmit((v) => (setFormError(null), plan.mutate(v)))}
      error={formError}
      submitLabel={t('teamsDev.plan.submit')}
      pending={plan.isPending}
      onCancel={onDone}
    >
      {agenda !== undefined && (
        <Textarea
          label={t('teamsDev.plan.agenda')}
          description={t('teamsDev.plan.agendaHelp')}
          styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
          autosize
          minRows={2}
          {...form.register('agenda')}
          error={errors.agenda?.message}
        />
      )}
      <Controller
        control={form.control}
        name="facilitatorId"
        render={({ field }) => (
          <Select
            label={t('teamsDev.plan.facilitator')}
            description={peer ? t('teamsDev.plan.facilitatorHelpPeer') : t('teamsDev.plan.facilitatorHelp')}
            placeholder={t('teamsDev.plan.facilitatorPlaceholder')}
            styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
            required={!peer}
            clearable={peer}
            searchable
            data={[
              {
                group: t('teamsDev.plan.members'),
                items: dev.members
                  .filter((p) => peer || p.facilitates)
                  .map((p) => ({ value: p.id, label: p.name })),
              },
              ...(dev.leaders.length > 0
                ? [
                    {
                      group: t('teamsDev.plan.leaders'),
                      items: dev.leaders.map((p) => ({ value: p.id, label: p.name })),
                    },
                  ]
                : []),
            ]}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            error={errors.facilitatorId?.message}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <WhenFields
        form={form}
        startsAtHelp={t('teamsDev.plan.startsAtHelp', { weeks: dev.cadence.intervalWeeks })}
      />
      <Controller
        control={form.control}
        name="participantIds"
        render={({ field }) => (
          <Checkbox.Group
            label={t('teamsDev.plan.participants')}
            description={t('teamsDev.plan.participantsHelp')}
            styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
            value={field.value}
            onChange={field.onChange}
            error={errors.participantIds?.message ?? errors.participantIds?.root?.message}
          >
            <Stack gap={6} mt="xs">
              {dev.members.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={p.id === me ? `${p.name} (${t('conversations.team.participants.you')})` : p.name}
                />
              ))}
              {dev.leaders.length > 0 && (
                <Text size="sm" fw={600} mt={4}>
                  {t('teamsDev.plan.leaders')}
                </Text>
              )}
              {dev.leaders.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={p.id === me ? `${p.name} (${t('conversations.team.participants.you')})` : p.name}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
      />
    </FormShell>
  );
}
